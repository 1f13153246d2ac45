// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_MARSAGLIA_H
#define SST_CORE_RNG_MARSAGLIA_H

#include "sst/core/rng/rng.h"

namespace SST::RNG {

/** George Marsaglia's multiply-with-carry generator (two 16-bit lag-1 generators). */
class MarsagliaRNG : public Random
{
public:
    MarsagliaRNG(unsigned int initial_z, unsigned int initial_w);
    /** Seeded from the time of day. */
    MarsagliaRNG();
    void     restart(unsigned int new_z, unsigned int new_w);
    double   nextUniform() override;
    uint32_t generateNextUInt32() override;
    uint64_t generateNextUInt64() override;
    int64_t  generateNextInt64() override;
    int32_t  generateNextInt32() override;
    void     seed(uint64_t newSeed);
    void     serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::RNG::MarsagliaRNG)

private:
    unsigned int generateNext();
    unsigned int m_z = 0;
    unsigned int m_w = 0;
};

} // namespace SST::RNG

#endif
