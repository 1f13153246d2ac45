// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_STRING_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_STRING_H

#include "sst/core/serialization/serializer.h"

#include <string>
#include <type_traits>

namespace SST::Core::Serialization {

template <class T>
class serialize_impl<T, std::enable_if_t<std::is_same_v<std::remove_pointer_t<T>, std::string>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) t = new std::string();
        }
        ser.string(*get_ptr(t));
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
