// SPDX-License-Identifier: BSD-3-Clause
// One-call serialization of a value into bytes and back (SST Core's SST::Comms helpers).
#ifndef SST_CORE_OBJECTSERIALIZATION_H
#define SST_CORE_OBJECTSERIALIZATION_H

#include "sst/core/serialization/serializer.h"
#include "sst/core/serialization/serialize.h"

#include <vector>

namespace SST::Comms {

template <typename dataType>
std::vector<char> serialize(dataType& data)
{
    SST::Core::Serialization::serializer ser;
    ser.start_sizing();
    SST_SER(data);
    std::vector<char> buffer(ser.size());
    ser.start_packing(buffer.data(), buffer.size());
    SST_SER(data);
    return buffer;
}

template <typename dataType>
dataType* deserialize(std::vector<char>& buffer)
{
    dataType*                            tgt = nullptr;
    SST::Core::Serialization::serializer ser;
    ser.start_unpacking(buffer.data(), buffer.size());
    SST_SER(tgt);
    return tgt;
}

template <typename dataType>
void deserialize(std::vector<char>& buffer, dataType& tgt)
{
    SST::Core::Serialization::serializer ser;
    ser.start_unpacking(buffer.data(), buffer.size());
    SST_SER(tgt);
}

template <typename dataType>
void deserialize(char* buffer, int blen, dataType& tgt)
{
    SST::Core::Serialization::serializer ser;
    ser.start_unpacking(buffer, blen);
    SST_SER(tgt);
}

} // namespace SST::Comms

#endif
