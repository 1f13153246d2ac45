// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_VARIANT_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_VARIANT_H

#include "sst/core/serialization/serializer.h"

#include <stdexcept>
#include <type_traits>
#include <utility>
#include <variant>

namespace SST::Core::Serialization {

/** The index of the alternative held, then that alternative. */
template <class... Types>
class serialize_impl<std::variant<Types...>>
{
    using V = std::variant<Types...>;

    template <size_t... I>
    static void emplace_index(V& v, size_t index, std::index_sequence<I...>)
    {
        ((index == I ? (void)v.template emplace<I>() : (void)0), ...);
    }

    void operator()(V& v, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        size_t index = v.index();
        ser.primitive(index);
        if ( ser.mode() == serializer::UNPACK ) {
            if ( index >= sizeof...(Types) ) throw std::out_of_range("serialization: bad std::variant index");
            emplace_index(v, index, std::index_sequence_for<Types...>());
        }
        if ( index == std::variant_npos ) return;
        std::visit([&](auto& alt) { SST_SER(alt); }, v);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
