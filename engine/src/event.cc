#include "sst/core/event.h"

#include "sst/core/link.h"
#include "sst/core/output.h"

#include "simulation.h"

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

UnitAlgebra TimeConverter::getPeriod() const
{
    return Engine::Simulation::current() ? Engine::Simulation::current()->coreTimeBase() * static_cast<long double>(factor_)
                                         : UnitAlgebra("1ps") * static_cast<long double>(factor_);
}

} // namespace SST
