// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_OPTIONAL_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_OPTIONAL_H

#include "sst/core/serialization/serializer.h"

#include <optional>
#include <type_traits>

namespace SST::Core::Serialization {

template <class T>
class serialize_impl<std::optional<T>>
{
    void operator()(std::optional<T>& o, serializer& ser, ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        bool has = o.has_value();
        ser.primitive(has);
        if ( ser.mode() == serializer::UNPACK ) {
            if ( !has ) {
                o.reset();
                return;
            }
            o.emplace();
        }
        if ( has ) SST_SER(*o, opt);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
