// SPDX-License-Identifier: BSD-3-Clause
// acalsim.QEMUDevice: the default device behind QEMU's sst-device, an echo engine.
// Its registers: registers/qemu_device_regs.h. An echo keeps it BUSY for echo_latency
// cycles; a read of DATA_OUT while BUSY is answered on completion; RESET clears the
// registers and aborts an echo.
// Unknown offsets, addresses outside the window, accesses other than 32 bits,
// writes to DATA_OUT and reads of CONTROL are answered with an error status
// and set STATUS.ERROR.
#ifndef ELEMENTS_ACALSIM_QEMU_DEVICE_H
#define ELEMENTS_ACALSIM_QEMU_DEVICE_H

#include "events/cosim_events.h"
#include "register_window.h"

#include <sst/core/component.h>
#include <sst/core/link.h>

#include <vector>

namespace acalsim {

class QEMUDevice : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(QEMUDevice, "acalsim", "QEMUDevice", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Echo device with DATA_IN/DATA_OUT/STATUS/CONTROL registers, driven by QEMU guest MMIO",
                               COMPONENT_CATEGORY_PROCESSOR)
    SST_ELI_DOCUMENT_PARAMS({ "compatible", "Device-tree compatible string of the guest's node for this device (cosim::DeviceInfoEvent)", "acalsim,qemu-device" },
                            { "clock", "Device clock: the unit of echo_latency and access_latency", "1GHz" },
                            ACALSIM_REGISTER_WINDOW_PARAMS("0x10200000"),
                            { "echo_latency", "Cycles an echo operation keeps the device BUSY", "10" },
                            { "announce", "Tell the bridge that the device only answers, so that its guest never "
                                          "stops for it; false: like a device that does not announce (its guest "
                                          "stops every sync_quantum), for comparison", "true" },
                            { "verbose", "0: quiet, 1: every access, 2: also echo completions", "0" })
    SST_ELI_DOCUMENT_PORTS({ "cpu_port", "Transactions from the CPU (qemubinary.QEMUBinary device_port)",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent" } })
    SST_ELI_DOCUMENT_SUBCOMPONENT_SLOTS(ACALSIM_REGISTER_WINDOW_SLOT)
    SST_ELI_DOCUMENT_STATISTICS({ "reads", "Register reads", "count", 1 },
                                { "writes", "Register writes", "count", 1 },
                                { "echoes", "Echo operations completed", "count", 1 },
                                { "errors", "Accesses answered with an error status", "count", 1 })

    QEMUDevice(SST::ComponentId_t id, SST::Params& params);
    /** Phase 0: tells the bridge what it is (its device-tree compatible). */
    void init(unsigned int phase) override;
    /** Tells the bridge that it only ever answers: its guest need not stop for it. */
    void setup() override;
    void finish() override;

private:
    struct PendingRead
    {
        RegisterWindow::Ticket ticket;
        SST::SimTime_t         since; // in device cycles
    };

    void     onEvent(SST::Event* ev);
    // The register window's handlers (SST's handlers call components, which it can checkpoint).
    void     onStandardMem(SST::Interfaces::StandardMem::Request* req);
    void     onAnswerDue(SST::Event* ev);
    std::optional<RegisterWindow::Answer> onAccess(const RegisterWindow::Access& a, RegisterWindow::Ticket ticket);
    void     onEchoDone(SST::Event* ev);
    void     startEcho();
    void     reset();
    uint32_t status() const;
    RegisterWindow::Answer reject(const RegisterWindow::Access& a, uint32_t status, const char* why);

    RegisterWindow window_;
    uint32_t echo_latency_;
    int      verbose_;
    bool     announce_;

    std::string compatible_;
    SST::Link* cpu_port_; // null when the device is reached over StandardMem only
    SST::Link* echo_done_; // self link: fires when an echo completes

    uint32_t                 data_in_ = 0, data_out_ = 0;
    bool                     busy_ = false, ready_ = false, error_ = false;
    uint64_t                 echo_generation_ = 0; // a completion of an older generation is stale
    std::vector<PendingRead> pending_reads_;       // DATA_OUT reads waiting for the echo

    SST::Statistics::Statistic<uint64_t>* stat_reads_;
    SST::Statistics::Statistic<uint64_t>* stat_writes_;
    SST::Statistics::Statistic<uint64_t>* stat_echoes_;
    SST::Statistics::Statistic<uint64_t>* stat_errors_;
};

} // namespace acalsim

#endif
