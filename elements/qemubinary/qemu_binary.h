// SPDX-License-Identifier: BSD-3-Clause
// qemubinary.QEMUBinary: runs a RISC-V guest on QEMU and bridges the guest's
// accesses to its sst-device window to SST events on device_port.
//
// QEMU is started in setup(); its serial console and error output are copied
// to the simulation output ("[name] ..."). Each request frame becomes a
// MemoryTransactionEvent; the device's MemoryResponseEvent becomes the
// response frame. Nothing is polled per simulated cycle: a pump event on a
// self link waits for QEMU (blocking) only while no transaction is
// outstanding, so simulated time does not advance while the guest computes.
// The guest's exit ends the simulation and its status becomes sst's.
//
// Protocol 2 (default; negotiated, a version-1 QEMU still works) runs QEMU
// with -icount so guest time is deterministic: each request is delivered at
// the guest's time, the response's time is charged back to the guest, and
// QEMU syncs every sync_quantum so that device interrupts and DMA reach it.
#ifndef ELEMENTS_QEMUBINARY_QEMU_BINARY_H
#define ELEMENTS_QEMUBINARY_QEMU_BINARY_H

#include "address_map.h"
#include "bridge_trace.h"
#include "channel.h"
#include "child_process.h"
#include "events/cosim_events.h"
#include "frame_reader.h"
#include "guest_deadline.h"
#include "progress_hub.h"
#include "line_forwarder.h"
#include "memory_slot.h"
#include "owned_file.h"
#include "sst_mmio/validate.h"
#include "unique_fd.h"
#include "unix_listener.h"

#include <sst/core/component.h>
#include <sst/core/link.h>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qemubinary {

class QEMUBinary : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(QEMUBinary, "qemubinary", "QEMUBinary", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Runs a RISC-V guest on QEMU and forwards its MMIO to an SST device",
                               COMPONENT_CATEGORY_PROCESSOR)
    SST_ELI_DOCUMENT_PARAMS(
        { "binary_path", "Guest program for QEMU's -kernel: a bare-metal ELF, or a Linux kernel Image (with bios)", nullptr },
        { "bios", "QEMU -bios: 'none' runs binary_path in M-mode from reset; a Linux guest needs an SBI firmware, "
                  "e.g. OpenSBI's /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin", "none" },
        { "initrd", "QEMU -initrd: the Linux guest's initramfs (empty: none)", "" },
        { "append", "QEMU -append: the Linux kernel command line (empty: none)", "" },
        { "memory", "QEMU -m: guest RAM, e.g. 256M (empty: QEMU's default, 128M)", "" },
        { "ram_file", "Guest RAM as this file (QEMU memory-backend-file, share=on), so that a memHierarchy.MemController "
                      "mapping the same file as its backing store (backing=mmap, backing_out_file, addr_range_start "
                      "0x80000000, mem_size = memory) is the guest's memory; removed once QEMU has mapped it, and on "
                      "every error. Empty: QEMU's own RAM", "" },
        { "arch", "rv32 or rv64: picks qemu-system-riscv32/64 when qemu_path is not set", "rv32" },
        { "qemu_path", "QEMU executable (with sst-device); empty: the project's build, else PATH", "" },
        { "socket_path", "Unix socket for QEMU; empty: a new private 0700 directory under $TMPDIR", "" },
        { "device_base", "Guest-physical base of the sst-device window", "0x10200000" },
        { "device_size", "Size of the sst-device window in bytes", "4096" },
        { "device_bases", "With device_port_0..N-1: each device's window base, e.g. [0x10200000, 0x10300000]", "[]" },
        { "device_sizes", "With device_port_0..N-1: each device's window size (default 4096 each)", "[]" },
        { "stdmem_bases", "With the memory slot: the guest-physical windows whose accesses become StandardMem requests "
                          "at the same addresses, e.g. [0x10300000]: each must be what an endpoint claims "
                          "(setMemoryMappedAddressRegion); an access outside them is an access error", "[]" },
        { "stdmem_sizes", "With the memory slot: each StandardMem window's size (default 4096 each)", "[]" },
        { "qemu_args", "Extra QEMU arguments, space-separated (quotes group words), e.g. '-smp 2'", "" },
        { "clock", "Time base of the bridge (it runs no clock handler)", "1GHz" },
        { "connect_timeout_ms", "Wall-clock time QEMU has to start and connect", "10000" },
        { "response_timeout_ms", "QEMU's wait for each response (sst-device timeout-ms); 0: no limit", "30000" },
        { "frame_timeout_ms", "Wall-clock time for the rest of a request once it has started", "5000" },
        { "idle_timeout_ms", "Wall-clock time without any request before giving up; 0: no limit", "0" },
        { "protocol", "2: negotiate timed protocol 2 (falls back to 1 with a v1 QEMU); 1: version 1 only", "2" },
        { "sync_quantum", "Protocol 2: a guest whose device does not announce when it may send (cosim QuietUntilEvent) "
                          "stops for SST on multiples of this guest time: how late its interrupts can be", "10us" },
        { "max_sync_quantum", "Protocol 2: how far SST lets a running guest go before it asks where the guest is, "
                              "when no other guest waits for it (a report costs the guest no stop)", "10ms" },
        { "icount_shift", "Protocol 2: QEMU -icount shift (a guest instruction takes 2^shift ns)", "0" },
        { "irq", "Protocol 2: PLIC source the device's interrupt line drives (0: none)", "0" },
        { "transport", "unix (socket) or shm (shared-memory rings); default: $QEMU_ACALSIM_TRANSPORT, else unix", "" },
        { "spin_us", "Wall-clock microseconds to spin for QEMU's next message before sleeping (0: never spin)", "50" },
        { "trace", "Write a trace of the run to this file, in the Trace Event Format (open it in ui.perfetto.dev; "
                   "draw it with scripts/timeline.py): in simulated time, a track per hart with each access from "
                   "request to completion, a track per device with its interrupts, DMA and own slices, and the "
                   "syncs (empty: no trace)", "" },
        { "report_wall_latency", "Benchmarks: print wall-clock round trips per second and latency percentiles at the end (1 request in 16 is timed)", "false" },
        { "verbose", "0: quiet, 1: QEMU lifecycle, 2: every access", "0" })
    SST_ELI_DOCUMENT_PORTS({ "device_port", "The device (e.g. acalsim.QEMUDevice cpu_port), window device_base/device_size",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent" } },
                           { "device_port_%d", "Device N of several, window device_bases[N]/device_sizes[N]; "
                                               "its interrupt line drives PLIC source irq + N",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent" } })
    SST_ELI_DOCUMENT_SUBCOMPONENT_SLOTS({ "memory", "StandardMem interface (e.g. memHierarchy.standardInterface) that "
                                                    "carries the guest's accesses to stdmem_bases to StandardMem "
                                                    "endpoints; a failed response is a device error for the guest",
                                          "SST::Interfaces::StandardMem" })
    SST_ELI_DOCUMENT_STATISTICS({ "mmio_reads", "Guest reads forwarded", "count", 1 },
                                { "mmio_writes", "Guest writes forwarded", "count", 1 },
                                { "bytes_sent", "Bytes of response frames sent to QEMU", "bytes", 1 },
                                { "bytes_received", "Bytes of request frames received from QEMU", "bytes", 1 },
                                { "round_trip_latency", "Simulated time from transaction to response", "ps", 1 },
                                { "bad_frames", "Malformed requests answered with an error status", "count", 1 },
                                { "syncs", "Protocol 2 time syncs with QEMU", "count", 1 },
                                { "interrupts", "Interrupt line changes sent to QEMU", "count", 1 },
                                { "dma_bytes", "Bytes of guest memory read or written by DMA", "bytes", 1 },
                                { "posted_writes", "Guest writes posted (counted in mmio_writes too) that their device "
                                                   "has answered", "count", 1 },
                                { "posted_errors", "Posted writes that failed (unmapped, or the device's error): each is "
                                                   "logged with its guest time and address", "count", 1 })

    QEMUBinary(SST::ComponentId_t id, SST::Params& params);
    ~QEMUBinary() override;

    /** Collects the devices' DeviceInfoEvents (their device-tree compatibles). */
    void init(unsigned int phase) override;
    void setup() override;
    void finish() override;
    void emergencyShutdown() override;

private:
    // Version 2 (qemu_binary_v2.cc)
    void negotiate(const SSTHello& hello);
    bool handleMessage(const SSTMsg& m);
    void onSyncReached(SST::Event* ev);
    void onInterrupt(const cosim::InterruptEvent& irq, size_t port);
    void onDmaRequest(std::unique_ptr<cosim::DmaRequestEvent> req, size_t port);
    /** `requested_ps`: when the device asked (later than now if it waited for QEMU to stop). */
    void performDma(const cosim::DmaRequestEvent& req, size_t port, SST::SimTime_t requested_ps);
    void sendMessage(const SSTMsg& m, const void* payload = nullptr);
    /** Blocks until QEMU sends `type` with `tag` (only DMA answers may come while QEMU waits). */
    SSTMsg awaitMessage(uint16_t type, uint32_t tag, std::vector<uint8_t>* payload);
    /** Reads the `len` payload bytes that follow a message; `what` names them in errors. */
    void readPayload(std::vector<uint8_t>& out, uint32_t len, const char* what);
    /** MMIO_POSTED: delivers each write to its device at its guest time; QEMU goes on. */
    void onPostedWrites(const SSTMsg& m);
    /** If `id` is a posted write: its device answered it with (wire) `status`; false otherwise. */
    bool onPostedAnswer(uint64_t id, uint32_t status);
    /** A posted write is done with `status`: counts and traces it; a failure (`why`) is logged and flagged. */
    void postedDone(const SSTPostedWrite& w, const std::string& device, uint32_t status, const std::string& why);
    /** Port `port`'s device takes posted writes to [address, address + size). */
    bool postedRange(size_t port, uint64_t address, uint32_t size) const;
    /** sst-device's posted property: the declared ranges of every port, or empty. */
    std::string postedRanges() const;
    void   flushDeferred();
    /** The guest's deadline (SST_CAP_DEADLINE), for an answer sent now. */
    uint64_t deadline(bool settled) const;
    /** The guest runs and nothing came from it: make sure it reports its time soon enough. */
    void requestTimeReport();
    /** QEMU reported guest time `t_ps` (TIME): SST may go up to it. */
    void onTimeReport(uint64_t t_ps);
    bool   qemuWaiting() const { return outstanding_ || sync_pending_; }
    SST::SimTime_t nowPs() const { return getCurrentSimTime(ps_); }

    void onPump(SST::Event* ev);
    void onDeviceEvent(SST::Event* ev, size_t port);
    /** The memory slot's interface answered (or sent something unasked). */
    void onMemoryResponse(SST::Interfaces::StandardMem::Request* resp);
    /** The guest's time for the outstanding access to the memory slot has come: send it. */
    void onMemoryIssue(SST::Event* ev);
    /** The outstanding access is done: traces, counts and answers it. */
    void completeAccess(uint32_t status, uint64_t data, uint32_t latency);
    /** A window's device, for the trace and messages: a port's device, or the memory slot. */
    const std::string& windowLabel(size_t window) const;
    void configureMemorySlot(SST::Params& params, SST::TimeConverter tb);
    void configureDevicePorts(SST::Params& params, SST::TimeConverter tb);
    void schedulePump();
    void launchQemu();
    /** sst-device's dt-nodes property: each device's compatible, base and size, in port order. */
    std::string deviceTreeNodes() const;
    /** Handles one request; true if it went to the device and awaits its response. */
    bool handleRequest(const SSTMMIORequest& req);
    /** Sends the access to the device whose window holds it, `delay_ps` from now; false if none does
     *  (then it is in the trace as an unmapped access). */
    bool forwardToDevice(const SSTMMIORequest& req, SST::SimTime_t delay_ps);
    /** Answers QEMU's access (tag: version 2 only) in the negotiated protocol's framing. */
    void answerAccess(uint32_t tag, uint32_t status, uint64_t data, uint32_t latency);
    /** Counts, reports and answers (status 5) a request whose fields break the protocol. */
    void rejectMalformed(SSTMMIOCheck check, const std::string& details, uint32_t tag, uint64_t address);
    /** Writes all of it to QEMU (partial writes, EINTR); a QEMU that went away ends the run.
     *  `counted`: in bytes_sent; a time request (not counted) to a QEMU gone is dropped. */
    void sendBytes(const void* data, size_t len, bool counted = true);
    enum class Wait { Ready, Timeout, Interrupted, QemuGone };
    /** Waits for `events` on `fd` (-1: none) up to timeout_ms (-1: no limit), copying QEMU's output meanwhile. */
    Wait waitFor(int fd, short events, int timeout_ms, int also_fd = -1);
    /** Sleeps until QEMU's next bytes (or its end) may be there, up to timeout_ms (-1: no limit). */
    Wait waitForInput(int timeout_ms, int also_fd = -1);
    void forwardOutput();
    /** Copies what QEMU has written so far, including an unfinished last line. */
    void drainOutput();
    /** QEMU closed the connection: collect its exit and end the run. */
    void qemuEnded(const std::string& why);
    void onGuestEnd(SST::Event* ev);
    void reportQemuEnd();
    /** Sends a WakeEvent on one of the bridge's self links. */
    void wakeAfter(SST::Link* self_link, SST::SimTime_t delay);
    std::string        resolveQemuPath(const std::string& configured, const std::string& arch) const;
    std::string        simTime() const;
    [[noreturn]] void fail(const std::string& message) const;
    void              reportWallLatency() const;

    // Configuration
    std::string              binary_path_, qemu_path_, socket_path_;
    std::string              bios_, initrd_, append_, memory_;
    OwnedFile                ram_file_; // from QEMU's start until it has mapped it
    std::string              ram_path_;
    struct DevicePort
    {
        std::string name;
        SST::Link*  link;       // its window: windows_, same index
        std::string compatible;  // from the device's DeviceInfoEvent
        std::string device_name; // likewise: the device component's name
        std::vector<std::pair<uint64_t, uint64_t>> posted; // likewise: (address, size) ranges writes may be posted to
        /** The device's name where it gave one, else the port's. */
        const std::string& label() const { return device_name.empty() ? name : device_name; }
    };
    std::vector<DevicePort> ports_;
    AddressMap              windows_; // the devices' windows in port order, then the memory slot's;
                                      // sst-device's window covers them
    MemorySlot              memory_slot_{ nullptr };
    std::string             memory_label_ = "memory";
    uint64_t                clock_period_ps_ = 1000; // the bridge's clock: the memory slot's latencies, in cycles
    std::vector<std::string> qemu_args_;
    int                      connect_timeout_ms_, frame_timeout_ms_, idle_timeout_ms_;
    uint32_t                 response_timeout_ms_;
    int                      verbose_;
    bool                     report_wall_latency_;
    int                      spin_us_;
    std::vector<uint32_t>    wall_intervals_ns_; // sampled, between consecutive requests (benchmarks only)
    uint64_t                 wall_requests_ = 0;
    std::chrono::steady_clock::time_point last_request_wall_;
    uint32_t                 protocol_wanted_;
    uint64_t                 sync_quantum_ps_;
    uint64_t                 max_sync_quantum_ps_;
    int                      icount_shift_;
    uint32_t                 irq_;

    // QEMU and its connection
    ChildProcess                 qemu_;
    UnixListener                 listener_;
    std::unique_ptr<Channel>     chan_; // to QEMU, once it has connected
    std::string                  transport_;
    FrameReader<SSTMMIORequest>  reader_;     // version 1 frames (and the first frame, a HELLO or not)
    FrameReader<SSTMsg>          msg_reader_; // version 2 frames
    uint32_t                     version_ = 0; // 0 until QEMU's first frame says
    uint32_t                     capabilities_ = 0;
    LineForwarder                stdout_forwarder_, stderr_forwarder_;
    std::optional<int>           qemu_status_;

    // The transaction in flight (QEMU waits for one response at a time)
    size_t             outstanding_port_ = 0;
    int                outstanding_hart_ = -1; // the hart that made it (SST_CAP_HART), -1: not known
    SST::Link*         pump_;
    SST::Link*         memory_issue_ = nullptr; // self link: the guest's time for an access to the memory slot
    MemorySlot::StandardMem::Request::id_t memory_request_ = 0; // the outstanding one's, if it went there
    SST::Link*         sync_;         // self link: SST reached a SYNC's time
    SST::Link*         guest_end_;    // self link: SST reached the time the guest ended (EXIT)
    SST::SimTime_t     guest_end_ps_ = 0; // from EXIT: when the guest ended
    bool               guest_reset_  = false; // from EXIT: the guest reset the machine (-no-reboot ended QEMU)
    bool               sync_pending_ = false;
    uint32_t           outstanding_tag_ = 0;
    uint32_t           next_dma_tag_    = 1;
    struct Deferred
    {
        std::unique_ptr<SST::Event> event; // an interrupt or a DMA request
        size_t                      port;
        SST::SimTime_t              at_ps; // when the device sent it
    };
    std::deque<Deferred>         deferred_; // for when QEMU waits
    std::optional<GuestDeadline> deadline_;   // from the devices' announcements, once the ports are known
    ProgressHub::Member          hub_;
    std::optional<uint64_t>      report_armed_; // the TIME_REQ QEMU has armed: it reports on reaching this
    std::unique_ptr<BridgeTrace> trace_; // the trace parameter's file, if any
    SST::TimeConverter ps_;
    bool               outstanding_ = false;
    uint64_t           next_id_ = 1, outstanding_id_ = 0;
    SSTMMIORequest     outstanding_req_{};
    SST::SimTime_t     sent_at_ps_ = 0;

    // Posted writes on their way to their devices, by transaction id
    struct PostedWrite
    {
        size_t         port;
        SSTPostedWrite write;
    };
    std::map<uint64_t, PostedWrite> posted_;
    std::vector<uint8_t>            posted_payload_; // reused: no allocation per batch
    bool                            posted_failed_ = false; // since the last MMIO_RESP: its flag says so
    bool                            end_waits_     = false; // the guest ended; its posted writes are still on the way

    SST::Statistics::Statistic<uint64_t>* stat_reads_;
    SST::Statistics::Statistic<uint64_t>* stat_writes_;
    SST::Statistics::Statistic<uint64_t>* stat_bytes_sent_;
    SST::Statistics::Statistic<uint64_t>* stat_bytes_received_;
    SST::Statistics::Statistic<uint64_t>* stat_round_trip_;
    SST::Statistics::Statistic<uint64_t>* stat_bad_frames_;
    SST::Statistics::Statistic<uint64_t>* stat_syncs_;
    SST::Statistics::Statistic<uint64_t>* stat_interrupts_;
    SST::Statistics::Statistic<uint64_t>* stat_dma_bytes_;
    SST::Statistics::Statistic<uint64_t>* stat_posted_writes_;
    SST::Statistics::Statistic<uint64_t>* stat_posted_errors_;
};

} // namespace qemubinary

#endif
