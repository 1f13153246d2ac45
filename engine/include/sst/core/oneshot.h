// SPDX-License-Identifier: BSD-3-Clause
// SST Core 16 keeps OneShot as a name only (its handler types); components schedule
// one-time work with a self link instead.
#ifndef SST_CORE_ONESHOT_H
#define SST_CORE_ONESHOT_H

#include "sst/core/action.h"
#include "sst/core/ssthandler.h"

namespace SST {

class TimeConverter;

class OneShot : public Action
{
public:
    using HandlerBase = SSTHandlerBase<void, void>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler = SSTHandler<void, void, classT, dataT, funcT>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler2 [[deprecated("The name Handler2 has been deprecated and will be removed in SST 17. Please "
                                "rename Handler2 to Handler.")]] = SSTHandler<void, void, classT, dataT, funcT>;

    OneShot(TimeConverter* UNUSED(timeDelay), int UNUSED(priority) = ONESHOTPRIORITY) {}
    ~OneShot() override = default;
    void registerHandler(OneShot::HandlerBase* UNUSED(handler)) {}

private:
    void execute() override {}
    ImplementVirtualSerializable(SST::OneShot)
};

} // namespace SST

#endif
