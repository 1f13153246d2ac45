// SPDX-License-Identifier: BSD-3-Clause
// A clock: one per period, shared by every handler registered at that period. Handlers run in
// registration order at each cycle (bool tick(Cycle_t)); a handler that returns true is removed.
#ifndef SST_CORE_CLOCK_H
#define SST_CORE_CLOCK_H

#include "sst/core/action.h"
#include "sst/core/ssthandler.h"
#include "sst/core/timeConverter.h"

#include <cinttypes>
#include <string>
#include <vector>

namespace SST {

class Clock : public Action
{
public:
    Clock(TimeConverter period, int priority = CLOCKPRIORITY);
    ~Clock() override = default; // handlers are owned by the components (the engine deletes them)

    using HandlerBase = SSTHandlerBase<bool, Cycle_t>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler = SSTHandler<bool, Cycle_t, classT, dataT, funcT>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler2 [[deprecated("The name Handler2 has been deprecated and will be removed in SST 17. Please "
                                "rename Handler2 to Handler.")]] = SSTHandler<bool, Cycle_t, classT, dataT, funcT>;

    void    schedule();
    Cycle_t getNextCycle();
    void    updateCurrentCycle();
    bool    registerHandler(Clock::HandlerBase* handler);
    bool    unregisterHandler(Clock::HandlerBase* handler, bool& empty);
    bool    isHandlerRegistered(Clock::HandlerBase* handler);
    std::string toString() const override;

private:
    Clock() = default;
    Clock(const Clock&)            = delete;
    Clock& operator=(const Clock&) = delete;
    void execute() override;
    void serialize_order(Core::Serialization::serializer& ser) override;

    Cycle_t                          currentCycle = 0;
    TimeConverter                    period;
    std::vector<Clock::HandlerBase*> staticHandlerMap;
    SimTime_t                        next      = 0;
    bool                             scheduled = false;
    bool                             executing = false;

    ImplementSerializable(SST::Clock)
};

/** What a tool attached to a clock handler is told about it. */
class ClockHandlerMetaData : public AttachPointMetaData
{
public:
    const ComponentId_t comp_id;
    const std::string   comp_name;
    const std::string   comp_type;

    ClockHandlerMetaData(ComponentId_t id, const std::string& cname, const std::string& ctype)
        : comp_id(id), comp_name(cname), comp_type(ctype)
    {}
    ~ClockHandlerMetaData() override = default;
};

} // namespace SST

#endif
