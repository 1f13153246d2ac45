// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_TUPLE_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_TUPLE_H

#include "sst/core/serialization/serializer.h"

#include <tuple>
#include <type_traits>
#include <utility>

namespace SST::Core::Serialization {

/** std::tuple and std::pair (unless trivially serializable): each member in order. */
template <class T>
class serialize_impl<T, std::enable_if_t<(is_same_type_template_v<std::remove_pointer_t<T>, std::tuple> ||
                                          is_same_type_template_v<std::remove_pointer_t<T>, std::pair>) &&
                                         !is_trivially_serializable_v<std::remove_pointer_t<T>>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) t = new std::remove_pointer_t<T>();
        }
        std::apply([&](auto&... e) { (SST_SER(e), ...); }, *get_ptr(t));
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
