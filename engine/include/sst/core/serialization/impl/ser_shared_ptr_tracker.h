// SPDX-License-Identifier: BSD-3-Clause
// Which std::shared_ptr owners (control blocks) a pack has already written, and which an
// unpack has already rebuilt: shared_ptrs that shared an owner share one again after a round trip.
#ifndef SST_CORE_SERIALIZATION_IMPL_SER_SHARED_PTR_TRACKER_H
#define SST_CORE_SERIALIZATION_IMPL_SER_SHARED_PTR_TRACKER_H

#include <cstddef>
#include <map>
#include <memory>
#include <utility>

namespace SST::Core::Serialization::pvt {

class ser_shared_ptr_packer
{
public:
    /** Tag of ptr's owner (0: no owner) and whether this is its first appearance. */
    template <class PTR>
    std::pair<size_t, bool> get_shared_ptr_owner_tag(const PTR& ptr)
    {
        if ( !owns(ptr) ) return { 0, false };
        // The owner (control block) is the key; the aliasing constructor keeps array types out of the cast.
        std::weak_ptr<const void> key(std::shared_ptr<const void>(lockOrSelf(ptr), static_cast<const void*>(nullptr)));
        auto [it, added] = tags_.try_emplace(key, tags_.size() + 1);
        return { it->second, added };
    }

private:
    template <class T>
    static bool owns(const std::shared_ptr<T>& p) { return p.use_count() != 0; }
    template <class T>
    static bool owns(const std::weak_ptr<T>& p) { return !p.expired(); }
    template <class T>
    static std::shared_ptr<T> lockOrSelf(const std::shared_ptr<T>& p) { return p; }
    template <class T>
    static std::shared_ptr<T> lockOrSelf(const std::weak_ptr<T>& p) { return p.lock(); }

    std::map<std::weak_ptr<const void>, size_t, std::owner_less<std::weak_ptr<const void>>> tags_;
};

class ser_shared_ptr_unpacker
{
public:
    /** The owner rebuilt for tag, and whether the tag is new (the owner must be read now). */
    std::pair<std::shared_ptr<void>&, bool> get_shared_ptr_owner(size_t tag)
    {
        // A map: the reference stays valid while the owner's object (which may hold more
        // shared_ptrs, so more tags) is read.
        auto [it, is_new] = owners_.try_emplace(tag);
        return { it->second, is_new };
    }

private:
    std::map<size_t, std::shared_ptr<void>> owners_;
};

} // namespace SST::Core::Serialization::pvt

#endif
