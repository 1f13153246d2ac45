// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_CLOCK_H
#define SST_CORE_CLOCK_H

#include "sst/core/ssthandler.h"
#include "sst/core/sst_types.h"

namespace SST {

/** Clock handlers: bool tick(Cycle_t cycle); returning true unregisters the handler. */
class Clock
{
public:
    using HandlerBase = SSTHandlerBase<bool, Cycle_t>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler = SSTHandler2<bool, Cycle_t, classT, dataT, funcT>;
    template <typename classT, auto funcT, typename dataT = void>
    using Handler2 [[deprecated("use Clock::Handler")]] = SSTHandler2<bool, Cycle_t, classT, dataT, funcT>;
};

} // namespace SST

#endif
