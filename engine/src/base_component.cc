// SPDX-License-Identifier: BSD-3-Clause
// What components, SubComponents and component extensions ask of the engine, as SST Core's
// BaseComponent answers it.
#include "sst/core/baseComponent.h"

#include "simulation.h"

#include "sst/core/component.h"
#include "sst/core/componentExtension.h"
#include "sst/core/linkMap.h"
#include "sst/core/stringize.h"
#include "sst/core/subcomponent.h"

#include <stdexcept>

namespace SST {

thread_local std::pair<ComponentId_t, PortModuleId_t> BaseComponent::port_module_id_ =
    std::make_pair(UNSET_COMPONENT_ID, std::make_pair(std::string(), size_t(0)));

BaseComponent::BaseComponent(ComponentId_t id) :
    my_info_(Engine::Simulation::get()->componentInfo(id)), sim_(Engine::Simulation::get())
{
    if ( !my_info_ ) sim_->output().fatal(CALL_INFO, 1, "ERROR: no component with id %" PRIu64 " is being built\n", id);
    if ( !my_info_->component ) my_info_->component = this;
    if ( enabledAllStatistics() ) {
        if ( my_info_->statLoadLevel == Engine::STATISTICLOADLEVELUNINITIALIZED )
            my_info_->statLoadLevel = getStatEngine()->getStatLoadLevel();
    }
    else {
        my_info_->statLoadLevel = 0;
    }
    if ( my_info_->config )
        for ( auto& [port, modules] : my_info_->config->port_modules )
            for ( auto& pm : modules )
                port_module_configs_[port].push_back(&pm);
}

BaseComponent::~BaseComponent()
{
    for ( auto* handler : clock_handlers_ )
        delete handler;
    for ( auto* pm : port_modules_ )
        delete pm;
    if ( !my_info_ || isExtension() ) return;
    auto& subcomps = my_info_->getSubComponents();
    for ( auto& [id, ci] : subcomps ) {
        ci.parent_info = nullptr;
        delete ci.component;
        ci.component = nullptr;
    }
    subcomps.clear();
    my_info_->component = nullptr;
    if ( my_info_->parent_info ) {
        if ( my_info_->parent_info->getSubComponents().erase(my_info_->id_) != 1 )
            sim_->output().output("Warning:  BaseComponent destructor failed to remove ComponentInfo from parent.\n");
    }
}

UnitAlgebra BaseComponent::getCoreTimeBase() const { return sim_->timeLord().getTimeBase(); }
SimTime_t   BaseComponent::getCurrentSimCycle() const { return sim_->getCurrentSimCycle(); }
int         BaseComponent::getCurrentPriority() const { return sim_->getCurrentPriority(); }
UnitAlgebra BaseComponent::getElapsedSimTime() const { return sim_->getElapsedSimTime(); }
SimTime_t   BaseComponent::getEndSimCycle() const { return sim_->getEndSimCycle(); }
UnitAlgebra BaseComponent::getEndSimTime() const { return sim_->getEndSimTime(); }
RankInfo    BaseComponent::getRank() const { return sim_->rank(); }
RankInfo    BaseComponent::getNumRanks() const { return sim_->numRanks(); }
Output&     BaseComponent::getSimulationOutput() { return Engine::Simulation::get()->output(); }

SimTime_t BaseComponent::getCurrentSimTime(TimeConverter tc) const
{
    return tc.convertFromCoreTime(sim_->getCurrentSimCycle());
}

SimTime_t BaseComponent::getCurrentSimTime(const std::string& base) const
{
    try {
        return getCurrentSimTime(sim_->timeLord().getTimeConverter(base));
    }
    catch ( const std::underflow_error& ) {
        return processCurrentTimeWithUnderflowedBase(base);
    }
}

SimTime_t BaseComponent::getCurrentSimTimeNano() const
{
    TimeConverter tc = sim_->timeLord().getNano();
    return tc.getFactor() ? tc.convertFromCoreTime(sim_->getCurrentSimCycle()) : getCurrentSimTime("1 ns");
}

SimTime_t BaseComponent::getCurrentSimTimeMicro() const
{
    TimeConverter tc = sim_->timeLord().getMicro();
    return tc.getFactor() ? tc.convertFromCoreTime(sim_->getCurrentSimCycle()) : getCurrentSimTime("1 us");
}

SimTime_t BaseComponent::getCurrentSimTimeMilli() const
{
    TimeConverter tc = sim_->timeLord().getMilli();
    return tc.getFactor() ? tc.convertFromCoreTime(sim_->getCurrentSimCycle()) : getCurrentSimTime("1 ms");
}

double BaseComponent::getRunPhaseElapsedRealTime() const { return sim_->runPhaseElapsed(); }
double BaseComponent::getInitPhaseElapsedRealTime() const { return sim_->initPhaseElapsed(); }
double BaseComponent::getCompletePhaseElapsedRealTime() const { return sim_->completePhaseElapsed(); }

// Watch points belong to SST Core's interactive console, which the embedded engine does not have.
void BaseComponent::addWatchPoint(WatchPoint* UNUSED(pt)) {}
void BaseComponent::removeWatchPoint(WatchPoint* UNUSED(pt)) {}

bool BaseComponent::isSimulationRunModeInit() const { return sim_->runMode() == SimulationRunMode::INIT; }
bool BaseComponent::isSimulationRunModeRun() const { return sim_->runMode() == SimulationRunMode::RUN; }
bool BaseComponent::isSimulationRunModeBoth() const { return sim_->runMode() == SimulationRunMode::BOTH; }
std::string& BaseComponent::getOutputDirectory() const { return sim_->outputDirectory(); }
void BaseComponent::requireLibrary(const std::string& name) { Factory::getFactory()->requireLibrary(name); }

bool BaseComponent::isPortConnected(const std::string& name) const
{
    return my_info_->getLinkMap()->getLink(name) != nullptr;
}

Link* BaseComponent::configureLink(const std::string& name, Event::HandlerBase* handler)
{
    SimTime_t factor = my_info_->defaultTimeBase ? my_info_->defaultTimeBase.getFactor() : 0;
    return configureLink_impl(name, factor, handler);
}

Link* BaseComponent::configureSelfLink(const std::string& name, Event::HandlerBase* handler)
{
    addSelfLink(name);
    return configureLink(name, handler);
}

TimeConverter BaseComponent::registerClock(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all)
{
    TimeConverter ret = sim_->registerClock(tc, handler, CLOCKPRIORITY);
    registerClock_impl(ret, handler, reg_all);
    return ret;
}

void BaseComponent::unregisterClock(TimeConverter tc, Clock::HandlerBase* handler)
{
    sim_->unregisterClock(tc, handler, CLOCKPRIORITY);
}

Cycle_t BaseComponent::reregisterClock(TimeConverter freq, Clock::HandlerBase* handler)
{
    return sim_->reregisterClock(freq, handler, CLOCKPRIORITY);
}

Cycle_t BaseComponent::getNextClockCycle(TimeConverter freq) { return sim_->getNextClockCycle(freq, CLOCKPRIORITY); }

TimeConverter BaseComponent::registerTimeBase(const std::string& base, bool reg_all)
{
    TimeConverter tc = sim_->timeLord().getTimeConverter(base);
    if ( reg_all ) {
        setDefaultTimeBaseForLinks(tc);
        my_info_->defaultTimeBase = tc;
    }
    return tc;
}

TimeConverter BaseComponent::getTimeConverter(const std::string& base) const
{
    return sim_->timeLord().getTimeConverter(base);
}

TimeConverter BaseComponent::getTimeConverter(const UnitAlgebra& base) const
{
    return sim_->timeLord().getTimeConverter(base);
}

void BaseComponent::initiateInteractive(const std::string& msg)
{
    sim_->output().verbose(CALL_INFO, 1, 0,
                           "%s: initiateInteractive(\"%s\") ignored: the embedded engine has no interactive console\n",
                           getName().c_str(), msg.c_str());
}

void BaseComponent::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(component_state_);
    SST_SER(registered_clocks_);
}

void BaseComponent::registerClock_impl(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all)
{
    registered_clocks_.insert(tc.getFactor());
    if ( std::find(clock_handlers_.begin(), clock_handlers_.end(), handler) == clock_handlers_.end() )
        clock_handlers_.push_back(handler);
    if ( reg_all ) {
        setDefaultTimeBaseForLinks(tc);
        my_info_->defaultTimeBase = tc;
    }
}

Link* BaseComponent::configureLink_impl(const std::string& name, SimTime_t timebase, Event::HandlerBase* handler)
{
    LinkMap* links = my_info_->getLinkMap();
    Link*    link  = links->getLink(name);
    if ( !link && my_info_->sharesPorts() ) {
        std::vector<const Engine::ConfigPortModule*> modules;
        link = my_info_->parent_info->component->getLinkFromParentSharedPort(name, modules);
        if ( link ) {
            links->insertLink(name, link);
            link->resetDefaultTimeBase();
            if ( !modules.empty() ) port_module_configs_[name].swap(modules);
        }
    }
    if ( !link ) return nullptr;

    if ( !handler )
        link->setPolling();
    else {
        link->setFunctor(handler);
        // The "event" profile point (--enable-profiling), as SST Core attaches its tools.
        for ( auto* tool : sim_->profiling().eventTools() )
            handler->attachTool(tool, EventHandlerMetaData(my_info_->getID(), getName(), getType(), name));
    }

    // SelfLinks are made after wire-up and have no PortModules.
    if ( !sim_->isWireUpFinished() ) {
        auto it = port_module_configs_.find(name);
        if ( it != port_module_configs_.end() ) {
            EventHandlerMetaData mdata(my_info_->getID(), getName(), getType(), name);
            size_t               count = 0;
            for ( const Engine::ConfigPortModule* cfg : it->second ) {
                port_module_id_ = std::make_pair(my_info_->id_, std::make_pair(name, count));
                Params p        = cfg->params;
                auto*  pm       = Factory::getFactory()->CreateWithParams<PortModule>(cfg->type, p, p);
                port_module_id_ = std::make_pair(UNSET_COMPONENT_ID, std::make_pair(std::string(), size_t(0)));
                if ( pm->installOnSend() ) link->attachTool(pm, mdata);
                if ( pm->installOnReceive() ) {
                    if ( handler )
                        handler->attachInterceptTool(pm, mdata);
                    else
                        fatal(CALL_INFO_LONG, 1, "ERROR: Trying to install a receive PortModule on a Polling Link\n");
                }
                port_modules_.push_back(pm);
                ++count;
            }
        }
    }
    link->setDefaultTimeBase(timebase);
    link->setTag(sim_->nextLinkOrderTag());
    return link;
}

const Engine::ConfigPortModule* BaseComponent::portModuleConfig(const PortModuleId_t& id) const
{
    auto it = port_module_configs_.find(id.first);
    if ( it == port_module_configs_.end() || id.second >= it->second.size() ) return nullptr;
    return it->second[id.second];
}

void BaseComponent::performStatisticOutput(Statistics::StatisticBase* stat)
{
    sim_->statEngine().performStatisticOutput(stat);
}

void BaseComponent::performGlobalStatisticOutput() { sim_->statEngine().performGlobalStatisticOutput(false); }

void BaseComponent::fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                          ...) const
{
    va_list arg;
    va_start(arg, format);
    vfatal(line, file, func, exit_code, format, arg);
    va_end(arg);
}

void BaseComponent::sst_assert(bool condition, uint32_t line, const char* file, const char* func, int exit_code,
                               const char* format, ...) const
{
    if ( condition ) return;
    va_list arg;
    va_start(arg, format);
    vfatal(line, file, func, exit_code, format, arg);
    va_end(arg);
}

void BaseComponent::vfatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                           va_list arg) const
{
    Output         abort("Rank: @R,@I, time: @t - called in file: @f, line: @l, function: @p", 5, -1, Output::STDOUT);
    std::string    type_tree = my_info_->getType();
    for ( ComponentInfo* p = my_info_->parent_info; p; p = p->parent_info )
        type_tree = p->type + "." + type_tree;
    std::string prologue = format_string("Element name: %s,  type: %s (full type tree: %s)",
                                         my_info_->getName().c_str(), my_info_->getType().c_str(), type_tree.c_str());
    std::string msg      = vformat_string(format, arg);
    abort.fatal(line, file, func, exit_code, "\n%s\n%s\n", prologue.c_str(), msg.c_str());
}

SimTime_t BaseComponent::processCurrentTimeWithUnderflowedBase(const std::string& base) const
{
    UnitAlgebra uabase(base);
    UnitAlgebra curr_time = sim_->getElapsedSimTime();
    UnitAlgebra result    = curr_time / uabase;
    auto        value     = result.getValue();
    if ( value > static_cast<uint64_t>(MAX_SIMTIME_T) )
        throw std::overflow_error("Error:  Current time (" + curr_time.toStringBestSI() +
                                  ") is too large to fit into a 64-bit integer when using requested base (" + base +
                                  ")");
    return value.toUnsignedLong();
}

bool BaseComponent::explicitlyEnabledStatistic(const std::string& stat_name, StatisticId_t& id) const
{
    if ( !my_info_->config ) return false;
    auto it = my_info_->config->enabledStatNames.find(stat_name);
    if ( it == my_info_->config->enabledStatNames.end() ) return false;
    id = it->second;
    return true;
}

bool BaseComponent::enabledAllStatistics() const { return my_info_->config && my_info_->config->enabledAllStats; }

Statistics::StatisticBase* BaseComponent::createExplicitlyEnabledStatistic(Params& params, StatisticId_t id,
                                                                           const std::string& name,
                                                                           const std::string& stat_sub_id,
                                                                           StatCreateFunction create)
{
    Output& out = sim_->output();
    if ( my_info_->parent_info )
        out.fatal(CALL_INFO, 1, "Creating explicitly enabled statistic '%s' should only happen in parent component",
                  name.c_str());
    const auto& configs = my_info_->config->statistics;
    auto        cit     = configs.find(id);
    if ( cit == configs.end() )
        out.fatal(CALL_INFO, 1, "Explicitly enabled statistic '%s' does not have parameters mapped to its ID",
                  name.c_str());
    const Engine::ConfigStatistic& cfg = cit->second;
    if ( cfg.shared ) {
        auto it = explicitly_enabled_shared_stats_.find(id);
        if ( it != explicitly_enabled_shared_stats_.end() ) return it->second;
        params.insert(cfg.params);
        auto* stat                           = create(this, getStatEngine(), cfg.name, "", params);
        explicitly_enabled_shared_stats_[id] = stat;
        return stat;
    }
    auto& by_name = explicitly_enabled_unique_stats_[id][name];
    auto  sit     = by_name.find(stat_sub_id);
    if ( sit != by_name.end() ) return sit->second;
    params.insert(cfg.params);
    auto* stat           = create(this, getStatEngine(), name, stat_sub_id, params);
    by_name[stat_sub_id] = stat;
    return stat;
}

Statistics::StatisticBase* BaseComponent::createEnabledAllStatistic(Params& params, const std::string& name,
                                                                    const std::string& stat_sub_id,
                                                                    StatCreateFunction create)
{
    auto& by_sub = enabled_all_stats_[name];
    auto  it     = by_sub.find(stat_sub_id);
    if ( it != by_sub.end() ) return it->second;
    params.insert(my_info_->config->allStatConfig.params);
    auto* stat          = create(this, getStatEngine(), name, stat_sub_id, params);
    by_sub[stat_sub_id] = stat;
    return stat;
}

void BaseComponent::setDefaultTimeBaseForLinks(TimeConverter tc)
{
    for ( auto& [port, link] : my_info_->getLinkMap()->getLinkMap() )
        if ( link->getDefaultTimeBase().getFactor() == 0 && link->isConfigured() ) link->setDefaultTimeBase(tc);
}

void BaseComponent::pushValidParams(Params& params, const std::string& type)
{
    params.pushAllowedKeys(Factory::getFactory()->getParamNames(type));
}

int BaseComponent::singleSlotIndex(const std::string& slot_name)
{
    int sub_count = 0;
    int index     = -1;
    for ( auto& [id, ci] : my_info_->getSubComponents() )
        if ( ci.getSlotName() == slot_name ) {
            index = ci.getSlotNum();
            ++sub_count;
        }
    if ( sub_count > 1 ) {
        Output out("SubComponentSlotWarning: ", 0, 0, Output::STDERR);
        out.fatal(CALL_INFO, 1,
                  "Error: ComponentSlot \"%s\" in component \"%s\" only allows for one SubComponent, %d provided.\n",
                  slot_name.c_str(), my_info_->getType().c_str(), sub_count);
    }
    return index;
}

Statistics::StatisticProcessingEngine* BaseComponent::getStatEngine() { return &sim_->statEngine(); }

SubComponentSlotInfo* BaseComponent::getSubComponentSlotInfo(const std::string& name, bool fatalOnEmptyIndex)
{
    auto* info = new SubComponentSlotInfo(this, name);
    if ( info->getMaxPopulatedSlotNumber() < 0 ) {
        delete info;
        return nullptr;
    }
    if ( !info->isAllPopulated() && fatalOnEmptyIndex )
        sim_->output().fatal(CALL_INFO, 1,
                             "SubComponent slot %s requires a dense allocation of SubComponents and did not get one.\n",
                             name.c_str());
    return info;
}

bool BaseComponent::doesSubComponentExist(const std::string& type)
{
    return Factory::getFactory()->doesSubComponentExist(type);
}

uint8_t BaseComponent::getStatisticValidityAndLevel(const std::string& statisticName) const
{
    return Factory::getFactory()->GetStatisticValidityAndEnableLevel(my_info_->getType(), statisticName);
}

std::vector<Profile::ComponentProfileTool*> BaseComponent::getComponentProfileTools(const std::string& UNUSED(point))
{
    return {};
}

void BaseComponent::registerAsPrimaryComponent()
{
    if ( sim_->isWireUpFinished() )
        sim_->output().fatal(CALL_INFO, 1,
                             "ERROR: registerAsPrimaryComponent() must be called during ComponentConstruction\n");
    else if ( !isStatePrimary() )
        setState(ComponentState::Primary, true);
    else
        sim_->output().verbose(CALL_INFO, 1, 1,
                               "WARNING: Component (%s) called registerAsPrimaryComponent() more than once\n",
                               getName().c_str());
}

void BaseComponent::primaryComponentDoNotEndSim()
{
    if ( !isStatePrimary() ) {
        sim_->output().verbose(CALL_INFO, 1, 1,
                               "WARNING: Component (%s) called primaryComponentDoNotEndSim() without first calling "
                               "registerAsPrimaryComponent(). Call had no effect.\n",
                               getName().c_str());
    }
    else if ( isStateDoNotEndSim() ) {
        sim_->output().verbose(CALL_INFO, 1, 1,
                               "WARNING: Component (%s) had multiple calls to primaryComponentDoNotEndSim()\n",
                               getName().c_str());
    }
    else {
        setState(ComponentState::DoNotEndSim, true);
        setState(ComponentState::OKToEndSim, false);
        sim_->exitAction().refInc();
    }
}

void BaseComponent::primaryComponentOKToEndSim()
{
    if ( !isStatePrimary() ) {
        sim_->output().verbose(CALL_INFO, 1, 1,
                               "WARNING: Component (%s) called primaryComponentOKToEndSim() without first calling "
                               "registerAsPrimaryComponent(). Call had no effect.\n",
                               getName().c_str());
    }
    else if ( isStateOKToEndSim() ) {
        sim_->output().verbose(CALL_INFO, 1, 1,
                               "WARNING: Component (%s) had multiple calls to primaryComponentOKToEndSim()\n",
                               getName().c_str());
    }
    else {
        setState(ComponentState::OKToEndSim, true);
        setState(ComponentState::DoNotEndSim, false);
        sim_->exitAction().refDec();
    }
}

void BaseComponent::addSelfLink(const std::string& name)
{
    LinkMap* links = my_info_->getLinkMap();
    links->addSelfPort(name);
    if ( links->getLink(name) )
        sim_->output().fatal(CALL_INFO, 1, "Attempting to add self link with duplicate name: %s\n", name.c_str());
    Link* link = new SelfLink();
    link->name_ = getName() + ":" + name;
    link->setDefaultTimeBase(my_info_->defaultTimeBase);
    sim_->adoptLink(link);
    links->insertLink(name, link);
}

Link* BaseComponent::getLinkFromParentSharedPort(const std::string& port,
                                                 std::vector<const Engine::ConfigPortModule*>& modules)
{
    LinkMap* links = my_info_->getLinkMap();
    if ( Link* link = links->getLink(port) ) {
        if ( !link->isConfigured() ) {
            links->removeLink(port);
            auto it = port_module_configs_.find(port);
            if ( it != port_module_configs_.end() ) {
                modules.swap(it->second);
                port_module_configs_.erase(it);
            }
            return link;
        }
    }
    if ( my_info_->sharesPorts() ) return my_info_->parent_info->component->getLinkFromParentSharedPort(port, modules);
    return nullptr;
}

Component::Component(ComponentId_t id) : BaseComponent(id) {}
void Component::serialize_order(Core::Serialization::serializer& ser) { BaseComponent::serialize_order(ser); }

SubComponent::SubComponent(ComponentId_t id) : BaseComponent(id) {}
void SubComponent::serialize_order(Core::Serialization::serializer& ser) { BaseComponent::serialize_order(ser); }

ComponentExtension::ComponentExtension(ComponentId_t id) : BaseComponent(id) { setAsExtension(); }
void ComponentExtension::serialize_order(Core::Serialization::serializer& ser) { BaseComponent::serialize_order(ser); }

namespace Core::Serialization::pvt {

// A component travels as its id; unpacking finds the component of that id in this simulation.
void SerializeBaseComponentHelper::size_basecomponent(serializable_base* UNUSED(s), serializer& ser)
{
    ComponentId_t id = 0;
    ser.size(id);
}

void SerializeBaseComponentHelper::pack_basecomponent(serializable_base* s, serializer& ser)
{
    auto*         comp = dynamic_cast<BaseComponent*>(s);
    ComponentId_t id   = comp && comp->my_info_ ? comp->getId() : UNSET_COMPONENT_ID;
    ser.pack(id);
}

void SerializeBaseComponentHelper::unpack_basecomponent(serializable_base*& s, serializer& ser)
{
    ComponentId_t id = 0;
    ser.unpack(id);
    s = nullptr;
    if ( id == UNSET_COMPONENT_ID || !Engine::Simulation::get() ) return;
    if ( ComponentInfo* info = Engine::Simulation::get()->componentInfo(id) ) s = info->getComponent();
}

} // namespace Core::Serialization::pvt

} // namespace SST
