// SPDX-License-Identifier: BSD-3-Clause
// Memory pools for activities, as SST Core keeps them: one pool per object size, carved from
// 2 MiB arenas; each slot has an 8-byte header that says whether it is in use, so the objects
// still alive at the end can be listed (--output-undeleted-events). Sanitizer builds use the
// heap for each object (so use-after-free is caught) and keep a set of the live ones.
#include "sst/core/mempool.h"

#include "sst/core/mempoolAccessor.h"

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <set>
#include <vector>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SST_ENGINE_HEAP_MEMPOOL 1
#endif
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SST_ENGINE_HEAP_MEMPOOL 1
#endif
#endif

namespace SST::Core {

namespace {

constexpr size_t kArenaSize = 2 << 20;

class MemPool
{
public:
    explicit MemPool(size_t elem) : elem_size_(elem), alloc_size_(elem + 8) {}
    ~MemPool()
    {
        for ( auto* a : arenas_ )
            std::free(a);
    }

    void* allocate()
    {
        ++num_alloc_;
        if ( free_.empty() && !grow() ) return nullptr;
        auto* slot = static_cast<uint64_t*>(free_.back());
        free_.pop_back();
        *slot = 1;
        return slot + 1;
    }
    void release(void* obj)
    {
        ++num_free_;
        auto* slot = static_cast<uint64_t*>(obj) - 1;
        *slot      = 0;
        free_.push_back(slot);
    }
    template <class F>
    void forEachLive(F&& f) const
    {
        const size_t n = kArenaSize / alloc_size_;
        for ( auto* a : arenas_ )
            for ( size_t j = 0; j < n; ++j ) {
                auto* slot = reinterpret_cast<uint64_t*>(a + alloc_size_ * j);
                if ( *slot ) f(reinterpret_cast<MemPoolItem*>(slot + 1));
            }
    }
    size_t   objectSize() const { return elem_size_; }
    size_t   numArenas() const { return arenas_.size(); }
    uint64_t bytesUsed() const { return arenas_.size() * kArenaSize; }
    int64_t  active() const { return static_cast<int64_t>(num_alloc_) - static_cast<int64_t>(num_free_); }

private:
    bool grow()
    {
        auto* arena = static_cast<uint8_t*>(std::calloc(1, kArenaSize));
        if ( !arena ) return false;
        arenas_.push_back(arena);
        const size_t n = kArenaSize / alloc_size_;
        for ( size_t j = n; j-- > 0; )
            free_.push_back(arena + alloc_size_ * j);
        return true;
    }

    size_t               elem_size_;
    size_t               alloc_size_;
    std::vector<uint8_t*> arenas_;
    std::vector<void*>   free_;
    uint64_t             num_alloc_ = 0;
    uint64_t             num_free_  = 0;
};

/** Every pool of every thread (for the totals and the list of live objects); each thread allocates
 *  from pools of its own, without a lock. A slot freed by another thread joins that thread's pool. */
struct Pools
{
    std::mutex                            mtx;
    std::vector<std::unique_ptr<MemPool>> all;
#ifdef SST_ENGINE_HEAP_MEMPOOL
    std::map<void*, size_t> live;
#endif
};

Pools& pools()
{
    static Pools* p = new Pools(); // never destroyed: items may be freed during static destruction
    return *p;
}

MemPool& poolFor(size_t size)
{
    thread_local std::map<size_t, MemPool*> local;
    auto& slot = local[size];
    if ( !slot ) {
        std::lock_guard<std::mutex> lock(pools().mtx);
        pools().all.push_back(std::make_unique<MemPool>(size));
        slot = pools().all.back().get();
    }
    return *slot;
}

size_t roundedSize(size_t size) { return (size + sizeof(uint64_t) + 7) & ~size_t(7); }

} // namespace

#ifndef SST_ENGINE_HEAP_MEMPOOL
void* MemPoolItem::operator new(std::size_t size) noexcept
{
    // The object's size travels in the word before the pool header, so delete finds its pool.
    size_t rounded = roundedSize(size);
    void*  mem     = poolFor(rounded).allocate();
    if ( !mem ) return nullptr;
    auto* base = static_cast<uint64_t*>(mem);
    *base      = rounded;
    return base + 1;
}

void MemPoolItem::operator delete(void* ptr)
{
    if ( !ptr ) return;
    auto*  base    = static_cast<uint64_t*>(ptr) - 1;
    poolFor(*base).release(base);
}
#else
void* MemPoolItem::operator new(std::size_t size) noexcept
{
    void* p = std::malloc(size);
    if ( p ) {
        std::lock_guard<std::mutex> lock(pools().mtx);
        pools().live[p] = size;
    }
    return p;
}

void MemPoolItem::operator delete(void* ptr)
{
    if ( !ptr ) return;
    {
        std::lock_guard<std::mutex> lock(pools().mtx);
        pools().live.erase(ptr);
    }
    std::free(ptr);
}
#endif

std::string MemPoolItem::toString() const { return std::string("MemPoolItem of class: ") + cls_name(); }

void MemPoolItem::print(const std::string& header, Output& out) const
{
    out.output("%s%s\n", header.c_str(), toString().c_str());
}

size_t MemPoolAccessor::getArenaSize(size_t UNUSED(size)) { return kArenaSize; }

size_t MemPoolAccessor::getNumArenas(size_t size)
{
    const size_t                rounded = roundedSize(size);
    std::lock_guard<std::mutex> lock(pools().mtx);
    size_t                      n = 0;
    for ( auto& pool : pools().all )
        if ( pool->objectSize() == rounded ) n += pool->numArenas();
    return n;
}

uint64_t MemPoolAccessor::getBytesMemUsedBy(size_t size) { return getNumArenas(size) * kArenaSize; }

void MemPoolAccessor::getMemPoolUsage(int64_t& bytes, int64_t& active_entries)
{
    std::lock_guard<std::mutex> lock(pools().mtx);
    bytes          = 0;
    active_entries = 0;
    for ( auto& pool : pools().all ) {
        bytes += pool->bytesUsed();
        active_entries += pool->active();
    }
#ifdef SST_ENGINE_HEAP_MEMPOOL
    for ( auto& [p, size] : pools().live )
        bytes += size;
    active_entries = pools().live.size();
#endif
}

void MemPoolAccessor::initializeGlobalData(int UNUSED(num_threads), bool UNUSED(cache_align)) {}

void MemPoolAccessor::initializeLocalData(int UNUSED(thread)) {}

void MemPoolAccessor::printUndeletedMemPoolItems(const std::string& header, Output& out)
{
    std::vector<MemPoolItem*> items;
    {
        std::lock_guard<std::mutex> lock(pools().mtx);
#ifndef SST_ENGINE_HEAP_MEMPOOL
        for ( auto& pool : pools().all )
            pool->forEachLive([&](MemPoolItem* raw) {
                // Skip the size word operator new put before the object.
                items.push_back(reinterpret_cast<MemPoolItem*>(reinterpret_cast<uint64_t*>(raw) + 1));
            });
#else
        for ( auto& [p, size] : pools().live )
            items.push_back(static_cast<MemPoolItem*>(p));
#endif
    }
    for ( auto* item : items )
        item->print(header, out);
}

} // namespace SST::Core
