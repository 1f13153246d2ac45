// SPDX-License-Identifier: BSD-3-Clause
// A set of statistics output together (sst.StatisticGroup): chosen statistics of chosen
// components, at one frequency, to one output. Statistics in no group are in default groups,
// one per output rate.
#ifndef SST_CORE_STATAPI_STATGROUP_H
#define SST_CORE_STATAPI_STATGROUP_H

#include "sst/core/serialization/serializer.h"
#include "sst/core/sst_types.h"

#include <string>
#include <vector>

namespace SST::Statistics {

class StatisticBase;
class StatisticOutput;
class StatisticProcessingEngine;

class StatisticGroup
{
public:
    StatisticGroup() = default;
    ~StatisticGroup();

    bool containsStatistic(const StatisticBase* stat) const;
    /** A default group claims every statistic; another those of its names and components. */
    bool claimsStatistic(const StatisticBase* stat) const;
    void addStatistic(StatisticBase* stat);

    bool                        is_default  = true;
    std::string                 name        = "default";
    SimTime_t                   output_freq = 0;
    StatisticOutput*            output      = nullptr;
    size_t                      output_id   = 0;
    std::vector<ComponentId_t>  components;
    std::vector<std::string>    stat_names;
    std::vector<StatisticBase*> stats;

    void serialize_order(Core::Serialization::serializer& ser);
};

} // namespace SST::Statistics

#endif
