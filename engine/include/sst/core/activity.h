// Anything that sits in the time-ordered queue: events, clock ticks.
// Order is (delivery time, priority, insertion order), as in SST Core.
#ifndef SST_CORE_ACTIVITY_H
#define SST_CORE_ACTIVITY_H

#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"

namespace SST {

// Priorities of SST Core: lower runs first among activities of the same time.
constexpr int THREADSYNCPRIORITY      = 20;
constexpr int SYNCPRIORITY            = 25;
constexpr int STOPACTIONPRIORITY      = 30;
constexpr int CLOCKPRIORITY           = 40;
constexpr int EVENTPRIORITY           = 50;
constexpr int MEMEVENTPRIORITY        = 50;
constexpr int BARRIERPRIORITY         = 75;
constexpr int ONESHOTPRIORITY         = 80;
constexpr int STATISTICCLOCKPRIORITY  = 85;
constexpr int FINALEVENTPRIORITY      = 98;
constexpr int EXITPRIORITY            = 99;

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
    void setPriority(int priority) { priority_ = priority; }

private:
    SimTime_t delivery_time_ = 0;
    int       priority_      = EVENTPRIORITY;
};

} // namespace SST

#endif
