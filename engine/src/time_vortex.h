// The time-ordered queue of activities. A binary heap of small entries keyed
// by (time, priority, insertion order): deterministic, and cache-friendly
// because the key lives in the entry, not behind the activity pointer.
#ifndef SST_ENGINE_TIME_VORTEX_H
#define SST_ENGINE_TIME_VORTEX_H

#include "sst/core/activity.h"

#include <cstdint>
#include <vector>

namespace SST::Engine {

class TimeVortex
{
public:
    struct Entry
    {
        SimTime_t time;
        uint64_t  order; // priority in the top 8 bits, insertion sequence below
        Activity* activity;
        bool      operator<(const Entry& o) const { return time < o.time || (time == o.time && order < o.order); }
    };

    void insert(Activity* a, SimTime_t time, int priority)
    {
        heap_.push_back({ time, (uint64_t(priority) << 56) | (seq_++ & kSeqMask), a });
        siftUp(heap_.size() - 1);
    }
    bool         empty() const { return heap_.empty(); }
    size_t       size() const { return heap_.size(); }
    const Entry& top() const { return heap_.front(); }
    Activity*    pop()
    {
        Activity* a = heap_.front().activity;
        heap_.front() = heap_.back();
        heap_.pop_back();
        if ( !heap_.empty() ) siftDown(0);
        return a;
    }
    /** Removes and returns every remaining activity (for cleanup). */
    std::vector<Activity*> drain()
    {
        std::vector<Activity*> out;
        for ( auto& e : heap_ )
            out.push_back(e.activity);
        heap_.clear();
        return out;
    }

private:
    static constexpr uint64_t kSeqMask = (uint64_t(1) << 56) - 1;

    void siftUp(size_t i)
    {
        Entry e = heap_[i];
        while ( i > 0 ) {
            size_t parent = (i - 1) / 2;
            if ( !(e < heap_[parent]) ) break;
            heap_[i] = heap_[parent];
            i        = parent;
        }
        heap_[i] = e;
    }
    void siftDown(size_t i)
    {
        const size_t n = heap_.size();
        Entry        e = heap_[i];
        while ( true ) {
            size_t child = 2 * i + 1;
            if ( child >= n ) break;
            if ( child + 1 < n && heap_[child + 1] < heap_[child] ) ++child;
            if ( !(heap_[child] < e) ) break;
            heap_[i] = heap_[child];
            i        = child;
        }
        heap_[i] = e;
    }

    std::vector<Entry> heap_;
    uint64_t           seq_ = 0;
};

} // namespace SST::Engine

#endif
