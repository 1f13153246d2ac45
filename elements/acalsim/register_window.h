// SPDX-License-Identifier: BSD-3-Clause
// What every acalsim device does with the guest's accesses to its registers, in one place.
// Accesses arrive two ways, and are answered the way they came, access_latency device
// cycles after the device decides:
//   - cosim::MemoryTransactionEvent on cpu_port, from qemubinary.QEMUBinary's device_port;
//   - StandardMem Read/Write on the device's `iface` slot (memHierarchy.standardInterface),
//     from the bridge's `memory` slot through a memHierarchy.Bus or a MemNIC network: the
//     device is then a StandardMem endpoint that claims its window with
//     setMemoryMappedAddressRegion(base_addr, size) and answers with makeResponse().
// The device sees only offsets (Access) and answers now or, keeping the Ticket, later.
#ifndef ELEMENTS_ACALSIM_REGISTER_WINDOW_H
#define ELEMENTS_ACALSIM_REGISTER_WINDOW_H

#include "events/cosim_events.h"

#include <sst/core/interfaces/stdMem.h>
#include <sst/core/link.h>
#include <sst/core/params.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace acalsim {

// The ELI entries of what RegisterWindow reads, for each device's SST_ELI_DOCUMENT_PARAMS.
#define ACALSIM_REGISTER_WINDOW_PARAMS(default_base)                                                            \
    { "base_addr", "Guest-physical address of register 0", default_base },                                  \
    { "size", "Size of the register window in bytes", "4096" },                                             \
    { "access_latency", "Device cycles a register access takes", "1" }
// For a device that declares posted registers (declarePosted): `registers` names them.
#define ACALSIM_POSTED_WRITES_PARAM(registers)                                                                 \
    { "posted_writes", "Let the guest post its writes to " registers ": they complete for the guest at once "  \
                       "and reach the device at the write's time plus the link latency, batched (protocol 2; "  \
                       "an error is counted and logged by the bridge, docs/protocol.md)", "false" }
#define ACALSIM_REGISTER_WINDOW_SLOT                                                                           \
    { "iface", "StandardMem interface (memHierarchy.standardInterface) through which the guest reaches the "  \
               "registers as a StandardMem endpoint (QEMUBinary's memory slot, a Bus or a network), instead "   \
               "of over cpu_port",                                                                             \
      "SST::Interfaces::StandardMem" }

class RegisterWindow
{
public:
    using StandardMem = SST::Interfaces::StandardMem;
    /** An access, by offset from base_addr; `outside`: it is not in the window at all;
     *  `port`: which of the cpu ports it came from (0 over StandardMem). */
    struct Access
    {
        bool     read;
        uint64_t offset;
        uint32_t size;
        uint64_t data;
        bool     outside;
        size_t   port;
        bool     posted; // a write the guest did not wait for: it changes no announcement (declarePosted)
    };
    struct Answer
    {
        uint32_t status; // a cosim::AccessStatus
        uint64_t data;   // a read's value
    };
    using Ticket = uint64_t;
    /** The device's decision: an Answer now, or none (it answers the ticket later with answer()). */
    using Handler = std::function<std::optional<Answer>(const Access&, Ticket)>;

    /** Reads base_addr (default `default_base`), size and access_latency (fatal, naming `owner`,
     *  if the window is smaller than `registers_size` or wraps). */
    RegisterWindow(const std::string& owner, SST::Params& params, uint64_t default_base, uint64_t registers_size);

    uint64_t base() const { return base_; }
    uint64_t size() const { return size_; }
    uint32_t accessLatency() const { return access_latency_; }

    /** Where accesses come from: cpu_port (may be null when the device is reached only over
     *  StandardMem), the iface slot's interface (null: none) and a self link in device cycles
     *  for StandardMem answers (its handler calls onAnswerDue). */
    void attach(SST::Link* cpu_port, StandardMem* iface, SST::Link* answer_timer, Handler handler);
    /** The same for a device with several cpu ports (one per guest, cpu_port_N: the Mailbox). */
    void attach(std::vector<SST::Link*> cpu_ports, StandardMem* iface, SST::Link* answer_timer, Handler handler);
    bool overStandardMem() const { return iface_ != nullptr; }

    /** For cpu port `port`'s handler: handles and deletes `ev` if it is an access; false otherwise. */
    bool take(SST::Event* ev, size_t port = 0);
    /** What the device's handlers of the iface slot and of answer_timer call. */
    void onStandardMem(StandardMem::Request* req);
    void onAnswerDue(SST::Event* ev);
    /** Answers a held access; `waited`: device cycles it has waited already (its reported latency). */
    void answer(Ticket ticket, Answer a, uint32_t waited = 0);
    /** Registers [offset, offset + size) take posted writes, if the device's posted_writes
     *  parameter is on: see cosim::DeviceInfoEvent::posted for what a device may declare. */
    void declarePosted(uint64_t offset, uint64_t size);
    /** What the device tells the bridge in init phase 0: its compatible, name and posted ranges. */
    cosim::DeviceInfoEvent* deviceInfo(const std::string& compatible, const std::string& name) const;
    /** The bridge's number of the last access taken from cpu_port (cosim::QuietUntilEvent::seen_seq). */
    uint64_t lastSeq() const { return last_seq_; }

    void init(unsigned int phase);
    void setup();
    void finish();

private:
    struct Held
    {
        uint64_t                              cosim_id = 0; // over cpu port `port`
        size_t                                port     = 0;
        std::unique_ptr<StandardMem::Request> request;      // over StandardMem
        uint32_t                              size = 0;
    };
    void decide(const Access& access, Held held);
    void respond(Held& held, Answer a, uint32_t waited);

    std::string                      owner_;
    uint64_t                         base_, size_;
    uint32_t                         access_latency_;
    bool                             posted_writes_;
    std::vector<std::pair<uint64_t, uint64_t>> posted_; // guest-physical (address, size)
    std::vector<SST::Link*>          cpu_ports_;
    StandardMem*                     iface_        = nullptr;
    SST::Link*                       answer_timer_ = nullptr;
    Handler                          handler_;
    std::map<Ticket, Held>           held_;
    Ticket                           next_ticket_ = 1;
    std::deque<std::unique_ptr<StandardMem::Request>> due_; // StandardMem answers, in timer order
    uint64_t                         last_seq_ = 0;
};

} // namespace acalsim

#endif
