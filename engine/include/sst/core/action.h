// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ACTION_H
#define SST_CORE_ACTION_H

#include "sst/core/activity.h"
#include "sst/core/output.h"

namespace SST {

/** An activity the core itself schedules (a clock tick, the stop or exit of the run). */
class Action : public Activity
{
public:
    Action() = default;
    ~Action() override = default;

    bool isEvent() const override final { return false; }
    bool isAction() const override final { return true; }

protected:
    /** Ends the simulation at the current time (what a StopAction does). */
    void endSimulation();
    void endSimulation(SimTime_t end);

    void serialize_order(Core::Serialization::serializer& ser) override { Activity::serialize_order(ser); }
    ImplementVirtualSerializable(SST::Action)
};

} // namespace SST

#endif
