// SPDX-License-Identifier: BSD-3-Clause
#include "guest_deadline.h"

#include <algorithm>

namespace qemubinary {

GuestDeadline::GuestDeadline(size_t ports, uint64_t grid_ps) : ports_(ports), grid_ps_(std::max<uint64_t>(1, grid_ps)) {}

void GuestDeadline::announced(size_t port, uint64_t sent_ps, uint64_t until_ps, uint64_t seen_seq, uint64_t arrived_ps)
{
    Port&          p       = ports_.at(port);
    const uint64_t latency = arrived_ps >= sent_ps ? arrived_ps - sent_ps : 0;
    p.announced            = true;
    p.latency              = latency;
    while ( !p.unseen.empty() && p.unseen.front().first <= seen_seq )
        p.unseen.pop_front();
    // The bound as seen at the bridge: the device's time plus the way here.
    p.until = until_ps == NEVER ? NEVER : until_ps + latency;
}

void GuestDeadline::passive(size_t port)
{
    Port& p   = ports_.at(port);
    p.passive = true;
    p.unseen.clear();
}

uint64_t GuestDeadline::sentTo(size_t port, uint64_t now_ps)
{
    Port& p = ports_.at(port);
    ++p.sent_seq;
    if ( !p.passive ) p.unseen.emplace_back(p.sent_seq, now_ps);
    return p.sent_seq;
}

uint64_t GuestDeadline::at(uint64_t now_ps, bool settled) const
{
    // A bound already passed is news the device owed and did not give: treat it as no bound.
    const uint64_t earliest = settled ? now_ps + 1 : now_ps;
    uint64_t       deadline = NEVER;
    for ( const Port& p : ports_ ) {
        uint64_t bound;
        if ( p.passive )
            continue;
        if ( !p.unseen.empty() && p.latency )
            // It gets what it has not seen yet no earlier than it was sent and may act at once:
            // that is here one link latency later (at least a tick, so that time moves on).
            bound = std::max(p.unseen.front().second + std::max<uint64_t>(*p.latency, 1), earliest);
        else if ( p.announced && p.unseen.empty() && p.until >= earliest )
            bound = p.until;
        else
            bound = gridAfter(now_ps);
        deadline = std::min(deadline, bound);
    }
    return deadline;
}

} // namespace qemubinary
