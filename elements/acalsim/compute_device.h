// SPDX-License-Identifier: BSD-3-Clause
// acalsim.ComputeDevice: a small ALU with a modelled latency, and a peer link
// to another ComputeDevice. Its registers: registers/compute_device_regs.h. Operations are
// unsigned with 32-bit wrap-around; TRIGGER keeps it BUSY for compute_latency cycles;
// PEER_OUT travels over peer_port.
#ifndef ELEMENTS_ACALSIM_COMPUTE_DEVICE_H
#define ELEMENTS_ACALSIM_COMPUTE_DEVICE_H

#include "events/cosim_events.h"
#include "register_window.h"
#include "events/device_trace.h"

#include <sst/core/component.h>
#include <sst/core/link.h>

namespace acalsim {

/** A value sent between ComputeDevices over peer_port. */
class PeerValueEvent : public SST::Event
{
public:
    PeerValueEvent() = default;
    explicit PeerValueEvent(uint32_t value) : value(value) {}
    uint32_t value = 0;
    void     serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(value);
    }
    ImplementSerializable(acalsim::PeerValueEvent)
};

class ComputeDevice : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(ComputeDevice, "acalsim", "ComputeDevice", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "ALU (ADD, SUB, MUL, DIV) with a compute latency and a peer link; "
                               "each operation is a slice on its track in the bridge's trace",
                               COMPONENT_CATEGORY_PROCESSOR)
    SST_ELI_DOCUMENT_PARAMS({ "compatible", "Device-tree compatible string of the guest's node for this device (cosim::DeviceInfoEvent)", "acalsim,compute-device" },
                            { "clock", "Device clock: the unit of the latencies", "1GHz" },
                            ACALSIM_REGISTER_WINDOW_PARAMS("0x10300000"),
                            ACALSIM_POSTED_WRITES_PARAM("A, B and OP"),
                            { "compute_latency", "Cycles an operation keeps the device BUSY", "5" },
                            { "verbose", "0: quiet, 1: operations and peer values", "0" })
    SST_ELI_DOCUMENT_PORTS({ "cpu_port", "From qemubinary.QEMUBinary (device_port or device_port_N)",
                             { "cosim.MemoryTransactionEvent", "cosim.MemoryResponseEvent" } },
                           { "peer_port", "To another ComputeDevice's peer_port (optional)", { "acalsim.PeerValueEvent" } })
    SST_ELI_DOCUMENT_SUBCOMPONENT_SLOTS(ACALSIM_REGISTER_WINDOW_SLOT)
    SST_ELI_DOCUMENT_STATISTICS({ "operations", "Operations completed", "count", 1 },
                                { "errors", "Divide by zero, bad OP, rejected accesses", "count", 1 },
                                { "peer_sent", "Values sent to the peer", "count", 1 },
                                { "peer_received", "Values received from the peer", "count", 1 })

    ComputeDevice(SST::ComponentId_t id, SST::Params& params);
    /** Phase 0: tells the bridge what it is (its device-tree compatible); learns whether it traces. */
    void init(unsigned int phase) override;
    /** Tells the bridge that it only ever answers: its guest need not stop for it. */
    void setup() override;
    void finish() override;

private:
    void onEvent(SST::Event* ev);
    // The register window's handlers (SST's handlers call components, which it can checkpoint).
    void onStandardMem(SST::Interfaces::StandardMem::Request* req);
    void onAnswerDue(SST::Event* ev);
    RegisterWindow::Answer onAccess(const RegisterWindow::Access& a);
    RegisterWindow::Answer reply(uint32_t status, uint64_t data);
    void onPeer(SST::Event* ev);
    void onDone(SST::Event* ev);

    RegisterWindow window_;
    uint32_t   compute_latency_;
    int        verbose_;
    std::string compatible_;
    SST::Link* cpu_port_; // null when the device is reached over StandardMem only
    SST::Link* peer_port_ = nullptr; // null when peer_port is not connected
    SST::Link* done_;      // self link: the operation in flight completes
    SST::TimeConverter ps_;
    cosim::DeviceTrace trace_;             // each operation, as a slice in the bridge's trace
    SST::SimTime_t     op_started_ps_ = 0; // the operation in flight

    uint32_t a_ = 0, b_ = 0, op_ = 0, result_ = 0, peer_in_ = 0;
    bool     busy_ = false, ready_ = false, error_ = false, peer_valid_ = false;
    uint64_t generation_ = 0;

    SST::Statistics::Statistic<uint64_t>* stat_operations_;
    SST::Statistics::Statistic<uint64_t>* stat_errors_;
    SST::Statistics::Statistic<uint64_t>* stat_peer_sent_;
    SST::Statistics::Statistic<uint64_t>* stat_peer_received_;
};

} // namespace acalsim

#endif
