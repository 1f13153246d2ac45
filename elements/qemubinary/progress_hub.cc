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
    std::mutex                          lock;
    std::vector<ProgressHub::Member*>   members;
};

Registry& registry()
{
    static Registry r; // never destroyed before the bridges: they are components, gone before exit
    return r;
}

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
    std::lock_guard<std::mutex> g(registry().lock);
    const bool                  earlier = t_ps && (!waits_until_ || *t_ps < *waits_until_);
    waits_until_                        = t_ps;
    if ( !earlier ) return;
    const uint64_t one = 1;
    for ( Member* other : registry().members )
        if ( other != this && ::write(other->wake_.get(), &one, sizeof one) < 0 ) {
            // EAGAIN: the counter is already set, which wakes it just the same
        }
}

std::optional<uint64_t> ProgressHub::Member::othersWaitUntil() const
{
    std::lock_guard<std::mutex> g(registry().lock);
    std::optional<uint64_t>     earliest;
    for ( const Member* other : registry().members )
        if ( other != this && other->waits_until_ && (!earliest || *other->waits_until_ < *earliest) )
            earliest = other->waits_until_;
    return earliest;
}

void ProgressHub::Member::drain() const
{
    uint64_t count;
    if ( ::read(wake_.get(), &count, sizeof count) < 0 ) {
        // EAGAIN: nothing to clear
    }
}

} // namespace qemubinary
