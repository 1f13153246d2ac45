// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_GAUSSIAN_H
#define SST_CORE_RNG_GAUSSIAN_H

#include "sst/core/rng/distrib.h"

#include <cmath>

namespace SST::RNG {

/** Normal with mean and standard deviation: the polar method, its values used in pairs. */
class GaussianDistribution : public BaseRandomDistribution
{
public:
    GaussianDistribution(double mn, double sd) : GaussianDistribution(mn, sd, nullptr) {}
    GaussianDistribution(double mn, double sd, Random* baseRNG) : BaseRandomDistribution(baseRNG), mean(mn), stddev(sd)
    {}
    GaussianDistribution() = default;
    ~GaussianDistribution() override = default;

    double getNextDouble() override
    {
        if ( usePair ) {
            usePair = false;
            return unusedPair;
        }
        double u, v, s;
        do {
            u = baseDistrib->nextUniform();
            v = baseDistrib->nextUniform();
            s = u * u + v * v;
        } while ( s >= 1 || s == 0 );
        if ( baseDistrib->nextUniform() < 0.5 ) u *= -1.0;
        if ( baseDistrib->nextUniform() < 0.5 ) v *= -1.0;
        const double m = std::sqrt(-2.0 * std::log(s) / s);
        unusedPair     = mean + stddev * v * m;
        usePair        = true;
        return mean + stddev * u * m;
    }
    double getMean() { return mean; }
    double getStandardDev() { return stddev; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(mean);
        SST_SER(stddev);
        BaseRandomDistribution::serialize_order(ser);
        SST_SER(unusedPair);
        SST_SER(usePair);
    }
    ImplementSerializable(SST::RNG::GaussianDistribution)

protected:
    double mean       = 0;
    double stddev     = 1;
    double unusedPair = 0;
    bool   usePair    = false;
};

} // namespace SST::RNG

using SSTGaussianDistribution = SST::RNG::GaussianDistribution;

#endif
