// SPDX-License-Identifier: BSD-3-Clause
// What every component can do: configure links, register clocks and time
// bases, read simulated time, register statistics, and write output.
#ifndef SST_CORE_BASECOMPONENT_H
#define SST_CORE_BASECOMPONENT_H

#include "sst/core/clock.h"
#include "sst/core/event.h"
#include "sst/core/link.h"
#include "sst/core/output.h"
#include "sst/core/params.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/stataccumulator.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/timeConverter.h"
#include "sst/core/unitAlgebra.h"

#include <memory>
#include <string>

namespace SST {

namespace Engine {
struct ComponentInfo;
}

// Access and signatures as SST Core 16's BaseComponent declares them (the part elements use):
// engine/tests/api/api_signatures.cc checks them against the real headers.
class BaseComponent
{
public:
    explicit BaseComponent(ComponentId_t id);
    virtual ~BaseComponent();
    BaseComponent(const BaseComponent&)            = delete;
    BaseComponent& operator=(const BaseComponent&) = delete;

    /** "lib.Element" */
    const std::string& getType() const;
    ComponentId_t      getId() const;
    /** Called when the run ends abnormally (fatal error, signal): release external resources. */
    virtual void       emergencyShutdown() {}
    const std::string& getName() const;

    /** Untimed phases before setup(): repeated while any link carries untimed data. */
    virtual void init(unsigned int UNUSED(phase)) {}
    /** Untimed phases after the run, before finish(). */
    virtual void complete(unsigned int UNUSED(phase)) {}
    virtual void setup() {}
    virtual void finish() {}
    virtual void printStatus(Output& UNUSED(out)) {}

    UnitAlgebra getCoreTimeBase() const;
    /** Simulated time in core ticks (the timebase option, default 1ps). */
    SimTime_t   getCurrentSimCycle() const;
    UnitAlgebra getElapsedSimTime() const;
    static Output& getSimulationOutput();
    /** Simulated time in the component's default time base. */
    SimTime_t   getCurrentSimTime() const;
    SimTime_t   getCurrentSimTime(TimeConverter base) const;
    SimTime_t   getCurrentSimTime(const std::string& base) const;
    SimTime_t   getCurrentSimTime(const char* base) const { return getCurrentSimTime(std::string(base)); }
    SimTime_t   getCurrentSimTimeNano() const;
    SimTime_t   getCurrentSimTimeMicro() const;
    SimTime_t   getCurrentSimTimeMilli() const;

protected:
    bool  isPortConnected(const std::string& name) const;
    /** The time base may be given as a TimeConverter, a string ("1ns") or a UnitAlgebra. */
    Link* configureLink(const std::string& name, TimeConverter timebase, Event::HandlerBase* handler = nullptr);
    Link* configureLink(const std::string& name, Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, TimeConverter timebase, Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, Event::HandlerBase* handler = nullptr);

    TimeConverter registerClock(TimeConverter tc, Clock::HandlerBase* handler, bool reg_all = true);
    void          unregisterClock(TimeConverter tc, Clock::HandlerBase* handler);
    /** Puts a handler that returned true (or was unregistered) back on its clock; returns the next cycle. */
    Cycle_t       reregisterClock(TimeConverter freq, Clock::HandlerBase* handler);
    Cycle_t       getNextClockCycle(TimeConverter freq);
    TimeConverter registerTimeBase(const std::string& base, bool reg_all = true);
    TimeConverter getTimeConverter(const std::string& base) const;
    TimeConverter getTimeConverter(const UnitAlgebra& base) const;

    template <typename T>
    Statistics::Statistic<T>* registerStatistic(SST::Params& UNUSED(params), const std::string& stat_name,
                                                const std::string& stat_sub_id = "")
    {
        std::unique_ptr<Statistics::Statistic<T>> stat;
        if ( statisticEnabled(stat_name) )
            stat = std::make_unique<Statistics::AccumulatorStatistic<T>>(getName(), stat_name, stat_sub_id);
        else
            stat = std::make_unique<Statistics::NullStatistic<T>>(getName(), stat_name, stat_sub_id);
        auto* raw = stat.get();
        adoptStatistic(std::move(stat));
        return raw;
    }
    template <typename T>
    Statistics::Statistic<T>* registerStatistic(const std::string& stat_name, const std::string& stat_sub_id = "")
    {
        SST::Params empty{};
        return registerStatistic<T>(empty, stat_name, stat_sub_id);
    }
    template <typename T>
    Statistics::Statistic<T>* registerStatistic(const char* stat_name, const char* stat_sub_id = "")
    {
        return registerStatistic<T>(std::string(stat_name), std::string(stat_sub_id));
    }

    /** Ends the simulation: the message, with this component's name and type, then exit_code. */
    [[noreturn]] void fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                            ...) const __attribute__((format(printf, 6, 7)));

    void          setDefaultTimeBase(TimeConverter tc);
    TimeConverter getDefaultTimeBase() const;

    /** A primary component decides when the simulation may end. */
    void registerAsPrimaryComponent();
    /** This component needs the simulation to go on. */
    void primaryComponentDoNotEndSim();
    /** This component no longer needs the simulation: when all say so, it ends. */
    void primaryComponentOKToEndSim();

private:
    /** Checks the name against the ELI (fatal if undocumented) and the configuration's enables. */
    bool statisticEnabled(const std::string& name) const;
    void adoptStatistic(std::unique_ptr<Statistics::StatisticBase> stat);

    Engine::ComponentInfo* info_;
};

} // namespace SST

#endif
