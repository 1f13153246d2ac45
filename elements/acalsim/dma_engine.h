// SPDX-License-Identifier: BSD-3-Clause
// acalsim.DMAEngine: copies guest memory with a modelled bandwidth, and raises an
// interrupt when a copy ends. Its registers: registers/dma_engine_regs.h.
// Needs protocol 2 (QEMUBinary with an irq). Chunks of chunk_size bytes are
// read, then written no earlier than start + bytes / bandwidth. The copy goes through the
// bridge's DMA, or, with a StandardMem interface in the `memory` slot, through SST's memory
// system (stdmem_dma.h): then its lines are written back and dropped from the caches before
// the copy is done, as a non-coherent device's must.
#ifndef ELEMENTS_ACALSIM_DMA_ENGINE_H
#define ELEMENTS_ACALSIM_DMA_ENGINE_H

#include "events/cosim_events.h"
#include "events/device_trace.h"
#include "register_window.h"
#include "stdmem_dma.h"

#include <sst/core/component.h>
#include <sst/core/link.h>

#include <optional>
#include <vector>

namespace acalsim {

class DMAEngine : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(DMAEngine, "acalsim", "DMAEngine", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "DMA engine copying guest memory with a modelled bandwidth and a completion interrupt; "
                               "each copy is a slice on its track in the bridge's trace",
                               COMPONENT_CATEGORY_MEMORY)
    SST_ELI_DOCUMENT_PARAMS({ "compatible", "Device-tree compatible string of the guest's node for this device (cosim::DeviceInfoEvent)", "acalsim,dma-engine" },
                            { "clock", "Device clock: the unit of access_latency", "1GHz" },
                            ACALSIM_REGISTER_WINDOW_PARAMS("0x10200000"),
                            ACALSIM_POSTED_WRITES_PARAM("SRC, DST and LEN"),
                            { "bandwidth", "Copy bandwidth", "1GB/s" },
                            { "chunk_size", "Bytes per DMA request (1 to 65536)", "256" },
                            { "irq_line", "Interrupt line of the device's sst-device", "0" },
                            { "memory_addr_range_start", "With the memory slot: the first guest-physical address it "
                                                         "reaches (the guest's RAM); a copy outside fails", "0x80000000" },
                            { "memory_addr_range_end", "With the memory slot: the last address it reaches", "0x87ffffff" },
                            { "cache_policy", "With the memory slot, after each copy: 'invalidate' writes back and drops "
                                              "the lines of both ranges; 'keep' writes back the destination's and keeps "
                                              "every line cached (faster repeated copies, but a source the guest "
                                              "changes between copies is read stale)", "invalidate" },
                            { "verbose", "0: quiet, 1: copies and interrupts", "0" })
    SST_ELI_DOCUMENT_PORTS({ "cpu_port", "To qemubinary.QEMUBinary device_port: accesses, DMA and interrupts",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent",
                               "cosim.DmaRequestEvent", "cosim.DmaResponseEvent", "cosim.InterruptEvent" } })
    SST_ELI_DOCUMENT_SUBCOMPONENT_SLOTS(ACALSIM_REGISTER_WINDOW_SLOT,
                                        { "memory", "StandardMem interface (e.g. memHierarchy.standardInterface into an "
                                                    "L1 cache) the copies go through; empty: through the bridge",
                                          "SST::Interfaces::StandardMem" })
    SST_ELI_DOCUMENT_STATISTICS({ "copies", "Copies completed", "count", 1 },
                                { "bytes_copied", "Bytes copied", "bytes", 1 },
                                { "copy_time", "Simulated time per copy", "ps", 1 },
                                { "errors", "Rejected accesses and failed copies", "count", 1 })

    DMAEngine(SST::ComponentId_t id, SST::Params& params);
    /** Phase 0: tells the bridge what it is (its device-tree compatible); learns whether it traces. */
    void init(unsigned int phase) override;
    void setup() override;
    void finish() override;

private:
    void onEvent(SST::Event* ev);
    RegisterWindow::Answer onAccess(const RegisterWindow::Access& a);
    RegisterWindow::Answer access(const RegisterWindow::Access& a); // the register's effect and answer
    // The register window's handlers (SST's handlers call components, which it can checkpoint).
    void onStandardMem(SST::Interfaces::StandardMem::Request* req);
    void onAnswerDue(SST::Event* ev);
    void onDma(const cosim::DmaResponseEvent& r);
    /** A chunk's read (with its bytes) or write has ended. */
    void chunkDone(bool ok, std::vector<uint8_t> data);
    /** The memory slot's operation (a chunk's read or write, the final flush) has ended. */
    void onMemoryDone(bool ok, std::vector<uint8_t> data);
    void onMemoryResponse(SST::Interfaces::StandardMem::Request* resp);
    void onChunkDue(SST::Event* ev);
    void start();
    void readNextChunk();
    void finish(bool ok);
    void updateLine();
    /** An access's answer; first tells the bridge what the access made the engine do. */
    RegisterWindow::Answer reply(uint32_t status, uint64_t data);
    /** Tells the bridge when this engine may next send unsolicited: a chunk's write when it
     *  waits for the bandwidth, else not before the bridge answers or asks something. */
    void announceQuiet();

    RegisterWindow window_;
    double   bytes_per_ps_;
    uint32_t chunk_size_, irq_line_;
    int      verbose_;

    std::string compatible_;
    std::optional<StdMemDma> memory_; // the memory slot, if loaded
    uint64_t                 memory_start_, memory_end_;
    bool                     flushing_ = false; // the copy's last step through the memory slot
    bool                     keep_cached_ = false; // cache_policy keep
    SST::SimTime_t           memory_op_ps_ = 0;    // when the memory slot's operation in flight began
    struct MemorySlice
    {
        const char*      name;
        SST::SimTime_t   start_ps, end_ps;
        cosim::TraceArgs args;
    };
    // The copy's trips through the memory system, traced after the copy's slice that holds them
    // (a trace lists a slice before the shorter ones that start with it).
    std::vector<MemorySlice> memory_slices_;
    SST::Link*         cpu_port_; // null when the engine is reached over StandardMem only (then it is polled)
    SST::Link*         chunk_timer_; // self link: the bandwidth allows the next write
    SST::TimeConverter ps_;
    cosim::DeviceTrace trace_; // each copy, as a slice in the bridge's trace

    uint32_t src_ = 0, dst_ = 0, len_ = 0; // the registers
    struct Copy
    {
        uint32_t src = 0, dst = 0, len = 0;
    } copy_; // the copy under way, as START found the registers
    bool     busy_ = false, done_ = false, error_ = false;
    uint32_t int_status_ = 0, int_enable_ = 0;
    bool     line_high_ = false;

    // The copy in progress
    uint32_t             offset_ = 0;
    SST::SimTime_t       started_ps_ = 0;
    uint64_t             next_dma_id_ = 1, dma_id_ = 0;
    bool                 writing_ = false;
    SST::SimTime_t       chunk_due_ps_ = 0; // with the chunk timer armed: when it fires
    bool                 chunk_timer_armed_ = false;
    uint64_t             seen_seq_ = 0; // the bridge's last event handled (cosim::QuietUntilEvent::seen_seq)
    std::vector<uint8_t> chunk_;

    SST::Statistics::Statistic<uint64_t>* stat_copies_;
    SST::Statistics::Statistic<uint64_t>* stat_bytes_;
    SST::Statistics::Statistic<uint64_t>* stat_copy_time_;
    SST::Statistics::Statistic<uint64_t>* stat_errors_;
};

} // namespace acalsim

#endif
