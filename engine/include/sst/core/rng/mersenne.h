// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_MERSENNE_H
#define SST_CORE_RNG_MERSENNE_H

#include "sst/core/rng/rng.h"

#include <array>

#define MERSENNE_UINT32_MAX 4294967295U
#define MERSENNE_UINT64_MAX 18446744073709551615ULL
#define MERSENNE_INT32_MAX  2147483647L
#define MERSENNE_INT64_MAX  9223372036854775807LL

namespace SST::RNG {

/** The MT19937 Mersenne Twister. */
class MersenneRNG : public Random
{
public:
    explicit MersenneRNG(unsigned int seed);
    /** Seeded from the time of day. */
    MersenneRNG();
    ~MersenneRNG() override = default;
    double   nextUniform() override;
    uint32_t generateNextUInt32() override;
    uint64_t generateNextUInt64() override;
    int64_t  generateNextInt64() override;
    int32_t  generateNextInt32() override;
    void     seed(uint64_t newSeed);
    void     serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::RNG::MersenneRNG)

private:
    void                      generateNextBatch();
    std::array<uint32_t, 624> numbers{};
    int                       index = 0;
};

} // namespace SST::RNG

#endif
