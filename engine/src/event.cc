// SPDX-License-Identifier: BSD-3-Clause
// Events, actions and clocks: the activities of the time-ordered queue.
#include "sst/core/event.h"

#include "simulation.h"

#include "sst/core/action.h"
#include "sst/core/clock.h"

#include <atomic>
#include <sstream>

namespace SST {

const Event::id_type Event::NO_ID = std::make_pair(0, -1);

void Event::execute() { (*reinterpret_cast<HandlerBase*>(delivery_info))(this); }

Event* Event::clone()
{
    Engine::Simulation::get()->output().fatal(CALL_INFO, 1, "Called clone() on an Event that doesn't implement it.");
}

Event::id_type Event::generateUniqueId()
{
    static std::atomic<uint64_t> counter{ 0 };
    return std::make_pair(counter++, 0);
}

void Action::endSimulation() { Engine::Simulation::get()->endSimulation(); }

void Action::endSimulation(SimTime_t end) { Engine::Simulation::get()->endSimulation(end); }

Clock::Clock(TimeConverter period, int priority) : period(period) { setPriority(priority); }

bool Clock::registerHandler(Clock::HandlerBase* handler)
{
    staticHandlerMap.push_back(handler);
    if ( !scheduled ) schedule();
    return false;
}

bool Clock::unregisterHandler(Clock::HandlerBase* handler, bool& empty)
{
    for ( auto it = staticHandlerMap.begin(); it != staticHandlerMap.end(); ++it )
        if ( *it == handler ) {
            staticHandlerMap.erase(it);
            break;
        }
    empty = staticHandlerMap.empty();
    return false;
}

bool Clock::isHandlerRegistered(Clock::HandlerBase* handler)
{
    for ( auto* h : staticHandlerMap )
        if ( h == handler ) return true;
    return false;
}

Cycle_t Clock::getNextCycle()
{
    if ( !scheduled ) updateCurrentCycle();
    return currentCycle + 1;
}

void Clock::execute()
{
    Engine::Simulation* sim = Engine::Simulation::get();
    if ( staticHandlerMap.empty() ) {
        scheduled = false;
        return;
    }
    ++currentCycle;
    for ( auto it = staticHandlerMap.begin(); it != staticHandlerMap.end(); ) {
        if ( (**it)(currentCycle) )
            it = staticHandlerMap.erase(it);
        else
            ++it;
    }
    next = sim->getCurrentSimCycle() + period.getFactor();
    sim->insertActivity(next, this);
}

void Clock::schedule()
{
    Engine::Simulation* sim = Engine::Simulation::get();
    const SimTime_t     now = sim->getCurrentSimCycle();
    currentCycle            = now / period.getFactor();
    SimTime_t when          = currentCycle * period.getFactor() + period.getFactor();
    // Registered earlier in this time step than the clock would run: it ticks now.
    if ( sim->getCurrentPriority() < getPriority() && now != 0 && !sim->endSimRequested() &&
         now % period.getFactor() == 0 ) {
        when = now;
        --currentCycle;
    }
    sim->insertActivity(when, this);
    scheduled = true;
}

void Clock::updateCurrentCycle() { currentCycle = Engine::Simulation::get()->getCurrentSimCycle() / period.getFactor(); }

std::string Clock::toString() const
{
    std::stringstream buf;
    buf << "Clock Activity with period " << period.getFactor() << " to be delivered at " << getDeliveryTime()
        << " with priority " << getPriority() << " with " << staticHandlerMap.size() << " items on clock list";
    return buf.str();
}

void Clock::serialize_order(Core::Serialization::serializer& ser)
{
    Action::serialize_order(ser);
    SST_SER(currentCycle);
    SST_SER(period);
    SST_SER(next);
    SST_SER(scheduled);
}

} // namespace SST
