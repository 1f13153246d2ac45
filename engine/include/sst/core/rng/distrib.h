// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RNG_DISTRIB_H
#define SST_CORE_RNG_DISTRIB_H

#include "sst/core/rng/mersenne.h"
#include "sst/core/rng/rng.h"
#include "sst/core/serialization/serializable.h"

#include <memory>

namespace SST::RNG {

class RandomDistribution : public Core::Serialization::serializable
{
public:
    virtual double getNextDouble() = 0;
    RandomDistribution()           = default;
    ~RandomDistribution() override = default;
    void serialize_order(Core::Serialization::serializer& UNUSED(ser)) override {}
    ImplementVirtualSerializable(SST::RNG::RandomDistribution)
};

/** A distribution drawing from a generator it owns (a time-seeded Mersenne Twister) or is given. */
class BaseRandomDistribution : public RandomDistribution
{
protected:
    BaseRandomDistribution() = default;
    explicit BaseRandomDistribution(Random* given)
    {
        if ( given ) {
            baseDistrib = given;
        }
        else {
            owned_      = std::make_unique<MersenneRNG>();
            baseDistrib = owned_.get();
        }
    }
    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(baseDistrib);
        bool owns = owned_ != nullptr;
        SST_SER(owns);
        if ( ser.mode() == Core::Serialization::serializer::UNPACK && owns ) owned_.reset(baseDistrib);
    }

    Random* baseDistrib = nullptr;

private:
    std::unique_ptr<Random> owned_;
};

} // namespace SST::RNG

using SSTRandomDistribution = SST::RNG::RandomDistribution;

#endif
