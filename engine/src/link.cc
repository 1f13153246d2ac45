// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/link.h"

#include "simulation.h"

#include <memory>

namespace SST {

Link::Link(Engine::Simulation& sim, LinkId_t id, std::string name) : sim_(sim), id_(id), name_(std::move(name)) {}

Link::~Link()
{
    for ( auto* q : { &polled_, &untimed_, &untimed_next_ } )
        for ( Event* e : *q )
            delete e;
}

void Link::send(SimTime_t delay, TimeConverter tc, Event* event)
{
    if ( !event ) sim_.output().fatal(CALL_INFO, 1, "link '%s': send() of a null event\n", name_.c_str());
    if ( delay && !tc.isInitialized() )
        sim_.output().fatal(CALL_INFO, 1,
                            "link '%s': send() with a delay on a link without a time base "
                            "(pass one to configureLink or register a clock first)\n",
                            name_.c_str());
    if ( sim_.serializeEvents() ) {
        // What crossing an MPI rank would do: a field left out of serialize_order() is lost here too.
        auto copy = Core::Serialization::unpack(Core::Serialization::pack(*event));
        delete event;
        event = dynamic_cast<Event*>(copy.release());
    }
    const SimTime_t time  = sim_.now() + latency_ + tc.convertToCoreTime(delay);
    event->delivery_link_ = pair_;
    event->setDeliveryTime(time);
    sim_.schedule(event, time, pair_->order_tag_);
}

void Link::send(SimTime_t delay, Event* event) { send(delay, default_tb_, event); }

void Link::deliverEvent(Event* event)
{
    if ( handler_ )
        (*handler_)(event);
    else
        polled_.push_back(event);
}

Event* Link::recv()
{
    if ( polled_.empty() ) return nullptr;
    Event* e = polled_.front();
    polled_.pop_front();
    return e;
}

void Link::sendUntimedData(Event* data)
{
    pair_->untimed_next_.push_back(data);
    sim_.untimedDataSent();
}

Event* Link::recvUntimedData()
{
    if ( untimed_.empty() ) return nullptr;
    Event* e = untimed_.front();
    untimed_.pop_front();
    return e;
}

void Link::publishUntimed()
{
    for ( Event* e : untimed_ ) // not read in its phase: dropped, as in SST
        delete e;
    untimed_.clear();
    untimed_.swap(untimed_next_);
}

void Link::clearUntimed()
{
    publishUntimed();
    publishUntimed();
}

void Link::addSendLatency(int cycles, const std::string& timebase)
{
    addSendLatency(static_cast<SimTime_t>(cycles), sim_.timeConverter(timebase));
}
void Link::addSendLatency(SimTime_t cycles, TimeConverter timebase) { latency_ += timebase.convertToCoreTime(cycles); }
void Link::addRecvLatency(int cycles, const std::string& timebase) { pair_->addSendLatency(cycles, timebase); }
void Link::addRecvLatency(SimTime_t cycles, TimeConverter timebase) { pair_->addSendLatency(cycles, timebase); }

} // namespace SST
