// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_XORSHIFT_H
#define SST_CORE_RNG_XORSHIFT_H

#include "sst/core/rng/rng.h"

#define XORSHIFT_UINT32_MAX 4294967295U
#define XORSHIFT_UINT64_MAX 18446744073709551615ULL
#define XORSHIFT_INT32_MAX  2147483647L
#define XORSHIFT_INT64_MAX  9223372036854775807LL

namespace SST::RNG {

/** Marsaglia's xorshift128. */
class XORShiftRNG : public Random
{
public:
    explicit XORShiftRNG(unsigned int seed);
    /** Seeded from the time of day. */
    XORShiftRNG();
    ~XORShiftRNG() override = default;
    double   nextUniform() override;
    uint32_t generateNextUInt32() override;
    uint64_t generateNextUInt64() override;
    int64_t  generateNextInt64() override;
    int32_t  generateNextInt32() override;
    void     seed(uint64_t newSeed);
    void     serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::RNG::XORShiftRNG)

protected:
    uint32_t x = 0, y = 0, z = 0, w = 0;
};

} // namespace SST::RNG

#endif
