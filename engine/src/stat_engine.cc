// SPDX-License-Identifier: BSD-3-Clause
// The statistics engine, with SST Core's rules: statistics in no group go to default groups, one
// per output rate (time-based rates output on a clock at STATISTICCLOCKPRIORITY; event-based
// rates ("N events") output after N additions; rate 0 only at the end); statistic groups output
// together at their own frequency; startat/stopat enable and disable collection at a time.
#include "sst/core/statapi/statengine.h"

#include "simulation.h"

#include "sst/core/baseComponent.h"
#include "sst/core/factory.h"
#include "sst/core/statapi/statgroup.h"
#include "sst/core/statapi/statoutput.h"
#include "sst/core/stringize.h"

#include <cstring>
#include <map>

namespace SST::Statistics {

namespace {
Engine::Simulation& sim() { return *Engine::Simulation::get(); }

std::vector<StatisticOutput*>& outputList()
{
    static std::vector<StatisticOutput*> list;
    return list;
}

/** A one-time call at an absolute time (SST Core's one-shot manager). */
class OneShotCall : public Action
{
public:
    OneShotCall(std::function<void()> fn, int priority) : fn_(std::move(fn)) { setPriority(priority); }
    void execute() override
    {
        fn_();
        delete this;
    }
    const char* cls_name() const override { return "SST::OneShot"; }
    uint32_t    cls_id() const override { return 0; }

private:
    std::function<void()> fn_;
};
} // namespace

namespace pvt {
void unknownStatisticType(const std::string& type, const std::string& stat_name, const char* data_type)
{
    sim().output().fatal(CALL_INFO, 1,
                         "ERROR: statistic '%s': unknown statistic type '%s' for its data type (%s). Known types: "
                         "sst.AccumulatorStatistic, sst.HistogramStatistic, sst.UniqueCountStatistic, "
                         "sst.NullStatistic\n",
                         stat_name.c_str(), type.c_str(), data_type);
}

void packStatisticReference(StatisticBase* stat, Core::Serialization::serializer& ser)
{
    ComponentId_t id   = stat && stat->getComponent() ? stat->getComponent()->getId() : UNSET_COMPONENT_ID;
    std::string   name = stat ? stat->getStatName() : "";
    std::string   sub  = stat ? stat->getStatSubId() : "";
    ser.primitive(id);
    ser.string(name);
    ser.string(sub);
}

StatisticBase* unpackStatisticReference(Core::Serialization::serializer& ser)
{
    ComponentId_t id = 0;
    std::string   name, sub;
    ser.primitive(id);
    ser.string(name);
    ser.string(sub);
    return nullptr; // statistics are not moved between processes by the embedded engine
}
} // namespace pvt

// ---- StatisticBase ----

StatisticBase::StatisticBase(BaseComponent* comp, const std::string& stat_name, const std::string& stat_sub_id,
                             Params& stat_params) :
    stat_name_(stat_name), stat_sub_id_(stat_sub_id), component_(comp)
{
    clear_data_on_output_ = stat_params.find<bool>("resetOnOutput", false);
}

const std::vector<ElementInfoParam>& StatisticBase::ELI_getParams()
{
    static std::vector<ElementInfoParam> empty;
    return empty;
}

const std::string StatisticBase::getCompName() const { return component_->getName() + stat_mod_name_; }

void StatisticBase::incrementCollectionCount(uint64_t increment)
{
    current_collection_count_ += increment;
    output_collection_count_ += increment;
    checkEventForOutput();
}

void StatisticBase::setCollectionCount(uint64_t new_count)
{
    current_collection_count_ = new_count;
    output_collection_count_  = new_count;
    checkEventForOutput();
}

void StatisticBase::resetCollectionCount() { output_collection_count_ = 0; }

void StatisticBase::setCollectionCountLimit(uint64_t new_limit)
{
    collection_count_limit_ = new_limit;
    checkEventForOutput();
}

std::string StatisticBase::buildStatisticFullName(const std::string& comp, const std::string& stat,
                                                  const std::string& sub_id)
{
    std::string n = comp + "." + stat;
    if ( !sub_id.empty() ) n += "." + sub_id;
    return n;
}

void StatisticBase::checkEventForOutput()
{
    if ( !registered_collection_mode_ && output_collection_count_ >= collection_count_limit_ &&
         collection_count_limit_ >= 1 )
        sim().statEngine().performStatisticOutput(this);
}

bool StatisticBase::operator==(StatisticBase& other) { return getFullStatName() == other.getFullStatName(); }

SimTime_t StatisticBase::getStartAtFactor() { return sim().statEngine().getStatisticStartTimeFactor(this); }
SimTime_t StatisticBase::getStopAtFactor() { return sim().statEngine().getStatisticStopTimeFactor(this); }
SimTime_t StatisticBase::getOutputRateFactor() { return group_ ? group_->output_freq : 0; }

void StatisticBase::serialize_order(Core::Serialization::serializer& ser)
{
    if ( isNullStatistic() ) return;
    SST_SER(stat_type_name_);
    SST_SER(stat_mod_name_);
    SST_SER(flags_);
    SST_SER(current_collection_count_);
    SST_SER(output_collection_count_);
    SST_SER(collection_count_limit_);
    SST_SER(registered_collection_mode_);
    SST_SER(stat_enabled_);
    SST_SER(reset_count_on_output_);
    SST_SER(clear_data_on_output_);
    SST_SER(output_at_end_of_sim_);
}

void Statistic<void>::outputStatisticFields(StatisticFieldsOutput* UNUSED(stat_output), bool UNUSED(end_of_sim_flag))
{
    sim().output().fatal(CALL_INFO, 1, "void statistic %s, type %s does not support outputing fields",
                         getFullStatName().c_str(), getStatTypeName().c_str());
}

void Statistic<void>::registerOutputFields(StatisticFieldsOutput* UNUSED(stat_output))
{
    sim().output().fatal(CALL_INFO, 1, "void statistic %s, type %s does not support outputing fields",
                         getFullStatName().c_str(), getStatTypeName().c_str());
}

// ---- field types ----

namespace {
std::map<fieldType_t, StatisticFieldTypeBase*>& fields()
{
    static auto* f = new std::map<fieldType_t, StatisticFieldTypeBase*>();
    return *f;
}
fieldType_t enum_counter = 0;
} // namespace

StatisticFieldInfo::StatisticFieldInfo(const char* stat_name, const char* field_name, fieldType_t field_type) :
    stat_name_(stat_name), field_name_(field_name), field_type_(field_type)
{}

bool StatisticFieldInfo::operator==(StatisticFieldInfo& other)
{
    return getFieldName() == other.getFieldName() && getFieldType() == other.getFieldType();
}

std::string StatisticFieldInfo::getFieldUniqueName() const { return getFieldName() + "." + std::to_string(field_type_); }

StatisticFieldTypeBase* StatisticFieldTypeBase::getField(fieldType_t id)
{
    auto it = fields().find(id);
    if ( it == fields().end() ) Output::getDefaultObject().fatal(CALL_INFO, 1, "Invalid Field ID: %d", int(id));
    return it->second;
}

fieldType_t StatisticFieldTypeBase::getField(const char* short_name)
{
    for ( auto& [id, f] : fields() )
        if ( !std::strcmp(f->shortName(), short_name) ) return id;
    Output::getDefaultObject().fatal(CALL_INFO, 1, "Look up field name: %s; No such field found", short_name);
}

void StatisticFieldTypeBase::addField(fieldType_t id, StatisticFieldTypeBase* base) { fields()[id] = base; }

void StatisticFieldTypeBase::checkRegisterConflict(const char* old_name, const char* new_name)
{
    if ( old_name && std::strcmp(old_name, new_name) )
        Output::getDefaultObject().fatal(CALL_INFO, 1, "Conflicting names registered for field: %s != %s", old_name,
                                         new_name);
}

fieldType_t StatisticFieldTypeBase::allocateFieldEnum() { return ++enum_counter; }

namespace {
StatisticFieldType<int32_t>  int32_register("int32_t", "i32");
StatisticFieldType<int64_t>  int64_register("int64_t", "i64");
StatisticFieldType<uint32_t> uint32_register("uint32_t", "u32");
StatisticFieldType<uint64_t> uint64_register("uint64_t", "u64");
StatisticFieldType<float>    float_register("float", "f32");
StatisticFieldType<double>   double_register("double", "f64");
} // namespace

// ---- groups ----

StatisticGroup::~StatisticGroup()
{
    for ( auto* stat : stats )
        delete stat;
}

bool StatisticGroup::containsStatistic(const StatisticBase* stat) const
{
    return std::find(stats.begin(), stats.end(), stat) != stats.end();
}

bool StatisticGroup::claimsStatistic(const StatisticBase* stat) const
{
    if ( is_default ) return true;
    return std::find(stat_names.begin(), stat_names.end(), stat->getStatName()) != stat_names.end() &&
           std::find(components.begin(), components.end(), stat->getComponent()->getId()) != components.end();
}

void StatisticGroup::addStatistic(StatisticBase* stat)
{
    stats.push_back(stat);
    stat->setGroup(this);
}

void StatisticGroup::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(is_default);
    SST_SER(name);
    SST_SER(output_freq);
    SST_SER(output_id);
    SST_SER(components);
    SST_SER(stat_names);
}

// ---- the engine ----

StatisticProcessingEngine::StatisticProcessingEngine() { stat_default_groups_[0]; }

StatisticProcessingEngine::~StatisticProcessingEngine()
{
    stat_default_groups_.clear();
    stat_groups_.clear();
    outputList().clear();
}

const std::vector<StatisticOutput*>& StatisticProcessingEngine::getStatOutputs() { return outputList(); }

void StatisticProcessingEngine::setup(const Engine::StatsConfig& config)
{
    Output& out = Output::getDefaultObject();
    for ( auto& cfg : config.outputs ) {
        Params params = cfg.params;
        std::string lc = cfg.type;
        std::transform(lc.begin(), lc.end(), lc.begin(), ::tolower);
        auto [lib, elem] = Factory::parseLoadName(lc);
        StatisticOutput* so = nullptr;
        if ( ELI::InfoDatabase::getLibrary<StatisticOutput>(lib)->getInfo(elem) )
            so = Factory::getFactory()->CreateWithParams<StatisticOutput>(lc, params, params);
        else
            so = Factory::getFactory()->CreateWithParams<StatisticOutput>(cfg.type, params, params);
        if ( !so ) out.fatal(CALL_INFO, 1, " - Unable to instantiate Statistic Output %s\n", cfg.type.c_str());
        if ( !so->checkOutputParameters() ) {
            out.output("Statistic Output (%s) :\n", so->getStatisticOutputName().c_str());
            so->printUsage();
            out.output("\n");
            out.output("Statistic Output Parameters Provided:\n");
            cfg.params.print_all_params(out, "  ");
            out.fatal(CALL_INFO, 1, " - Required Statistic Output Parameters not set\n");
        }
        outputs_.emplace_back(so);
        outputList().push_back(so);
    }
    simulation_started_ = false;
    stat_load_level_    = config.load_level;
    for ( auto& [factor, group] : stat_default_groups_ )
        group.output = outputs_.front().get();
    for ( auto& [name, cfg] : config.groups ) {
        auto g        = std::make_unique<StatisticGroup>();
        g->is_default = false;
        g->name       = cfg.name;
        g->output_id  = cfg.outputID;
        if ( cfg.outputID >= outputs_.size() )
            out.fatal(CALL_INFO, 1, "Statistic group %s uses an output that does not exist\n", cfg.name.c_str());
        g->output = outputs_[cfg.outputID].get();
        if ( cfg.outputFrequency.getValue() != 0 )
            g->output_freq = sim().timeLord().getTimeConverter(cfg.outputFrequency).getFactor();
        if ( !g->output->acceptsGroups() )
            out.fatal(CALL_INFO, 1, "Statistic Output type %s cannot handle Statistic Groups\n",
                      g->output->getStatisticOutputName().c_str());
        g->components = cfg.components;
        for ( auto& [stat, params] : cfg.statMap )
            g->stat_names.push_back(stat);
        stat_groups_.push_back(std::move(g));
    }
}

bool StatisticProcessingEngine::registerStatisticWithEngine(StatisticBase* stat, Params& params)
{
    Output& out = Output::getDefaultObject();
    if ( stat->isNullStatistic() ) return true;
    if ( !stat->getComponent() ) {
        out.verbose(CALL_INFO, 1, 0, " Error: Statistic %s hasn't any associated component .\n",
                    stat->getFullStatName().c_str());
        return false;
    }
    StatisticGroup& group = getGroupForStatistic(stat);
    if ( sim().isWireUpFinished() && !group.output->supportsDynamicRegistration() )
        out.fatal(CALL_INFO, 1,
                  "ERROR: Statistic %s - Cannot be registered for output %s after the Components have been wired up. "
                  "Statistics on output %s must be registered on Component creation. exiting...\n",
                  stat->getFullStatName().c_str(), group.output->getStatisticOutputName().c_str(),
                  group.output->getStatisticOutputName().c_str());

    std::string rate = params.find<std::string>("rate", "0ns");
    UnitAlgebra rate_ua(rate);
    bool        periodic = false;
    if ( rate_ua.hasUnits("s") || rate_ua.hasUnits("hz") )
        periodic = true;
    else if ( !rate_ua.hasUnits("event") )
        sim().output().fatal(CALL_INFO, 1, "ERROR: Statistic %s - Collection Rate = %s not valid; exiting...\n",
                             stat->getFullStatName().c_str(), rate.c_str());
    stat->setRegisteredCollectionMode(periodic);
    if ( !stat->isStatModeSupported(periodic) )
        out.fatal(CALL_INFO, 1, " Warning: Statistic %s Does not support %s Based Collections; Collection Rate = %s\n",
                  stat->getFullStatName().c_str(), periodic ? "Periodic" : "Event", rate.c_str());

    if ( group.is_default ) {
        if ( periodic )
            addPeriodicBasedStatistic(sim().timeLord().getTimeConverter(rate_ua).getFactor(), stat);
        else
            addEventBasedStatistic(rate_ua, stat);
        getOutputForStatistic(stat)->registerStatistic(stat);
    }
    else {
        if ( stat->isOutputEventBased() ) {
            out.output("ERROR: Statistics in groups must be periodic or dump at end, event-based output triggers are "
                       "not allowed\n");
            return false;
        }
        group.addStatistic(stat);
    }

    std::string start_at = params.find<std::string>("startat", "0ns");
    if ( start_at != "0ns" ) {
        UnitAlgebra ua(start_at);
        if ( ua.getValue() != 0 ) setStatisticStartTime(stat, sim().timeLord().getTimeConverter(ua).getFactor());
    }
    std::string stop_at = params.find<std::string>("stopat", "0ns");
    if ( stop_at != "0ns" ) {
        UnitAlgebra ua(stop_at);
        if ( ua.getValue() != 0 ) setStatisticStopTime(stat, sim().timeLord().getTimeConverter(ua).getFactor());
    }
    return true;
}

void StatisticProcessingEngine::finalizeInitialization()
{
    for ( auto& group : stat_groups_ ) {
        group->output->registerGroup(group.get());
        if ( group->output_freq != 0 ) {
            output_clock_handlers_.emplace_back(
                new Clock::Handler<StatisticProcessingEngine, &StatisticProcessingEngine::handleGroupClockEvent,
                                   StatisticGroup*>(this, group.get()));
            sim().registerClock(group->output_freq, output_clock_handlers_.back().get(), STATISTICCLOCKPRIORITY);
        }
    }
}

void StatisticProcessingEngine::startOfSimulation()
{
    simulation_started_ = true;
    for ( auto& so : outputs_ )
        so->startOfSimulation();
}

void StatisticProcessingEngine::endOfSimulation()
{
    for ( auto& [factor, group] : stat_default_groups_ )
        for ( StatisticBase* stat : group.stats )
            performStatisticOutputImpl(stat, true);
    for ( auto& group : stat_groups_ )
        performStatisticGroupOutputImpl(*group, true);
    for ( auto& so : outputs_ )
        so->endOfSimulation();
}

StatisticOutput* StatisticProcessingEngine::getOutputForStatistic(const StatisticBase* stat) const
{
    return stat->getGroup()->output;
}

StatisticGroup& StatisticProcessingEngine::getGroupForStatistic(const StatisticBase* stat)
{
    for ( auto& group : stat_groups_ )
        if ( group->claimsStatistic(stat) ) return *group;
    return stat_default_groups_.at(0);
}

bool StatisticProcessingEngine::addPeriodicBasedStatistic(SimTime_t factor, StatisticBase* stat)
{
    if ( !stat_default_groups_.count(factor) ) {
        StatisticGroup& group = stat_default_groups_[factor];
        group.output_freq     = factor;
        group.output          = stat_default_groups_[0].output;
        output_clock_handlers_.emplace_back(
            new Clock::Handler<StatisticProcessingEngine, &StatisticProcessingEngine::handleStatisticEngineClockEvent,
                               SimTime_t>(this, factor));
        sim().registerClock(factor, output_clock_handlers_.back().get(), STATISTICCLOCKPRIORITY);
    }
    stat_default_groups_[factor].addStatistic(stat);
    if ( factor != 0 ) stat->setOutputRateFlag();
    return true;
}

void StatisticProcessingEngine::addEventBasedStatistic(const UnitAlgebra& count, StatisticBase* stat)
{
    stat->setCollectionCountLimit(count.getValue() != 0 ? count.getRoundedValue() : 0);
    stat->setFlagResetCountOnOutput(true);
    stat_default_groups_[0].addStatistic(stat);
}

void StatisticProcessingEngine::setStatisticStartTime(StatisticBase* stat, SimTime_t factor)
{
    if ( factor <= sim().getCurrentSimCycle() ) return;
    if ( !start_time_map_.count(factor) ) {
        sim().insertActivity(factor, new OneShotCall([this, factor] { handleStatisticEngineStartTimeEvent(factor); },
                                                     STATISTICCLOCKPRIORITY));
    }
    start_time_map_[factor].push_back(stat);
    stat->disable();
    stat->setStartAtFlag();
}

void StatisticProcessingEngine::setStatisticStopTime(StatisticBase* stat, SimTime_t factor)
{
    if ( factor <= sim().getCurrentSimCycle() ) return;
    if ( !stop_time_map_.count(factor) ) {
        sim().insertActivity(factor, new OneShotCall([this, factor] { handleStatisticEngineStopTimeEvent(factor); },
                                                     STATISTICCLOCKPRIORITY));
    }
    stop_time_map_[factor].push_back(stat);
    stat->setStopAtFlag();
}

SimTime_t StatisticProcessingEngine::getStatisticStartTimeFactor(StatisticBase* stat)
{
    for ( auto& [time, stats] : start_time_map_ )
        if ( std::find(stats.begin(), stats.end(), stat) != stats.end() ) return time;
    return 0;
}

SimTime_t StatisticProcessingEngine::getStatisticStopTimeFactor(StatisticBase* stat)
{
    for ( auto& [time, stats] : stop_time_map_ )
        if ( std::find(stats.begin(), stats.end(), stat) != stats.end() ) return time;
    return 0;
}

void StatisticProcessingEngine::performStatisticOutput(StatisticBase* stat, bool end_of_sim_flag)
{
    if ( stat->getGroup()->is_default )
        performStatisticOutputImpl(stat, end_of_sim_flag);
    else
        performStatisticGroupOutputImpl(*const_cast<StatisticGroup*>(stat->getGroup()), end_of_sim_flag);
}

void StatisticProcessingEngine::performStatisticOutputImpl(StatisticBase* stat, bool end_of_sim_flag)
{
    if ( !simulation_started_ ) return;
    getOutputForStatistic(stat)->output(stat, end_of_sim_flag);
    if ( !end_of_sim_flag ) {
        if ( stat->getFlagResetCountOnOutput() ) stat->resetCollectionCount();
        if ( stat->getFlagClearDataOnOutput() ) stat->clearStatisticData();
    }
}

void StatisticProcessingEngine::performStatisticGroupOutputImpl(StatisticGroup& group, bool end_of_sim_flag)
{
    if ( !simulation_started_ ) return;
    group.output->outputGroup(&group, end_of_sim_flag);
    if ( !end_of_sim_flag )
        for ( auto* stat : group.stats ) {
            if ( stat->getFlagResetCountOnOutput() ) stat->resetCollectionCount();
            if ( stat->getFlagClearDataOnOutput() ) stat->clearStatisticData();
        }
}

void StatisticProcessingEngine::performGlobalStatisticOutput(bool end_of_sim_flag)
{
    for ( auto& [factor, group] : stat_default_groups_ )
        for ( auto* stat : group.stats )
            performStatisticOutputImpl(stat, end_of_sim_flag);
    for ( auto& group : stat_groups_ )
        performStatisticGroupOutputImpl(*group, end_of_sim_flag);
}

bool StatisticProcessingEngine::handleStatisticEngineClockEvent(Cycle_t UNUSED(cycle_num), SimTime_t time_factor)
{
    for ( auto* stat : stat_default_groups_[time_factor].stats )
        performStatisticOutputImpl(stat, false);
    return false;
}

bool StatisticProcessingEngine::handleGroupClockEvent(Cycle_t UNUSED(cycle_num), StatisticGroup* group)
{
    performStatisticGroupOutputImpl(*group, false);
    return false;
}

void StatisticProcessingEngine::handleStatisticEngineStartTimeEvent(SimTime_t time_factor)
{
    for ( auto* stat : start_time_map_[time_factor] ) {
        stat->enable();
        stat->unsetStartAtFlag();
    }
    start_time_map_.erase(time_factor);
}

void StatisticProcessingEngine::handleStatisticEngineStopTimeEvent(SimTime_t time_factor)
{
    for ( auto* stat : stop_time_map_[time_factor] ) {
        stat->disable();
        stat->unsetStopAtFlag();
    }
    stop_time_map_.erase(time_factor);
}

void StatisticProcessingEngine::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(simulation_started_);
    SST_SER(stat_load_level_);
}

} // namespace SST::Statistics
