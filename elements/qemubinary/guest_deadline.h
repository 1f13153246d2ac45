// SPDX-License-Identifier: BSD-3-Clause
// When must a running guest next stop for SST? The bridge's answer, per the
// announcements of its devices (conservative PDES lookahead, docs/timing.md).
//
// Each device tells the bridge, over its link, the earliest time at which it
// may send something unsolicited (an interrupt, a DMA request): a
// cosim::QuietUntilEvent. The guest's deadline is the earliest of those, as
// they arrive at the bridge. A device the bridge has sent something to since
// its last announcement may react to it; until its next announcement it is
// assumed to react at once (its answer comes one link latency later). A
// device that never announces may send at any time: the guest then stops on
// the sync_quantum grid, as it would without any of this.
//
// Pure logic on picosecond times, so that it is unit tested without SST or QEMU.
#ifndef ELEMENTS_QEMUBINARY_GUEST_DEADLINE_H
#define ELEMENTS_QEMUBINARY_GUEST_DEADLINE_H

#include <cstddef>
#include <deque>
#include <utility>
#include <cstdint>
#include <optional>
#include <vector>

namespace qemubinary {

class GuestDeadline
{
public:
    static constexpr uint64_t NEVER = UINT64_MAX;

    /** `ports` devices; `grid_ps`: the sync_quantum the guest stops on for a device that gave no bound. */
    GuestDeadline(size_t ports, uint64_t grid_ps);

    /** Port `port`'s device, at its time `sent_ps`, having handled the bridge's events up to
     *  number `seen_seq`, promised nothing unsolicited before its time `until_ps` (NEVER: not
     *  until it is sent something); it arrived now, at `arrived_ps`. */
    void announced(size_t port, uint64_t sent_ps, uint64_t until_ps, uint64_t seen_seq, uint64_t arrived_ps);
    /** Port `port`'s device never sends anything unsolicited. */
    void passive(size_t port);
    /** The bridge sends the device on `port` an event at `now_ps`: it may react. Returns the
     *  event's number on that link (its seq). */
    uint64_t sentTo(size_t port, uint64_t now_ps);
    /** The number of the last event sent to `port` (for one that cannot make the device act). */
    uint64_t lastSentTo(size_t port) const { return ports_.at(port).sent_seq; }

    /** The guest's deadline, computed at `now_ps`: no device's unsolicited event reaches the
     *  bridge before it. `settled`: every event due at now_ps has been delivered already
     *  (the bridge answers a SYNC last at its time), so a bound of now_ps has passed.
     *  Always > now_ps when settled, >= now_ps otherwise; NEVER if nothing can come. */
    uint64_t at(uint64_t now_ps, bool settled) const;

    /** The first grid point after now_ps. */
    uint64_t gridAfter(uint64_t now_ps) const { return (now_ps / grid_ps_ + 1) * grid_ps_; }

private:
    struct Port
    {
        bool                    announced = false;
        bool                    passive   = false;
        uint64_t                until     = 0;     // at the bridge; NEVER
        uint64_t                sent_seq  = 0;     // events sent to it
        std::deque<std::pair<uint64_t, uint64_t>> unseen; // (seq, time sent) it has not announced since
        std::optional<uint64_t> latency;           // device -> bridge, from its announcements
    };
    std::vector<Port> ports_;
    uint64_t          grid_ps_;
};

} // namespace qemubinary

#endif
