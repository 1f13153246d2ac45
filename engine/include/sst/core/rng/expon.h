// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_EXPON_H
#define SST_CORE_RNG_EXPON_H

#include "sst/core/rng/distrib.h"

#include <cmath>

namespace SST::RNG {

/** Exponential with rate lambda (by inversion). */
class ExponentialDistribution : public BaseRandomDistribution
{
public:
    explicit ExponentialDistribution(const double mn) : ExponentialDistribution(mn, nullptr) {}
    ExponentialDistribution(const double mn, Random* baseDist) : BaseRandomDistribution(baseDist), lambda(mn) {}
    ExponentialDistribution() = default;
    ~ExponentialDistribution() override = default;

    double getNextDouble() override { return std::log(1 - baseDistrib->nextUniform()) / (-1 * lambda); }
    double getLambda() { return lambda; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(lambda);
        BaseRandomDistribution::serialize_order(ser);
    }
    ImplementSerializable(SST::RNG::ExponentialDistribution)

protected:
    double lambda = 1;
};

} // namespace SST::RNG

using SSTExponentialDistribution = SST::RNG::ExponentialDistribution;

#endif
