// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_UNIFORM_H
#define SST_CORE_RNG_UNIFORM_H

#include "sst/core/rng/distrib.h"

namespace SST::RNG {

/** One of probsCount equally likely bins, 0 to probsCount - 1. */
class UniformDistribution : public BaseRandomDistribution
{
public:
    explicit UniformDistribution(const uint32_t probsCount) : UniformDistribution(probsCount, nullptr) {}
    UniformDistribution(const uint32_t probsCount, Random* baseDist)
        : BaseRandomDistribution(baseDist), probCount(probsCount)
    {
        if ( probCount > 0 ) probPerBin = 1.0 / static_cast<double>(probCount);
    }
    UniformDistribution() = default;
    ~UniformDistribution() override = default;

    double getNextDouble() override
    {
        const double next = baseDistrib->nextUniform();
        uint32_t     bin  = 1;
        while ( next > static_cast<double>(bin) * probPerBin )
            bin++;
        return static_cast<double>(bin - 1);
    }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        BaseRandomDistribution::serialize_order(ser);
        SST_SER(probCount);
        SST_SER(probPerBin);
    }
    ImplementSerializable(SST::RNG::UniformDistribution)

protected:
    uint32_t probCount  = 0;
    double   probPerBin = 1;
};

} // namespace SST::RNG

using SSTUniformDistribution = SST::RNG::UniformDistribution;

#endif
