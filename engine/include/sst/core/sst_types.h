// SPDX-License-Identifier: BSD-3-Clause
// Core types and the component id layout of SST Core 16: a component's id in the low 32 bits,
// a SubComponent's index in the next 16, and the top bit for SubComponents a component
// loads itself (anonymous ones).
#ifndef SST_CORE_SST_TYPES_H
#define SST_CORE_SST_TYPES_H

#include "sst/core/util/bit_util.h"
#include "sst/core/warnmacros.h"

#include <cassert>
#include <cinttypes>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <utility>

namespace SST {

using ComponentId_t  = uint64_t;
using StatisticId_t  = uint64_t;
using LinkId_t       = uint64_t;
using HandlerId_t    = uint64_t;
using Cycle_t        = uint64_t;
using SimTime_t      = uint64_t;
using Time_t         = double;
using PortModuleId_t = std::pair<std::string, size_t>;

#define PRI_SIMTIME PRIu64

static constexpr StatisticId_t STATALL_ID         = std::numeric_limits<StatisticId_t>::max();
constexpr SimTime_t            MAX_SIMTIME_T      = bit_util::type_max<SimTime_t>;
constexpr ComponentId_t        UNSET_COMPONENT_ID = bit_util::type_max<ComponentId_t>;
constexpr StatisticId_t        UNSET_STATISTIC_ID = bit_util::type_max<StatisticId_t>;

constexpr size_t COMPONENT_ID_BITS        = 32;
constexpr size_t SUBCOMPONENT_ID_BITS     = 16;
constexpr size_t CONFIG_COMPONENT_ID_BITS = COMPONENT_ID_BITS + SUBCOMPONENT_ID_BITS;

inline ComponentId_t COMPONENT_ID_MASK(ComponentId_t id) { return id & bit_util::lower_mask<ComponentId_t, COMPONENT_ID_BITS>; }
inline ComponentId_t SUBCOMPONENT_ID_MASK(ComponentId_t id)
{
    return (id >> COMPONENT_ID_BITS) & bit_util::lower_mask<ComponentId_t, SUBCOMPONENT_ID_BITS>;
}
inline ComponentId_t SUBCOMPONENT_ID_CREATE(ComponentId_t comp, ComponentId_t sub) { return (sub << COMPONENT_ID_BITS) | comp; }
inline ComponentId_t CONFIG_COMPONENT_ID_MASK(ComponentId_t id)
{
    return id & bit_util::lower_mask<ComponentId_t, CONFIG_COMPONENT_ID_BITS>;
}
inline StatisticId_t STATISTIC_ID_CREATE(ComponentId_t comp, StatisticId_t stat)
{
    return (stat << CONFIG_COMPONENT_ID_BITS) | comp;
}
inline bool COMPDEFINED_SUBCOMPONENT_ID_MASK(ComponentId_t id) { return id >> (sizeof(ComponentId_t) * 8 - 1); }
inline ComponentId_t COMPDEFINED_SUBCOMPONENT_ID_CREATE(ComponentId_t comp, ComponentId_t sub)
{
    return (sub << COMPONENT_ID_BITS) | comp | bit_util::upper_mask<ComponentId_t, 1>;
}

#ifndef LIKELY
#define LIKELY(x)   __builtin_expect((int)(x), 1)
#define UNLIKELY(x) __builtin_expect((int)(x), 0)
#endif

enum class SimulationRunMode { UNKNOWN, INIT, RUN, BOTH };
std::ostream& operator<<(std::ostream& os, const SimulationRunMode& mode);

/** Describes what a profiling tool is attached to (subclassed per kind of attach point). */
struct AttachPointMetaData
{
    AttachPointMetaData()          = default;
    virtual ~AttachPointMetaData() = default;
};

} // namespace SST

#endif
