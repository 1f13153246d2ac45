// SPDX-License-Identifier: BSD-3-Clause
// Creates the statistics components register and outputs them: periodically (a "rate" in
// time), every N additions (a "rate" in events), or at the end of the run; from "startat" to
// "stopat"; per group (statgroup.h) and output.
#ifndef SST_CORE_STATAPI_STATENGINE_H
#define SST_CORE_STATAPI_STATENGINE_H

#include "sst/core/clock.h"
#include "sst/core/output.h"
#include "sst/core/params.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/stataccumulator.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statfieldinfo.h"
#include "sst/core/statapi/statgroup.h"
#include "sst/core/statapi/stathistogram.h"
#include "sst/core/statapi/statnull.h"
#include "sst/core/statapi/statuniquecount.h"
#include "sst/core/unitAlgebra.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SST {

class BaseComponent;

namespace Engine {
class Simulation;
struct StatsConfig;
} // namespace Engine

namespace Statistics {

class StatisticOutput;

namespace pvt {
template <class T>
constexpr bool has_less_v = std::is_arithmetic_v<T>;

[[noreturn]] void unknownStatisticType(const std::string& type, const std::string& stat_name, const char* data_type);

/** The statistic "type" names (sst.AccumulatorStatistic, ...), for the data type T. */
template <class T>
Statistic<T>* makeStatistic(std::string type, BaseComponent* comp, const std::string& name, const std::string& sub_id,
                            Params& params)
{
    std::string lower = type;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if ( lower == "sst.nullstatistic" ) return new NullStatistic<T>(comp, name, sub_id, params);
    if constexpr ( std::is_arithmetic_v<T> ) {
        if ( lower == "sst.accumulatorstatistic" ) return new AccumulatorStatistic<T>(comp, name, sub_id, params);
        if ( lower == "sst.histogramstatistic" ) return new HistogramStatistic<T>(comp, name, sub_id, params);
        if ( lower == "sst.uniquecountstatistic" ) return new UniqueCountStatistic<T>(comp, name, sub_id, params);
    }
    unknownStatisticType(type, name, typeid(T).name());
}
} // namespace pvt

class StatisticProcessingEngine : public Core::Serialization::serializable
{
public:
    template <class T>
    Statistic<T>* createStatistic(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id,
                                  Params& params)
    {
        std::string   type = params.find<std::string>("type", "sst.AccumulatorStatistic");
        Statistic<T>* stat = pvt::makeStatistic<T>(type, comp, stat_name, stat_sub_id, params);
        registerStatisticWithEngine(stat, params);
        return stat;
    }

    /** The one null statistic of type T (never output, never deleted). */
    template <class T>
    Statistic<T>* createDisabledStatistic()
    {
        static Params         empty{};
        static Statistic<T>* stat = new NullStatistic<T>(nullptr, "", "", empty);
        return stat;
    }

    void    performStatisticOutput(StatisticBase* stat, bool end_of_sim_flag = false);
    void    performGlobalStatisticOutput(bool end_of_sim_flag = false);
    uint8_t getStatLoadLevel() const { return stat_load_level_; }
    static const std::vector<StatisticOutput*>& getStatOutputs();

    SimTime_t getStatisticStartTimeFactor(StatisticBase* stat);
    SimTime_t getStatisticStopTimeFactor(StatisticBase* stat);

    void serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::Statistics::StatisticProcessingEngine)

    StatisticProcessingEngine();
    ~StatisticProcessingEngine() override;

private:
    friend class SST::Engine::Simulation;
    friend class SST::BaseComponent;

    void setup(const Engine::StatsConfig& config);
    bool registerStatisticWithEngine(StatisticBase* stat, Params& params);
    StatisticOutput* getOutputForStatistic(const StatisticBase* stat) const;
    StatisticGroup&  getGroupForStatistic(const StatisticBase* stat);
    bool             addPeriodicBasedStatistic(SimTime_t factor, StatisticBase* stat);
    void             addEventBasedStatistic(const UnitAlgebra& count, StatisticBase* stat);
    void             setStatisticStartTime(StatisticBase* stat, SimTime_t factor);
    void             setStatisticStopTime(StatisticBase* stat, SimTime_t factor);
    void             finalizeInitialization();
    void             startOfSimulation();
    void             endOfSimulation();
    void             performStatisticOutputImpl(StatisticBase* stat, bool end_of_sim_flag);
    void             performStatisticGroupOutputImpl(StatisticGroup& group, bool end_of_sim_flag);
    bool             handleStatisticEngineClockEvent(Cycle_t cycle_num, SimTime_t time_factor);
    bool             handleGroupClockEvent(Cycle_t cycle_num, StatisticGroup* group);
    void             handleStatisticEngineStartTimeEvent(SimTime_t time_factor);
    void             handleStatisticEngineStopTimeEvent(SimTime_t time_factor);

    std::map<SimTime_t, std::vector<StatisticBase*>> start_time_map_;
    std::map<SimTime_t, std::vector<StatisticBase*>> stop_time_map_;
    bool                                             simulation_started_ = false;
    uint8_t                                          stat_load_level_    = 0;
    std::map<SimTime_t, StatisticGroup>              stat_default_groups_;
    std::vector<std::unique_ptr<Clock::HandlerBase>> output_clock_handlers_; // the periodic outputs' clocks
    std::vector<std::unique_ptr<StatisticGroup>>     stat_groups_;
    std::vector<std::unique_ptr<StatisticOutput>>    outputs_;
};

} // namespace Statistics
} // namespace SST

#endif
