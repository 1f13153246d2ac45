// SPDX-License-Identifier: BSD-3-Clause
#include "memory_slot.h"

#include "sst_mmio/wire.h"

#include <vector>

namespace qemubinary {

MemorySlot::StandardMem::Request::id_t MemorySlot::send(bool read, uint64_t address, uint32_t size, uint64_t data)
{
    StandardMem::Request* req;
    if ( read )
        req = new StandardMem::Read(address, size); // SST's API: the interface takes ownership
    else {
        std::vector<uint8_t> bytes(size);
        for ( uint32_t i = 0; i < size; ++i )
            bytes[i] = static_cast<uint8_t>(data >> (8 * i));
        req = new StandardMem::Write(address, size, std::move(bytes)); // not posted: the guest waits for it
    }
    const StandardMem::Request::id_t id = req->getID();
    iface_->send(req);
    return id;
}

MemorySlot::Answer MemorySlot::answer(StandardMem::Request& resp, bool read, uint32_t size)
{
    const uint32_t status = resp.getFail() ? SST_MMIO_STATUS_ERROR : SST_MMIO_STATUS_OK;
    if ( !read ) {
        if ( dynamic_cast<StandardMem::WriteResp*>(&resp) ) return { status, 0, {} };
        return { SST_MMIO_STATUS_ERROR, 0, "a write was answered with " + resp.getString() };
    }
    auto* r = dynamic_cast<StandardMem::ReadResp*>(&resp);
    if ( !r ) return { SST_MMIO_STATUS_ERROR, 0, "a read was answered with " + resp.getString() };
    if ( status != SST_MMIO_STATUS_OK ) return { status, 0, {} };
    if ( r->data.size() < size )
        return { SST_MMIO_STATUS_ERROR, 0,
                 "a read of " + std::to_string(size) + " bytes was answered with " + std::to_string(r->data.size()) };
    uint64_t value = 0;
    for ( uint32_t i = 0; i < size; ++i )
        value |= static_cast<uint64_t>(r->data[i]) << (8 * i);
    return { status, value, {} };
}

} // namespace qemubinary
