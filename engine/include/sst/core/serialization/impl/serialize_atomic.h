// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ATOMIC_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_ATOMIC_H

#include "sst/core/serialization/serializer.h"

#include <atomic>
#include <type_traits>

namespace SST::Core::Serialization {

template <class T>
class serialize_impl<std::atomic<T>>
{
    void operator()(std::atomic<T>& a, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        T value = a.load();
        SST_SER(value);
        if ( ser.mode() == serializer::UNPACK ) a.store(value);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
