// SPDX-License-Identifier: BSD-3-Clause
// What the bridge puts in its trace (the `trace` parameter), and on which track.
//
//   process 1 "QEMU <bridge>":  thread 0 "guest"   syncs, the guest's end, accesses that
//                                                   never reached a device (and every access
//                                                   when QEMU does not say which hart made it)
//                               thread 1+h "hart h" the accesses hart h made, one slice each,
//                                                   from request to completion, and
//                                                   its posted writes ("posted write" instants)
//   process 2 "SST devices of <bridge>":
//                               thread N  the device on port N: its interrupts (instants),
//                                         its DMA (slices, from request to done) and the
//                                         slices the device adds itself (cosim::DeviceTrace)
//
// Counts agree with the bridge's statistics: read and write slices + "posted write"
// instants = mmio_reads + mmio_writes, "posted write" instants = posted_writes, "interrupt" instants = interrupts, the bytes of DMA slices with status 0
// = dma_bytes. Nothing that depends on wall-clock time (time reports) is traced.
#ifndef ELEMENTS_QEMUBINARY_BRIDGE_TRACE_H
#define ELEMENTS_QEMUBINARY_BRIDGE_TRACE_H

#include "events/device_trace.h"
#include "trace_writer.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace qemubinary {

class BridgeTrace
{
public:
    static constexpr int GUEST_PID = 1, DEVICES_PID = 2;

    /** Creates `path` (throws std::runtime_error naming it); a later write error goes to
     *  `on_error`, which does not return. */
    BridgeTrace(const std::string& path, std::string_view bridge, std::function<void(const std::string&)> on_error);

    /** Titles device N's track (call once, in port order, before the run). */
    void device(size_t port, std::string_view title);

    /** One access, from request to completion; `hart` < 0: QEMU did not say. */
    void access(int hart, bool read, std::string_view device, uint64_t address, uint32_t size, uint64_t data,
                uint32_t status, uint32_t cycles, uint64_t start_ps, uint64_t end_ps);
    /** A posted write, at its guest time (it completed for the guest then): an instant. */
    void postedWrite(int hart, std::string_view device, uint64_t address, uint32_t size, uint64_t data, uint32_t status,
                     uint64_t at_ps);
    /** An access answered by the bridge without a device: `why` names the reason. */
    void refused(std::string_view why, uint64_t address, uint64_t at_ps);
    void sync(uint64_t at_ps);
    void interrupt(size_t port, uint32_t line, bool level, uint32_t plic_source, uint64_t at_ps);
    void dma(size_t port, bool write, uint64_t address, uint32_t bytes, uint32_t status, uint64_t start_ps,
             uint64_t end_ps);
    /** A slice or instant the device on `port` sent. */
    void deviceSlice(size_t port, const cosim::TraceSliceEvent& slice);
    /** The guest ended (EXIT): `reset` if it reset the machine. */
    void guestEnd(bool reset, uint64_t at_ps);
    /** The bridge is about to wait for QEMU: what is buffered goes to the file, at most every 100 ms. */
    void idle();
    /** Ends the file; a write error goes to on_error. */
    void close();

private:
    int  hartTrack(int hart);
    template <class F> void guarded(F&& write);

    TraceWriter                             writer_;
    std::function<void(const std::string&)> on_error_;
    cosim::TraceArgs                        args_; // reused: no allocation per access
    std::vector<bool>                       hart_named_;
};

} // namespace qemubinary

#endif
