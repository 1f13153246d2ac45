// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_TRIVIAL_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_TRIVIAL_H

#include "sst/core/serialization/serializer.h"

#include <array>
#include <bitset>
#include <type_traits>

namespace SST::Core::Serialization {

template <typename T>
struct is_trivially_serializable_excluded : std::is_array<T>
{};
template <typename T, size_t S>
struct is_trivially_serializable_excluded<std::array<T, S>> : std::true_type
{};
template <size_t N>
struct is_trivially_serializable_excluded<std::bitset<N>> : std::true_type
{};

/** Trivially serializable values (and pointers to them): their bytes. */
template <class T>
class serialize_impl<T, std::enable_if_t<!is_trivially_serializable_excluded<std::remove_pointer_t<T>>::value &&
                                         is_trivially_serializable_v<std::remove_pointer_t<T>>>>
{
    void operator()(T& t, serializer& ser, ser_opt_t)
    {
        using U = std::remove_pointer_t<T>;
        if ( ser.mode() == serializer::MAP ) return;
        if constexpr ( std::is_pointer_v<T> ) {
            if ( ser.mode() == serializer::UNPACK ) t = new U();
        }
        ser.primitive(*get_ptr(t));
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
