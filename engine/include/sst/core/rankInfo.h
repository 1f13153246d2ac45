// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_RANKINFO_H
#define SST_CORE_RANKINFO_H

#include "sst/core/serialization/serializable.h"

#include <cstdint>

namespace SST {

/** A rank and a thread (the embedded engine runs rank 0, thread 0, of one of each). */
class RankInfo : public Core::Serialization::serializable
{
public:
    static const uint32_t UNASSIGNED = static_cast<uint32_t>(-1);
    uint32_t              rank       = UNASSIGNED;
    uint32_t              thread     = UNASSIGNED;

    RankInfo(uint32_t rank, uint32_t thread) : rank(rank), thread(thread) {}
    RankInfo() = default;

    bool isAssigned() const { return rank != UNASSIGNED && thread != UNASSIGNED; }
    bool inRange(const RankInfo& other) const { return rank > other.rank && thread > other.thread; }
    bool operator==(const RankInfo& other) const { return rank == other.rank && thread == other.thread; }
    bool operator!=(const RankInfo& other) const { return !(*this == other); }
    bool operator<(const RankInfo& other) const
    {
        return rank == other.rank ? thread < other.thread : rank < other.rank;
    }
    bool operator<=(const RankInfo& other) const { return !(other < *this); }
    bool operator>(const RankInfo& other) const { return other < *this; }
    bool operator>=(const RankInfo& other) const { return !(*this < other); }

    void serialize_order(Core::Serialization::serializer& ser) override
    {
        SST_SER(rank);
        SST_SER(thread);
    }
    ImplementSerializable(SST::RankInfo)
};

} // namespace SST

#endif
