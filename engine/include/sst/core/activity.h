// SPDX-License-Identifier: BSD-3-Clause
// Anything that sits in the time-ordered queue: events, clock ticks.
// Order is (delivery time, priority, order tag, insertion order), as in SST Core (time_vortex.h).
#ifndef SST_CORE_ACTIVITY_H
#define SST_CORE_ACTIVITY_H

#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"

// Priorities of SST Core, as the macros it defines: lower runs first among activities of the same time.
#define THREADSYNCPRIORITY     20
#define SYNCPRIORITY           25
#define STOPACTIONPRIORITY     30
#define CLOCKPRIORITY          40
#define EVENTPRIORITY          50
#define MEMEVENTPRIORITY       50
#define BARRIERPRIORITY        75
#define ONESHOTPRIORITY        80
#define STATISTICCLOCKPRIORITY 85
#define FINALEVENTPRIORITY     98
#define EXITPRIORITY           99

namespace SST {

class Activity : public Core::Serialization::serializable
{
public:
    ~Activity() override = default;

    /** Runs the activity at its delivery time. For use by the engine. */
    virtual void execute() = 0;

    SimTime_t getDeliveryTime() const { return delivery_time_; }
    int       getPriority() const { return priority_; }
    void      setDeliveryTime(SimTime_t t) { delivery_time_ = t; }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(delivery_time_);
        SST_SER(priority_);
    }

protected:
    void setPriority(uint64_t priority) { priority_ = static_cast<int>(priority); }

private:
    SimTime_t delivery_time_ = 0;
    int       priority_      = EVENTPRIORITY;
};

} // namespace SST

#endif
