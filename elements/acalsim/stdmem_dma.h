// SPDX-License-Identifier: BSD-3-Clause
// A device's DMA through SST's memory system: reads, writes and flushes of guest-physical
// ranges as StandardMem requests on the device's `memory` SubComponent slot (e.g.
// memHierarchy.standardInterface into an L1 cache, down to a MemController whose backing
// store is the guest's RAM). memHierarchy takes no request that spans a cache line, so a
// range becomes one request per line piece, all in flight at once. One operation at a time;
// `done` is called when its last response has come.
#ifndef ELEMENTS_ACALSIM_STDMEM_DMA_H
#define ELEMENTS_ACALSIM_STDMEM_DMA_H

#include <sst/core/interfaces/stdMem.h>

#include <cstdint>
#include <functional>
#include <set>
#include <vector>

namespace acalsim {

class StdMemDma
{
public:
    using StandardMem = SST::Interfaces::StandardMem;
    /** `ok`: no response failed; `data`: a read's bytes. */
    using Done = std::function<void(bool ok, std::vector<uint8_t> data)>;

    StdMemDma(StandardMem* iface, Done done) : iface_(iface), done_(std::move(done)) {}
    StandardMem& iface() { return *iface_; }

    void read(uint64_t address, uint32_t bytes);
    void write(uint64_t address, const std::vector<uint8_t>& data);
    /** Writes back (and with `invalidate` drops) every cached line of each range: what a
     *  non-coherent device does before it tells the guest that its data is in memory. */
    void flush(const std::vector<std::pair<uint64_t, uint32_t>>& ranges, bool invalidate);
    bool busy() const { return !pending_.empty(); }
    /** A response on the slot; false if it answers nothing this sent (the caller reports it). */
    bool handle(StandardMem::Request* resp);

private:
    /** Calls `each(address, bytes)` for the line pieces of [address, address + bytes). */
    template <class F> void pieces(uint64_t address, uint64_t bytes, F&& each);
    void send(StandardMem::Request* req);

    StandardMem*                       iface_;
    Done                               done_;
    std::set<StandardMem::Request::id_t> pending_;
    std::vector<uint8_t>               data_;       // a read's bytes, as they come
    std::vector<std::pair<StandardMem::Request::id_t, uint32_t>> offsets_; // a read piece's place in data_
    bool                               ok_ = true;
};

} // namespace acalsim

#endif
