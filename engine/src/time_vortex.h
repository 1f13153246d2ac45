// SPDX-License-Identifier: BSD-3-Clause
// The time-ordered queue of activities. A binary heap of small entries keyed by
// (time, priority, order tag, insertion order), as SST Core orders them: an event's
// order tag is its receiving link end's (the order in which components called
// configureLink), so events due at the same time reach a component in the same
// order on every engine, rank and thread count. Deterministic, and cache-friendly
// because the key lives in the entry, not behind the activity pointer.
#ifndef SST_ENGINE_TIME_VORTEX_H
#define SST_ENGINE_TIME_VORTEX_H

#include "sst/core/activity.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace SST::Engine {

class TimeVortex
{
public:
    struct Entry
    {
        SimTime_t time;
        uint64_t  order; // priority in the top 32 bits, order tag below
        uint64_t  seq;   // insertion sequence
        Activity* activity;
        bool      operator<(const Entry& o) const
        {
            return time < o.time || (time == o.time && (order < o.order || (order == o.order && seq < o.seq)));
        }
    };

    /** Queues a at its delivery time, priority and order tag; its queue order is the insertion count. */
    void insert(Activity* a)
    {
        a->setQueueOrder(seq_);
        heap_.push_back({ a->getDeliveryTime(), a->getPriorityOrder(), seq_++, a });
        siftUp(heap_.size() - 1);
        if ( heap_.size() > max_depth_ ) max_depth_ = heap_.size();
    }
    bool         empty() const { return heap_.empty(); }
    size_t       size() const { return heap_.size(); }
    size_t       maxDepth() const { return max_depth_; }
    const Entry& top() const { return heap_.front(); }
    Activity*    pop()
    {
        Activity* a   = heap_.front().activity;
        heap_.front() = heap_.back();
        heap_.pop_back();
        if ( !heap_.empty() ) siftDown(0);
        return a;
    }
    /** Every queued activity, in queue order (for status output). */
    std::vector<Activity*> sorted() const
    {
        std::vector<Entry> copy = heap_;
        std::sort(copy.begin(), copy.end());
        std::vector<Activity*> out;
        for ( auto& e : copy )
            out.push_back(e.activity);
        return out;
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
    uint64_t           seq_       = 0;
    size_t             max_depth_ = 0;
};

} // namespace SST::Engine

#endif
