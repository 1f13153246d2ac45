// SPDX-License-Identifier: BSD-3-Clause
// Base class of everything sent over links. The receiver of a delivered event owns it.
#ifndef SST_CORE_EVENT_H
#define SST_CORE_EVENT_H

#include "sst/core/activity.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/ssthandler.h"
#include "sst/core/sst_types.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

namespace SST {

class Link;
class NullEvent;

namespace Engine {
class Simulation;
}

class Event : public Activity
{
public:
    using HandlerBase = SSTHandlerBase<void, Event*>;
    /** new Event::Handler<Class, &Class::handle>(this), or with data: Handler<Class, &Class::h, int>(this, 3). */
    template <typename classT, auto funcT, typename dataT = void>
    using Handler = SSTHandler<void, Event*, classT, dataT, funcT>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler2 [[deprecated("The name Handler2 has been deprecated and will be removed in SST 17. Please "
                                "rename Handler2 to Handler.")]] = SSTHandler<void, Event*, classT, dataT, funcT>;

    /** Orders events by delivery link, then as activities. */
    class less
    {
    public:
        bool operator()(const Event* lhs, const Event* rhs) const
        {
            if ( lhs->delivery_info != rhs->delivery_info ) return lhs->delivery_info < rhs->delivery_info;
            return Activity::less<true, true, true>()(lhs, rhs);
        }
    };

    using id_type = std::pair<uint64_t, int>;
    static const id_type NO_ID;

    Event() { setPriority(EVENTPRIORITY); }
    ~Event() override = default;

    /** A copy of the event; event types that are broadcast must override it. */
    virtual Event* clone();

    bool isEvent() const override final { return true; }
    bool isAction() const override final { return false; }

    void copyAllDeliveryInfo(const Activity* act) override final
    {
        Activity::copyAllDeliveryInfo(act);
        delivery_info = static_cast<const Event*>(act)->delivery_info;
    }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        Activity::serialize_order(ser);
        SST_SER(delivery_info);
    }

protected:
    /** An id unique in the simulation: (counter, rank). */
    id_type generateUniqueId();

private:
    friend class Link;
    friend class NullEvent;
    friend class Engine::Simulation;

    void execute() override;
    void setDeliveryInfo(uint32_t order_tag, uintptr_t info)
    {
        setOrderTag(order_tag);
        delivery_info = info;
    }
    void  updateDeliveryInfo(uintptr_t info) { delivery_info = info; }
    Link* getDeliveryLink() { return reinterpret_cast<Link*>(delivery_info); }

    uintptr_t delivery_info = 0;

    ImplementVirtualSerializable(SST::Event)
};

/** An event without content. */
class EmptyEvent : public Event
{
public:
    EmptyEvent()  = default;
    ~EmptyEvent() override = default;

private:
    ImplementSerializable(SST::EmptyEvent)
};

/** What a tool attached to an event handler is told about it. */
class EventHandlerMetaData : public AttachPointMetaData
{
public:
    const ComponentId_t comp_id;
    const std::string   comp_name;
    const std::string   comp_type;
    const std::string   port_name;

    EventHandlerMetaData(ComponentId_t id, const std::string& cname, const std::string& ctype,
                         const std::string& pname)
        : comp_id(id), comp_name(cname), comp_type(ctype), port_name(pname)
    {}
    ~EventHandlerMetaData() override = default;
};

} // namespace SST

#endif
