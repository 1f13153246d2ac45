// SPDX-License-Identifier: BSD-3-Clause
// Links, as SST Core moves events over them: an event sent on one end is delivered to the
// other end's handler (through the time-ordered queue) or, on a polling end, waits for recv().
// Untimed data (init/complete phases) is readable from the phase after the one it was sent in.
#include "sst/core/link.h"

#include "object_bytes.h"
#include "simulation.h"

#include <algorithm>

namespace SST {

namespace {
Engine::Simulation& sim() { return *Engine::Simulation::get(); }
} // namespace

/** What send(nullptr) sends, as SST Core's: its handler is called with nullptr, and it deletes itself. */
class NullEvent : public Event
{
public:
    NullEvent() = default;

    void execute() override
    {
        (*reinterpret_cast<HandlerBase*>(delivery_info))(nullptr);
        delete this;
    }

private:
    ImplementSerializable(SST::NullEvent)
};

Link::Link(LinkId_t id) : tag(0), id(id) {}

Link::Link() = default;

Link::~Link()
{
    // The engine owns the handler given to configureLink: it is kept in the pair's delivery_info,
    // and freed by whichever end goes first.
    if ( type == HANDLER && pair_link && pair_link->delivery_info ) {
        delete reinterpret_cast<Event::HandlerBase*>(pair_link->delivery_info);
        pair_link->delivery_info = 0;
    }
    if ( pair_link && pair_link != this && pair_link->type == HANDLER && delivery_info ) {
        delete reinterpret_cast<Event::HandlerBase*>(delivery_info);
        delivery_info = 0;
    }
    if ( pair_link && pair_link != this ) pair_link->pair_link = nullptr;
    for ( Event* e : polled_ )
        delete e;
    for ( Event* e : untimed_ )
        delete e;
}

void Link::finalizeConfiguration()
{
    mode = RUN;
    // Untimed data nobody read is dropped, as in SST Core.
    for ( Event* e : untimed_ )
        delete e;
    untimed_.clear();
}

void Link::prepareForComplete()
{
    mode = COMPLETE;
    for ( Event* e : polled_ )
        delete e;
    polled_.clear();
}

void Link::setPolling() { type = POLL; }

void Link::addSendLatency(int cycles, const std::string& timebase)
{
    latency += static_cast<SimTime_t>(cycles) * sim().timeLord().getSimCycles(timebase, "addOutputLatency");
}
void Link::addSendLatency(SimTime_t cycles, TimeConverter timebase) { latency += timebase.convertToCoreTime(cycles); }
void Link::addRecvLatency(int cycles, const std::string& timebase)
{
    pair_link->latency += static_cast<SimTime_t>(cycles) * sim().timeLord().getSimCycles(timebase, "addOutputLatency");
}
void Link::addRecvLatency(SimTime_t cycles, TimeConverter timebase)
{
    pair_link->latency += timebase.convertToCoreTime(cycles);
}

void Link::setFunctor(Event::HandlerBase* functor)
{
    if ( type == POLL ) sim().output().fatal(CALL_INFO, 1, "Cannot call setFunctor on a Polling Link\n");
    type                     = HANDLER;
    pair_link->delivery_info = reinterpret_cast<uintptr_t>(functor);
}

void Link::replaceFunctor(Event::HandlerBase* functor)
{
    if ( type == POLL ) sim().output().fatal(CALL_INFO, 1, "Cannot call replaceFunctor on a Polling Link\n");
    type = HANDLER;
    if ( pair_link->delivery_info ) {
        auto* old = reinterpret_cast<Event::HandlerBase*>(pair_link->delivery_info);
        functor->transferAttachedToolInfo(old);
        delete old;
    }
    pair_link->delivery_info = reinterpret_cast<uintptr_t>(functor);
}

Event::HandlerBase* Link::getFunctor()
{
    if ( type == POLL ) return nullptr;
    return reinterpret_cast<Event::HandlerBase*>(pair_link->delivery_info);
}

void Link::send_impl(SimTime_t delay, Event* event)
{
    Engine::Simulation& s = sim();
    if ( mode != RUN ) {
        if ( mode == INIT )
            s.output().fatal(CALL_INFO, 1,
                             "ERROR: Trying to send or recv from link during initialization.  Send and Recv cannot be "
                             "called before setup.\n");
        s.output().fatal(CALL_INFO, 1, "ERROR: Trying to call send or recv during complete phase.");
    }
    if ( !event ) event = new NullEvent();
    if ( s.serializeEvents() ) {
        // What crossing an MPI rank does: a field serialize_order() leaves out is lost here too.
        auto copy = Engine::unpackObject(Engine::packObject(*event));
        delete event;
        event = dynamic_cast<Event*>(copy.release());
    }
    event->setDeliveryTime(s.getCurrentSimCycle() + delay + latency);
    event->setDeliveryInfo(tag, delivery_info);
    for ( auto& [tool, key] : tools_ ) {
        tool->eventSent(key, event);
        if ( !event ) return;
    }
    switch ( pair_link->type ) {
    case HANDLER:
        s.insertActivity(event->getDeliveryTime(), event);
        break;
    case POLL:
    {
        // In time order; events of the same time in the order they were sent.
        auto& q  = pair_link->polled_;
        auto  it = std::upper_bound(q.begin(), q.end(), event, [](const Event* a, const Event* b) {
            return a->getDeliveryTime() < b->getDeliveryTime();
        });
        q.insert(it, event);
        break;
    }
    default:
        s.output().fatal(CALL_INFO, 1,
                         "ERROR: an event was sent on link '%s' whose other end was never configured (its component "
                         "did not call configureLink for the port)\n",
                         name_.c_str());
    }
}

Event* Link::recv()
{
    if ( type != POLL )
        sim().output().fatal(CALL_INFO, 1,
                             "Cannot call recv on a Link with an event handler installed (non-polling link.\n");
    if ( polled_.empty() || polled_.front()->getDeliveryTime() > sim().getCurrentSimCycle() ) return nullptr;
    Event* e = polled_.front();
    polled_.pop_front();
    return e;
}

void Link::sendUntimedData(Event* data)
{
    Engine::Simulation& s = sim();
    if ( mode == RUN )
        s.output().fatal(CALL_INFO, 1,
                         "ERROR: Trying to call sendUntimedData/sendInitData or recvUntimedData/recvInitData during "
                         "the run phase.");
    s.untimedMessageSent();
    data->setDeliveryTime(s.untimedPhase() + 1);
    data->setDeliveryInfo(tag, delivery_info);
    pair_link->untimed_.push_back(data);
}

Event* Link::recvUntimedData()
{
    if ( untimed_.empty() || untimed_.front()->getDeliveryTime() > sim().untimedPhase() ) return nullptr;
    Event* e = untimed_.front();
    untimed_.pop_front();
    return e;
}

void Link::setDefaultTimeBase(TimeConverter tc) { defaultTimeBase = tc.getFactor(); }

TimeConverter Link::getDefaultTimeBase() { return TimeConverter(defaultTimeBase); }

void Link::attachTool(AttachPoint* tool, const AttachPointMetaData& mdata)
{
    uintptr_t key = tool->registerLinkAttachTool(mdata);
    tools_.emplace_back(tool, key);
}

void Link::detachTool(AttachPoint* tool)
{
    auto it = std::find_if(tools_.begin(), tools_.end(), [tool](auto& p) { return p.first == tool; });
    if ( it != tools_.end() ) tools_.erase(it);
}

void Link::deliver(Event* event)
{
    auto* handler = reinterpret_cast<Event::HandlerBase*>(event->delivery_info);
    (*handler)(event);
}

void Link::AttachPoint::serializeEventAttachPointKey(Core::Serialization::serializer& UNUSED(ser),
                                                     uintptr_t& UNUSED(key))
{}

void Core::Serialization::serialize_impl<Link*>::operator()(Link*& s, serializer& ser, ser_opt_t UNUSED(options))
{
    // Links are part of the simulation; only their id travels (checkpoints are not supported).
    LinkId_t id = s ? s->id : 0;
    ser.primitive(id);
    if ( ser.mode() == serializer::UNPACK ) s = nullptr;
}

} // namespace SST
