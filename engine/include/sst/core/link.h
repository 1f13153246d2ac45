// SPDX-License-Identifier: BSD-3-Clause
// One end of a connection between two ports. Events sent here arrive at the
// other end after the link's latency plus any extra delay given to send().
#ifndef SST_CORE_LINK_H
#define SST_CORE_LINK_H

#include "sst/core/event.h"
#include "sst/core/sst_types.h"
#include "sst/core/timeConverter.h"

#include <deque>
#include <memory>
#include <string>

namespace SST {

namespace Engine {
class Simulation;
}

class Link
{
public:
    ~Link();
    Link(const Link&)            = delete;
    Link& operator=(const Link&) = delete;

    /** Sends after latency + delay ticks of tc. */
    void send(SimTime_t delay, TimeConverter tc, Event* event);
    /** Sends after latency + delay ticks of the link's default time base. */
    void send(SimTime_t delay, Event* event);
    void send(Event* event) { send(0, event); }

    /** Polling links (no handler): the next event that has arrived, or nullptr. */
    Event* recv();

    /** Untimed data for init()/complete() phases. */
    void   sendUntimedData(Event* data);
    Event* recvUntimedData();
    [[deprecated("use sendUntimedData")]] void sendInitData(Event* data) { sendUntimedData(data); }
    [[deprecated("use recvUntimedData")]] Event* recvInitData() { return recvUntimedData(); }

    void          setDefaultTimeBase(TimeConverter tc) { default_tb_ = tc; }
    TimeConverter getDefaultTimeBase() const { return default_tb_; }
    void          addSendLatency(int cycles, const std::string& timebase);
    void          addSendLatency(SimTime_t cycles, TimeConverter timebase);
    void          addRecvLatency(int cycles, const std::string& timebase);
    void          addRecvLatency(SimTime_t cycles, TimeConverter timebase);
    void          setPolling() { polling_ = true; }
    LinkId_t      getId() const { return id_; }
    /** Latency of sends on this end, in core ticks. */
    SimTime_t     getLatency() const { return latency_; }

    /** Delivery, used by the engine when the event's time comes. */
    void deliverEvent(Event* event);

private:
    friend class Engine::Simulation;
    Link(Engine::Simulation& sim, LinkId_t id, std::string name);
    /** Makes untimed data sent in this phase readable in the next one. */
    void publishUntimed();
    void clearUntimed();

    Engine::Simulation&              sim_;
    LinkId_t                         id_;
    std::string                      name_;
    Link*                            pair_    = nullptr;
    SimTime_t                        latency_ = 0;
    TimeConverter                    default_tb_;
    std::unique_ptr<Event::HandlerBase> handler_;
    bool                             polling_ = false;
    bool                             configured_ = false;
    uint32_t                         order_tag_  = 0; // set by configureLink: ties among same-time events
    std::deque<Event*>               polled_;
    std::deque<Event*>               untimed_;      // readable in this phase
    std::deque<Event*>               untimed_next_; // sent in this phase
};

} // namespace SST

#endif
