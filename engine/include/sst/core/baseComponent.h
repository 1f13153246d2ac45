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

class BaseComponent
{
public:
    explicit BaseComponent(ComponentId_t id);
    virtual ~BaseComponent();
    BaseComponent(const BaseComponent&)            = delete;
    BaseComponent& operator=(const BaseComponent&) = delete;

    /** Untimed phases before setup(): repeated while any link carries untimed data. */
    virtual void init(unsigned int UNUSED(phase)) {}
    virtual void setup() {}
    /** Untimed phases after the run, before finish(). */
    virtual void complete(unsigned int UNUSED(phase)) {}
    virtual void finish() {}
    /** Called when the run ends abnormally (fatal error, signal): release external resources. */
    virtual void emergencyShutdown() {}
    virtual void printStatus(Output& UNUSED(out)) {}

    ComponentId_t      getId() const;
    const std::string& getName() const;
    /** "lib.Element" */
    const std::string& getType() const;

    bool  isPortConnected(const std::string& name) const;
    Link* configureLink(const std::string& name, TimeConverter time_base, Event::HandlerBase* handler = nullptr);
    Link* configureLink(const std::string& name, const std::string& time_base, Event::HandlerBase* handler = nullptr);
    Link* configureLink(const std::string& name, Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, TimeConverter time_base, Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, const std::string& time_base,
                            Event::HandlerBase* handler = nullptr);
    Link* configureSelfLink(const std::string& name, Event::HandlerBase* handler = nullptr);

    TimeConverter registerClock(const std::string& freq, Clock::HandlerBase* handler, bool regAll = true);
    TimeConverter registerClock(const UnitAlgebra& freq, Clock::HandlerBase* handler, bool regAll = true);
    TimeConverter registerClock(TimeConverter tc, Clock::HandlerBase* handler, bool regAll = true);
    /** Puts a handler that returned true (or was unregistered) back on its clock; returns the next cycle. */
    Cycle_t       reregisterClock(TimeConverter freq, Clock::HandlerBase* handler);
    void          unregisterClock(TimeConverter tc, Clock::HandlerBase* handler);
    Cycle_t       getNextClockCycle(TimeConverter freq);
    TimeConverter registerTimeBase(const std::string& base, bool regAll = true);
    TimeConverter getTimeConverter(const std::string& base) const;
    TimeConverter getTimeConverter(const UnitAlgebra& base) const;

    /** Simulated time in core ticks (the timebase option, default 1ps). */
    SimTime_t   getCurrentSimCycle() const;
    /** Simulated time in the component's default time base. */
    SimTime_t   getCurrentSimTime() const;
    SimTime_t   getCurrentSimTime(TimeConverter tc) const;
    SimTime_t   getCurrentSimTime(const std::string& base) const;
    SimTime_t   getCurrentSimTimeNano() const;
    SimTime_t   getCurrentSimTimeMicro() const;
    SimTime_t   getCurrentSimTimeMilli() const;
    UnitAlgebra getElapsedSimTime() const;
    UnitAlgebra getCoreTimeBase() const;

    Output& getSimulationOutput() const;

    template <typename T>
    Statistics::Statistic<T>* registerStatistic(const std::string& name, const std::string& sub_id = "")
    {
        std::unique_ptr<Statistics::Statistic<T>> stat;
        if ( statisticEnabled(name) )
            stat = std::make_unique<Statistics::AccumulatorStatistic<T>>(getName(), name, sub_id);
        else
            stat = std::make_unique<Statistics::NullStatistic<T>>(getName(), name, sub_id);
        auto* raw = stat.get();
        adoptStatistic(std::move(stat));
        return raw;
    }
    template <typename T>
    Statistics::Statistic<T>*
    registerStatistic(Params& UNUSED(params), const std::string& name, const std::string& sub_id = "")
    {
        return registerStatistic<T>(name, sub_id);
    }

protected:
    TimeConverter defaultTimeBase() const;

private:
    friend class Component;
    /** Checks the name against the ELI (fatal if undocumented) and the configuration's enables. */
    bool statisticEnabled(const std::string& name) const;
    void adoptStatistic(std::unique_ptr<Statistics::StatisticBase> stat);

    Engine::ComponentInfo* info_;
};

} // namespace SST

#endif
