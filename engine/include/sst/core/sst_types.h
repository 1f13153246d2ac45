// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SST_TYPES_H
#define SST_CORE_SST_TYPES_H

#include <cstdint>
#include <limits>

namespace SST {

using ComponentId_t = uint64_t;
using StatisticId_t = uint64_t;
using LinkId_t      = uint64_t;
using HandlerId_t   = uint64_t;
using Cycle_t       = uint64_t;
using SimTime_t     = uint64_t;
using Time_t        = double;

static constexpr SimTime_t MAX_SIMTIME_T = std::numeric_limits<SimTime_t>::max();

} // namespace SST

#ifndef UNUSED
#define UNUSED(x) x __attribute__((unused))
#endif

#endif
