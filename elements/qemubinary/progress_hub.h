// SPDX-License-Identifier: BSD-3-Clause
// Which bridges in this process wait for SST to advance, and until when.
//
// A bridge whose guest runs holds SST back at the guest's last reported time
// (its promise); it asks its QEMU to report again once the guest reaches a
// target. With nobody waiting that target can be far ahead (one report per
// max_sync_quantum); when another bridge's guest waits for SST to reach time
// t, the target becomes t, so that the waiting guest goes on as soon as every
// running guest has passed t. Only a hint for how often to ask: it changes
// wall-clock time, never what is simulated. Process-wide (a real SST may run
// the bridges on several threads); across MPI ranks SST's own sync applies.
#ifndef ELEMENTS_QEMUBINARY_PROGRESS_HUB_H
#define ELEMENTS_QEMUBINARY_PROGRESS_HUB_H

#include "unique_fd.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace qemubinary {

class ProgressHub
{
public:
    /** One bridge's place in the hub, for as long as it exists. */
    class Member
    {
    public:
        Member();
        ~Member();
        Member(const Member&)            = delete;
        Member& operator=(const Member&) = delete;

        /** This bridge's guest waits until SST reaches `t_ps` (nullopt: it does not wait).
         *  Wakes the other members when the earliest wait gets earlier. */
        void waitsUntil(std::optional<uint64_t> t_ps);
        /** The earliest time another member's guest waits for. */
        std::optional<uint64_t> othersWaitUntil() const;
        /** While it sleeps waiting for its guest's report (only then is it woken):
         *  wakeFd() is readable when another member started waiting; drain() clears it. */
        void sleeping(bool yes);
        int  wakeFd() const { return wake_.get(); }
        void drain() const;

    private:
        UniqueFd                wake_;
        std::atomic<uint64_t>   waits_until_{ UINT64_MAX }; // UINT64_MAX: not waiting
        std::atomic<bool>       sleeping_{ false };
        static std::atomic<int> sleepers_; // members sleeping, in the whole process
    };
};

} // namespace qemubinary

#endif
