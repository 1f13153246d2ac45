// SPDX-License-Identifier: BSD-3-Clause
// One end of a connection between two ports. An event sent on a link arrives at the other end
// after the link's latency plus the delay given to send(); its handler runs then (or, on a
// polling link, recv() returns it). Untimed data goes between init()/complete() phases.
#ifndef SST_CORE_LINK_H
#define SST_CORE_LINK_H

#include "sst/core/event.h"
#include "sst/core/serialization/serializer.h"
#include "sst/core/sst_types.h"
#include "sst/core/timeConverter.h"

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace SST {

class BaseComponent;
class ComponentInfo;
class Link;

namespace Engine {
class Simulation;
} // namespace Engine

namespace Core::Serialization {
template <>
class serialize_impl<Link*>
{
    void operator()(Link*& s, serializer& ser, ser_opt_t options);
    SST_FRIEND_SERIALIZE();
};
} // namespace Core::Serialization

class alignas(64) Link
{
public:
    /** A tool that sees (and may replace or drop, by setting ev to nullptr) every event sent. */
    class AttachPoint
    {
    public:
        virtual uintptr_t registerLinkAttachTool(const AttachPointMetaData& mdata) = 0;
        virtual void      eventSent(uintptr_t key, Event*& ev)                     = 0;
        virtual void      serializeEventAttachPointKey(Core::Serialization::serializer& ser, uintptr_t& key);
        virtual ~AttachPoint() = default;
    };

    ~Link();
    Link(const Link&)            = delete;
    Link& operator=(const Link&) = delete;

    /** Extra latency on this end's sends. */
    void addSendLatency(int cycles, const std::string& timebase);
    void addSendLatency(SimTime_t cycles, TimeConverter timebase);
    /** Extra latency on what this end receives (the other end's sends). */
    void addRecvLatency(int cycles, const std::string& timebase);
    void addRecvLatency(SimTime_t cycles, TimeConverter timebase);

    void                setFunctor(Event::HandlerBase* functor);
    void                replaceFunctor(Event::HandlerBase* functor);
    Event::HandlerBase* getFunctor();

    void send(SimTime_t delay, TimeConverter tc, Event* event) { send_impl(tc.convertToCoreTime(delay), event); }
    void send(SimTime_t delay, Event* event) { send_impl(delay * defaultTimeBase, event); }
    void send(Event* event) { send_impl(0, event); }

    /** A polling link's next arrived event, or nullptr. */
    Event* recv();

    void          setDefaultTimeBase(TimeConverter tc);
    TimeConverter getDefaultTimeBase();
    LinkId_t      getId() { return id; }

    void   sendUntimedData(Event* data);
    Event* recvUntimedData();
    [[deprecated("use sendUntimedData")]] void sendInitData(Event* data) { sendUntimedData(data); }
    [[deprecated("use recvUntimedData")]] Event* recvInitData() { return recvUntimedData(); }

    bool isConfigured() { return type != UNINITIALIZED; }

protected:
    Link();
    explicit Link(LinkId_t id);

    void      setDeliveryInfo(uintptr_t info) { delivery_info = info; }
    // As SST Core: a SelfLink keeps its tag (the largest), so what a component sends itself comes
    // after what other components send it at the same time and priority.
    void      setTag(uint32_t new_tag)
    {
        if ( tag != 0xffffffffu ) pair_link->tag = new_tag;
    }
    SimTime_t getLatency() { return latency; }
    uintptr_t getDeliveryInfo() { return delivery_info; }
    Link*     getPairLink() { return pair_link; }
    void      send_impl(SimTime_t delay, Event* event);

    uintptr_t delivery_info   = 0; // the handler, or the polling queue
    SimTime_t defaultTimeBase = 0;
    SimTime_t latency         = 1;
    Link*     pair_link       = nullptr;

private:
    friend class BaseComponent;
    friend class ComponentInfo;
    friend class Engine::Simulation;
    friend class Core::Serialization::serialize_impl<Link*>;

    enum Type_t : uint16_t { POLL, HANDLER, SYNC, UNINITIALIZED };
    enum Mode_t : uint8_t { INIT, RUN, COMPLETE };

    void setPolling();
    void setLatency(Cycle_t lat) { latency = lat; }
    void setDefaultTimeBase(SimTime_t factor) { defaultTimeBase = factor; }
    void resetDefaultTimeBase() { defaultTimeBase = 0; }
    void finalizeConfiguration();
    void prepareForComplete();
    void attachTool(AttachPoint* tool, const AttachPointMetaData& mdata);
    void detachTool(AttachPoint* tool);
    void deliver(Event* event);

    Type_t                                   type = UNINITIALIZED;
    Mode_t                                   mode = INIT;
    uint32_t                                 tag  = 0xffffffffu;
    LinkId_t                                 id   = 0;
    std::vector<std::pair<AttachPoint*, uintptr_t>> tools_;
    std::deque<Event*>                       polled_;
    std::deque<Event*>                       untimed_;      // sent to this end; each readable from its phase on
    std::string                              name_;         // the configuration's link name (for messages)
};

/** A link whose two ends are the same (configureSelfLink). */
class SelfLink : public Link
{
public:
    SelfLink() : Link()
    {
        pair_link = this;
        latency   = 0;
    }
};

} // namespace SST

#endif
