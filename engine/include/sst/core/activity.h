// SPDX-License-Identifier: BSD-3-Clause
// Anything in the time-ordered queue: events, clock ticks, actions. Activities run in order of
// (delivery time, priority, order tag, queue order), as in SST Core.
#ifndef SST_CORE_ACTIVITY_H
#define SST_CORE_ACTIVITY_H

#include "sst/core/mempool.h"
#include "sst/core/output.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"
#include "sst/core/warnmacros.h"

#include <cstdint>
#include <sstream>
#include <string>

// Priorities of SST Core: lower runs first among activities of the same time.
#define THREADSYNCPRIORITY          20
#define SYNCPRIORITY                25
#define STOPACTIONPRIORITY          30
#define CLOCKPRIORITY               40
#define EVENTPRIORITY               50
#define MEMEVENTPRIORITY            50
#define BARRIERPRIORITY             75
#define ONESHOTPRIORITY             80
#define STATISTICCLOCKPRIORITY      85
#define FINALEVENTPRIORITY          98
#define EXITPRIORITY                99
#define INTROSPECTPRIORITY          STATISTICCLOCKPRIORITY
#define CHECKPOINTPRIORITY          22
#define REALTIMEPRIORITY            23
#define INTERACTIVEPRIOIRTY         24

namespace SST {

class Activity : public Core::MemPoolItem
{
public:
    Activity() = default;
    ~Activity() override = default;

    /** Orders activities: by time (T), then priority and order tag (P), then queue order (Q). */
    template <bool T, bool P, bool Q>
    class less
    {
    public:
        bool operator()(const Activity* lhs, const Activity* rhs) const
        {
            if ( T && lhs->delivery_time != rhs->delivery_time ) return lhs->delivery_time < rhs->delivery_time;
            if ( P && lhs->priority_order != rhs->priority_order ) return lhs->priority_order < rhs->priority_order;
            return Q && lhs->queue_order < rhs->queue_order;
        }
    };
    template <bool T, bool P, bool Q>
    class greater
    {
    public:
        bool operator()(const Activity* lhs, const Activity* rhs) const
        {
            if ( T && lhs->delivery_time != rhs->delivery_time ) return lhs->delivery_time > rhs->delivery_time;
            if ( P && lhs->priority_order != rhs->priority_order ) return lhs->priority_order > rhs->priority_order;
            return Q && lhs->queue_order > rhs->queue_order;
        }
    };

    virtual void execute() = 0;

    void      setDeliveryTime(SimTime_t time) { delivery_time = time; }
    SimTime_t getDeliveryTime() const { return delivery_time; }
    int       getPriority() const { return static_cast<int>(priority_order >> 32); }
    void      setOrderTag(uint32_t tag) { priority_order = (priority_order & 0xFFFFFFFF00000000ul) | tag; }
    uint32_t  getOrderTag() const { return static_cast<uint32_t>(priority_order & 0xFFFFFFFFul); }
    uint64_t  getQueueOrder() const { return queue_order; }
    void      setQueueOrder(uint64_t order) { queue_order = order; }
    /** (priority << 32) | order tag: the second key of the queue order. */
    uint64_t  getPriorityOrder() const { return priority_order; }

    virtual bool isEvent() const  = 0;
    virtual bool isAction() const = 0;

    std::string toString() const override
    {
        std::stringstream buf;
        buf << cls_name() << " to be delivered at " << getDeliveryTimeInfo();
        return buf.str();
    }

    virtual void copyAllDeliveryInfo(const Activity* act)
    {
        delivery_time  = act->delivery_time;
        priority_order = act->priority_order;
        queue_order    = act->queue_order;
    }

protected:
    void setPriority(uint64_t priority) { priority_order = (priority_order & 0x00000000FFFFFFFFul) | (priority << 32); }
    std::string getDeliveryTimeInfo() const
    {
        std::stringstream buf;
        buf << "time: " << delivery_time << ", priority: " << getPriority() << ", order tag: " << getOrderTag()
            << ", queue order: " << getQueueOrder();
        return buf.str();
    }
    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(delivery_time);
        SST_SER(priority_order);
        SST_SER(queue_order);
    }
    ImplementVirtualSerializable(SST::Activity)

private:
    SimTime_t delivery_time  = 0;
    uint64_t  priority_order = 0;
    uint64_t  queue_order    = 0;
};

} // namespace SST

#endif
