// SPDX-License-Identifier: BSD-3-Clause
// Activities (events, clocks) come from memory pools, one per object size, as in SST Core:
// allocation is a free-list pop, and the pools know which objects are still alive, which
// --output-undeleted-events lists at the end of a run.
#ifndef SST_CORE_MEMPOOL_H
#define SST_CORE_MEMPOOL_H

#include "sst/core/output.h"
#include "sst/core/serialization/serializable.h"

#include <cstddef>
#include <string>

namespace SST::Core {

class MemPoolItem : public Serialization::serializable
{
protected:
    MemPoolItem() = default;

public:
    void* operator new(std::size_t size) noexcept;
    void  operator delete(void* ptr);

    /** What --output-undeleted-events prints for this object (by default, its class name). */
    virtual std::string toString() const;
    virtual void        print(const std::string& header, Output& out) const;

    ImplementVirtualSerializable(SST::Core::MemPoolItem)
};

} // namespace SST::Core

#endif
