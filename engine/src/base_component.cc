// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/component.h"

#include "simulation.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace SST {

using Engine::Simulation;

namespace {
Simulation& sim()
{
    Simulation* s = Simulation::current();
    if ( !s ) {
        std::fprintf(stderr, "sst: error: a component method was called outside a running simulation\n");
        std::abort();
    }
    return *s;
}

// Configuration mistakes inside a component (bad time string, ...) end the run naming the component.
template <typename F>
auto guarded(const Engine::ComponentInfo& c, const char* what, F&& f)
{
    try {
        return f();
    }
    catch ( const std::exception& e ) {
        sim().componentError(c, std::string(what) + ": " + e.what());
    }
}
} // namespace

BaseComponent::BaseComponent(ComponentId_t) : info_(sim().takeConstructing())
{
    if ( !info_ ) {
        std::fprintf(stderr, "sst: error: components must be created by the engine from a configuration\n");
        std::abort();
    }
}

BaseComponent::~BaseComponent() = default;

ComponentId_t      BaseComponent::getId() const { return info_->id; }
const std::string& BaseComponent::getName() const { return info_->name; }
const std::string& BaseComponent::getType() const { return info_->type; }
bool BaseComponent::isPortConnected(const std::string& name) const { return info_->ports.count(name) != 0; }

Link* BaseComponent::configureLink(const std::string& name, TimeConverter tb, Event::HandlerBase* handler)
{
    return sim().configureLink(*info_, name, &tb, handler);
}
Link* BaseComponent::configureLink(const std::string& name, Event::HandlerBase* handler)
{
    return sim().configureLink(*info_, name, nullptr, handler);
}
Link* BaseComponent::configureSelfLink(const std::string& name, TimeConverter tb, Event::HandlerBase* handler)
{
    return sim().configureSelfLink(*info_, name, &tb, handler);
}
Link* BaseComponent::configureSelfLink(const std::string& name, Event::HandlerBase* handler)
{
    return sim().configureSelfLink(*info_, name, nullptr, handler);
}

TimeConverter BaseComponent::registerClock(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all)
{
    return sim().registerClock(*info_, tc, handler, reg_all);
}
Cycle_t BaseComponent::reregisterClock(TimeConverter freq, Clock::HandlerBase* handler)
{
    return sim().reregisterClock(freq, handler);
}
void BaseComponent::unregisterClock(TimeConverter tc, Clock::HandlerBase* handler) { sim().unregisterClock(tc, handler); }
Cycle_t BaseComponent::getNextClockCycle(TimeConverter freq) { return sim().nextClockCycle(freq); }

TimeConverter BaseComponent::registerTimeBase(const std::string& base, bool reg_all)
{
    TimeConverter tc = getTimeConverter(base);
    if ( reg_all ) info_->default_tb = tc;
    return tc;
}
TimeConverter BaseComponent::getTimeConverter(const std::string& base) const
{
    return guarded(*info_, ("time base '" + base + "'").c_str(), [&] { return sim().timeConverter(base); });
}
TimeConverter BaseComponent::getTimeConverter(const UnitAlgebra& base) const
{
    return guarded(*info_, ("time base '" + base.toString() + "'").c_str(), [&] { return sim().timeConverter(base); });
}
TimeConverter BaseComponent::getDefaultTimeBase() const { return info_->default_tb; }
void          BaseComponent::setDefaultTimeBase(TimeConverter tc) { info_->default_tb = tc; }

SimTime_t BaseComponent::getCurrentSimCycle() const { return sim().now(); }
SimTime_t BaseComponent::getCurrentSimTime() const { return getCurrentSimTime(info_->default_tb); }
SimTime_t BaseComponent::getCurrentSimTime(TimeConverter tc) const
{
    return tc.isInitialized() ? tc.convertFromCoreTime(sim().now()) : sim().now();
}
SimTime_t BaseComponent::getCurrentSimTime(const std::string& base) const
{
    return getCurrentSimTime(getTimeConverter(base));
}
SimTime_t   BaseComponent::getCurrentSimTimeNano() const { return getCurrentSimTime("1ns"); }
SimTime_t   BaseComponent::getCurrentSimTimeMicro() const { return getCurrentSimTime("1us"); }
SimTime_t   BaseComponent::getCurrentSimTimeMilli() const { return getCurrentSimTime("1ms"); }
UnitAlgebra BaseComponent::getElapsedSimTime() const
{
    return sim().coreTimeBase() * static_cast<long double>(sim().now());
}
UnitAlgebra BaseComponent::getCoreTimeBase() const { return sim().coreTimeBase(); }
Output&     BaseComponent::getSimulationOutput() { return sim().output(); }

void BaseComponent::fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                          ...) const
{
    // SST Core's layout: where and when, which element, then the message.
    char    message[4096];
    va_list args;
    va_start(args, format);
    std::vsnprintf(message, sizeof message, format, args);
    va_end(args);
    Output abort("Rank: @R,@I, time: @t - called in file: @f, line: @l, function: @p", 5, -1, Output::STDOUT);
    abort.fatal(line, file, func, exit_code, "\nElement name: %s,  type: %s (full type tree: %s)\n%s\n",
                getName().c_str(), getType().c_str(), getType().c_str(), message);
}

bool BaseComponent::statisticEnabled(const std::string& name) const { return sim().statisticEnabled(*info_, name); }
void BaseComponent::adoptStatistic(std::unique_ptr<Statistics::StatisticBase> stat)
{
    info_->statistics.push_back(std::move(stat));
}

Component::Component(ComponentId_t id) : BaseComponent(id) {}
Component::~Component() = default;

const std::vector<ElementInfoParam>& Component::ELI_getParams()
{
    static const std::vector<ElementInfoParam> none;
    return none;
}
const std::vector<ElementInfoPort>& Component::ELI_getPorts()
{
    static const std::vector<ElementInfoPort> none;
    return none;
}
const std::vector<ElementInfoStatistic>& Component::ELI_getStatistics()
{
    static const std::vector<ElementInfoStatistic> none;
    return none;
}

void BaseComponent::registerAsPrimaryComponent() {}
void BaseComponent::primaryComponentDoNotEndSim() { sim().primaryDoNotEndSim(*info_); }
void BaseComponent::primaryComponentOKToEndSim() { sim().primaryOKToEndSim(*info_); }

} // namespace SST
