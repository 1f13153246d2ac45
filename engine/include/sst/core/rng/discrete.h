// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_DISCRETE_H
#define SST_CORE_RNG_DISCRETE_H

#include "sst/core/rng/distrib.h"

#include <vector>

namespace SST::RNG {

/** The index of a bin, each with its probability. */
class DiscreteDistribution : public BaseRandomDistribution
{
public:
    DiscreteDistribution(const double* probs, const uint32_t probsCount) : DiscreteDistribution(probs, probsCount, nullptr) {}
    DiscreteDistribution(const double* probs, const uint32_t probsCount, Random* baseDist)
        : BaseRandomDistribution(baseDist), probCount(probsCount)
    {
        double sum = 0;
        for ( uint32_t i = 0; i < probsCount; i++ ) {
            probabilities.push_back(sum); // each bin's lower bound in [0, 1)
            sum += probs[i];
        }
    }
    DiscreteDistribution() = default;
    ~DiscreteDistribution() override = default;

    double getNextDouble() override
    {
        const double next  = baseDistrib->nextUniform();
        uint32_t     index = 0;
        while ( index < probCount && probabilities[index] < next )
            index++;
        return static_cast<double>(index);
    }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        BaseRandomDistribution::serialize_order(ser);
        SST_SER(probCount);
        SST_SER(probabilities);
    }
    ImplementSerializable(SST::RNG::DiscreteDistribution)

protected:
    std::vector<double> probabilities;
    uint32_t            probCount = 0;
};

} // namespace SST::RNG

using SSTDiscreteDistribution = SST::RNG::DiscreteDistribution;

#endif
