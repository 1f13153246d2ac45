// SPDX-License-Identifier: BSD-3-Clause
#include "progress_hub.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <sys/eventfd.h>
#include <vector>

namespace qemubinary {
namespace {

struct Registry
{
    std::mutex                        lock;
    std::vector<ProgressHub::Member*> members;
};

Registry& registry()
{
    static Registry r; // never destroyed before the bridges: they are components, gone before exit
    return r;
}

constexpr uint64_t kNone = UINT64_MAX;

} // namespace

ProgressHub::Member::Member() : wake_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if ( !wake_.valid() ) throw std::runtime_error("cannot create an eventfd for the bridge");
    std::lock_guard<std::mutex> g(registry().lock);
    registry().members.push_back(this);
}

ProgressHub::Member::~Member()
{
    std::lock_guard<std::mutex> g(registry().lock);
    auto&                       m = registry().members;
    m.erase(std::remove(m.begin(), m.end(), this), m.end());
}

void ProgressHub::Member::waitsUntil(std::optional<uint64_t> t_ps)
{
    // Every guest access comes here twice: no lock unless someone may need waking.
    const uint64_t t   = t_ps ? *t_ps : kNone;
    const uint64_t old = waits_until_.exchange(t, std::memory_order_acq_rel);
    if ( t >= old || sleepers_.load(std::memory_order_acquire) == 0 ) return;
    std::lock_guard<std::mutex> g(registry().lock);
    const uint64_t              one = 1;
    for ( Member* other : registry().members )
        if ( other != this && other->sleeping_.load(std::memory_order_acquire) &&
             ::write(other->wake_.get(), &one, sizeof one) < 0 ) {
            // EAGAIN: the counter is already set, which wakes it just the same
        }
}

std::optional<uint64_t> ProgressHub::Member::othersWaitUntil() const
{
    std::lock_guard<std::mutex> g(registry().lock);
    uint64_t                    earliest = kNone;
    for ( const Member* other : registry().members )
        if ( other != this ) earliest = std::min(earliest, other->waits_until_.load(std::memory_order_acquire));
    return earliest == kNone ? std::nullopt : std::optional<uint64_t>(earliest);
}

void ProgressHub::Member::sleeping(bool yes)
{
    if ( sleeping_.exchange(yes, std::memory_order_acq_rel) != yes )
        sleepers_.fetch_add(yes ? 1 : -1, std::memory_order_acq_rel);
}

void ProgressHub::Member::drain() const
{
    uint64_t count;
    if ( ::read(wake_.get(), &count, sizeof count) < 0 ) {
        // EAGAIN: nothing to clear
    }
}

std::atomic<int> ProgressHub::Member::sleepers_{ 0 };

} // namespace qemubinary
