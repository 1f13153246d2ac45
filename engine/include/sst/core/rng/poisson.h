// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_POISSON_H
#define SST_CORE_RNG_POISSON_H

#include "sst/core/rng/distrib.h"

#include <cmath>

namespace SST::RNG {

/** Poisson with mean lambda (Knuth's product of uniforms). */
class PoissonDistribution : public BaseRandomDistribution
{
public:
    explicit PoissonDistribution(const double mn) : PoissonDistribution(mn, nullptr) {}
    PoissonDistribution(const double mn, Random* baseDist) : BaseRandomDistribution(baseDist), lambda(mn) {}
    PoissonDistribution() = default;
    ~PoissonDistribution() override = default;

    double getNextDouble() override
    {
        const double L = std::exp(-lambda);
        double       p = 1.0;
        int          k = 0;
        do {
            k++;
            p *= baseDistrib->nextUniform();
        } while ( p > L );
        return k - 1;
    }
    double getLambda() { return lambda; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(lambda);
        BaseRandomDistribution::serialize_order(ser);
    }
    ImplementSerializable(SST::RNG::PoissonDistribution)

protected:
    double lambda = 1.0;
};

} // namespace SST::RNG

using SSTPoissonDistribution = SST::RNG::PoissonDistribution;

#endif
