// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_EVENT_H
#define SST_CORE_EVENT_H

#include "sst/core/activity.h"
#include "sst/core/ssthandler.h"
#include "sst/core/sst_types.h"

#include <cstdint>
#include <utility>

namespace SST {

class Link;

/** Base class of everything sent over links. The receiver owns a delivered event. */
class Event : public Activity
{
public:
    using id_type = std::pair<uint64_t, int>;
    static constexpr id_type NO_ID{ 0, -1 };

    Event() { setPriority(EVENTPRIORITY); }
    ~Event() override = default;

    void execute() override;

    /** Copies the event; types that are broadcast must override it. */
    virtual Event* clone();

    using HandlerBase = SSTHandlerBase<void, Event*>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler = SSTHandler2<void, Event*, classT, dataT, funcT>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler2 [[deprecated("use Event::Handler")]] = SSTHandler2<void, Event*, classT, dataT, funcT>;

    void serialize_order(Core::Serialization::serializer& ser) override { Activity::serialize_order(ser); }

protected:
    /** An id unique within the simulation (rank 0 here). */
    id_type generateUniqueId();

private:
    friend class Link;
    Link* delivery_link_ = nullptr;
};

} // namespace SST

#endif
