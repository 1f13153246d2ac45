// SPDX-License-Identifier: BSD-3-Clause
// The bridge's `memory` SubComponent slot: guest accesses to its windows (stdmem_bases,
// stdmem_sizes) become SST::Interfaces::StandardMem requests at the same addresses, so the
// guest reaches any StandardMem endpoint (memHierarchy.mmioEx, a user's device, an acalsim
// device) through a memHierarchy.Bus, a MemNIC network or a direct MemLink. The guest's data
// is little-endian (RISC-V), byte i of the value is byte i of the request's payload.
#ifndef ELEMENTS_QEMUBINARY_MEMORY_SLOT_H
#define ELEMENTS_QEMUBINARY_MEMORY_SLOT_H

#include <sst/core/interfaces/stdMem.h>

#include <cstdint>
#include <string>

namespace qemubinary {

class MemorySlot
{
public:
    using StandardMem = SST::Interfaces::StandardMem;

    /** `iface` is the loaded SubComponent (SST owns it); nullptr: the slot is empty. */
    explicit MemorySlot(StandardMem* iface) : iface_(iface) {}
    bool         loaded() const { return iface_ != nullptr; }
    StandardMem& iface() { return *iface_; }

    /** Sends one guest access of `size` (1, 2, 4 or 8) bytes now; returns the request's id. */
    StandardMem::Request::id_t send(bool read, uint64_t address, uint32_t size, uint64_t data);

    /** What a response tells the guest. */
    struct Answer
    {
        uint32_t    status; // SST_MMIO_STATUS_OK, or _ERROR for a failed response (getFail())
        uint64_t    data;   // a read's value
        std::string problem; // not empty: the response does not answer the access (bad kind or size)
    };
    /** Reads the response to the access `read`/`size` (the caller owns and frees `resp`). */
    static Answer answer(StandardMem::Request& resp, bool read, uint32_t size);

private:
    StandardMem* iface_;
};

} // namespace qemubinary

#endif
