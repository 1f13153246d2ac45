// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_BITSET_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_BITSET_H

#include "sst/core/serialization/serializer.h"

#include <bitset>
#include <type_traits>

namespace SST::Core::Serialization {

template <size_t N>
class serialize_impl<std::bitset<N>>
{
    void operator()(std::bitset<N>& b, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        ser.primitive(b);
    }
    SST_FRIEND_SERIALIZE();
};

template <size_t N>
class serialize_impl<std::bitset<N>*>
{
    void operator()(std::bitset<N>*& b, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if ( ser.mode() == serializer::UNPACK ) b = new std::bitset<N>();
        ser.primitive(*b);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
