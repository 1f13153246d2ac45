// SPDX-License-Identifier: BSD-3-Clause
// acalsim.Mailbox: message queues shared by several QEMU instances, one
// cpu_port_N each. Its registers: registers/mailbox_regs.h; each port sees its own
// TARGET and inbox. SEND delivers after delivery_latency cycles; RECV on an empty inbox
// is answered with an error status.
#ifndef ELEMENTS_ACALSIM_MAILBOX_H
#define ELEMENTS_ACALSIM_MAILBOX_H

#include "events/cosim_events.h"
#include "register_window.h"

#include <sst/core/component.h>
#include <sst/core/link.h>

#include <deque>
#include <vector>

namespace acalsim {

class Mailbox : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Mailbox, "acalsim", "Mailbox", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Message queues between several QEMU instances", COMPONENT_CATEGORY_NETWORK)
    SST_ELI_DOCUMENT_PARAMS({ "compatible", "Device-tree compatible string of each guest's node for the mailbox (cosim::DeviceInfoEvent)", "acalsim,mailbox" },
                            { "clock", "Clock: the unit of the latencies", "1GHz" },
                            ACALSIM_REGISTER_WINDOW_PARAMS("0x10200000"), // the same window for every port
                            { "delivery_latency", "Cycles from SEND until the value is in the target's inbox", "10" })
    SST_ELI_DOCUMENT_PORTS({ "cpu_port_%d", "From QEMU instance N (qemubinary.QEMUBinary device_port)",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent" } })
    SST_ELI_DOCUMENT_STATISTICS({ "messages", "Values delivered", "count", 1 },
                                { "errors", "Rejected accesses (including RECV from an empty inbox)", "count", 1 })

    Mailbox(SST::ComponentId_t id, SST::Params& params);
    /** Phase 0: tells each bridge what it is (its device-tree compatible). */
    void init(unsigned int phase) override;
    /** Tells the bridge that it only ever answers: its guest need not stop for it. */
    void setup() override;

private:
    struct Port
    {
        SST::Link*           link;
        uint32_t             target = 0;
        std::deque<uint32_t> inbox;
    };
    void onEvent(SST::Event* ev, size_t port);
    RegisterWindow::Answer onAccess(const RegisterWindow::Access& a);
    RegisterWindow::Answer reply(uint32_t status, uint64_t data);
    void onDelivery(SST::Event* ev);

    std::string       compatible_;
    RegisterWindow    window_; // each guest's accesses come on its own port (no StandardMem: guests look alike there)
    uint32_t          delivery_latency_;
    std::vector<Port> ports_;
    SST::Link*        delivery_; // self link: a sent value reaches its inbox

    SST::Statistics::Statistic<uint64_t>* stat_messages_;
    SST::Statistics::Statistic<uint64_t>* stat_errors_;
};

} // namespace acalsim

#endif
