// SPDX-License-Identifier: BSD-3-Clause
// Random number generators with SST Core's sequences: the same seed gives the same numbers
// on every engine (SST Core's own tests compare them).
#ifndef SST_CORE_RNG_RNG_H
#define SST_CORE_RNG_RNG_H

#include "sst/core/serialization/serializable.h"
#include "sst/core/warnmacros.h"

#include <cstdint>
#include <cstring>

namespace SST::RNG {

class Random : public Core::Serialization::serializable
{
public:
    /** In [0, 1). */
    virtual double   nextUniform()        = 0;
    virtual uint32_t generateNextUInt32() = 0;
    virtual uint64_t generateNextUInt64() = 0;
    virtual int64_t  generateNextInt64()  = 0;
    virtual int32_t  generateNextInt32()  = 0;
    ~Random() override                    = default;
    void serialize_order(Core::Serialization::serializer& UNUSED(ser)) override {}
    ImplementVirtualSerializable(SST::RNG::Random)

protected:
    /** Two 32-bit draws as one 64-bit value, the first in the low half. */
    static int64_t combine(uint32_t low, uint32_t high)
    {
        uint64_t u = (static_cast<uint64_t>(high) << 32) | low;
        int64_t  s;
        std::memcpy(&s, &u, sizeof s);
        return s;
    }
    template <class To, class From>
    static To reinterpret(From v)
    {
        static_assert(sizeof(To) == sizeof(From));
        To t;
        std::memcpy(&t, &v, sizeof t);
        return t;
    }
};

} // namespace SST::RNG

#endif
