// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_CONSTANT_H
#define SST_CORE_RNG_CONSTANT_H

#include "sst/core/rng/distrib.h"

namespace SST::RNG {

class ConstantDistribution : public RandomDistribution
{
public:
    explicit ConstantDistribution(double v) : mean(v) {}
    ConstantDistribution() = default;
    ~ConstantDistribution() override = default;
    double getNextDouble() override { return mean; }
    double getMean() { return mean; }
    void   serialize_order(Core::Serialization::serializer& ser) override { SST_SER(mean); }
    ImplementSerializable(SST::RNG::ConstantDistribution)

protected:
    double mean = 0;
};

} // namespace SST::RNG

using SSTConstantDistribution = SST::RNG::ConstantDistribution;

#endif
