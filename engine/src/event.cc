// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/event.h"

#include "sst/core/link.h"
#include "sst/core/output.h"

#include "simulation.h"

#include <stdexcept>
#include <string>

namespace SST {

void Event::execute() { delivery_link_->deliverEvent(this); }

Event* Event::clone()
{
    Output::getDefaultObject().fatal(CALL_INFO, 1, "event type %s does not implement clone()\n", cls_name());
}

Event::id_type Event::generateUniqueId()
{
    static uint64_t next = 0;
    return { next++, 0 };
}

namespace {
Engine::Simulation& simulationFor(const char* what)
{
    Engine::Simulation* sim = Engine::Simulation::current();
    if ( !sim ) throw std::logic_error(std::string("TimeConverter(") + what + ") needs a running simulation");
    return *sim;
}

/** The engine's converter for a time base; a bad one throws naming it (the engine adds the component). */
template <typename Time>
TimeConverter convert(const Time& time, const std::string& text)
{
    try {
        return simulationFor(text.c_str()).timeConverter(UnitAlgebra(time));
    }
    catch ( const std::exception& e ) { // ConfigError, UnitAlgebra's exceptions
        throw std::invalid_argument("time base '" + text + "': " + e.what());
    }
}
} // namespace

TimeConverter::TimeConverter(const std::string& time) : TimeConverter(convert(time, time)) {}
TimeConverter::TimeConverter(const UnitAlgebra& time) : TimeConverter(convert(time, time.toString())) {}

UnitAlgebra TimeConverter::getPeriod() const
{
    return Engine::Simulation::current() ? Engine::Simulation::current()->coreTimeBase() * static_cast<long double>(factor_)
                                         : UnitAlgebra("1ps") * static_cast<long double>(factor_);
}

} // namespace SST
