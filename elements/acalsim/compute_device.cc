// SPDX-License-Identifier: BSD-3-Clause
#include "compute_device.h"

#include "common/element_error.h"
#include "compute_device_regs.h"

namespace acalsim {
namespace {

class OperationDoneEvent : public SST::Event
{
public:
    OperationDoneEvent() = default;
    explicit OperationDoneEvent(uint64_t generation) : generation(generation) {}
    uint64_t generation = 0;
    void     serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(generation);
    }
    ImplementSerializable(acalsim::OperationDoneEvent)
};

} // namespace

ComputeDevice::ComputeDevice(SST::ComponentId_t id, SST::Params& params) : Component(id)
{
    compatible_ = params.find<std::string>("compatible", "acalsim,compute-device");
    base_            = params.find<uint64_t>("base_addr", 0x10300000);
    size_            = params.find<SST::UnitAlgebra>("size", "4096").getRoundedValue();
    compute_latency_ = params.find<uint32_t>("compute_latency", 5);
    access_latency_  = params.find<uint32_t>("access_latency", 1);
    verbose_         = params.find<int>("verbose", 0);
    if ( size_ < CD_REGS_SIZE )
        fatalError(getName(), "size " + std::to_string(size_) + " is smaller than the register map (32 bytes)");
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    ps_                      = getTimeConverter("1ps");
    cpu_port_ = configureLink("cpu_port", cycle, new SST::Event::Handler<ComputeDevice, &ComputeDevice::onAccess>(this));
    if ( !cpu_port_ ) fatalError(getName(), "port cpu_port is not connected");
    // peer_port is optional; a handler given for an unconnected port would be lost (as in SST Core).
    if ( isPortConnected("peer_port") )
        peer_port_ = configureLink("peer_port", cycle, new SST::Event::Handler<ComputeDevice, &ComputeDevice::onPeer>(this));
    done_      = configureSelfLink("done", cycle, new SST::Event::Handler<ComputeDevice, &ComputeDevice::onDone>(this));
    stat_operations_    = registerStatistic<uint64_t>("operations");
    stat_errors_        = registerStatistic<uint64_t>("errors");
    stat_peer_sent_     = registerStatistic<uint64_t>("peer_sent");
    stat_peer_received_ = registerStatistic<uint64_t>("peer_received");
}

void ComputeDevice::init(unsigned int phase)
{
    if ( phase == 0 ) cpu_port_->sendUntimedData(new cosim::DeviceInfoEvent(compatible_, getName()));
    trace_.init(cpu_port_);
}

void ComputeDevice::setup() { cpu_port_->send(cosim::QuietUntilEvent::passive()); } // results are polled

void ComputeDevice::respond(uint64_t id, uint32_t status, uint64_t data)
{
    if ( status != cosim::ACCESS_OK ) stat_errors_->addData(1);
    cpu_port_->send(access_latency_, new cosim::MemoryResponseEvent(id, status, data, access_latency_));
}

void ComputeDevice::onAccess(SST::Event* ev)
{
    const cosim::MemoryTransactionEvent t = *static_cast<cosim::MemoryTransactionEvent*>(ev);
    delete ev;
    const bool read = t.type == cosim::MemoryTransactionEvent::READ;
    if ( t.address < base_ || t.address - base_ >= size_ ) return respond(t.id, cosim::ACCESS_BAD_ADDRESS, 0);
    const uint64_t offset = t.address - base_;
    if ( offset > CD_PEER_IN || offset % 4 ) return respond(t.id, cosim::ACCESS_BAD_ADDRESS, 0);
    if ( t.size != 4 ) return respond(t.id, cosim::ACCESS_BAD_SIZE, 0);
    const uint32_t v = static_cast<uint32_t>(t.data);
    if ( read ) {
        switch ( offset ) {
        case CD_A:
            return respond(t.id, cosim::ACCESS_OK, a_);
        case CD_B:
            return respond(t.id, cosim::ACCESS_OK, b_);
        case CD_OP:
            return respond(t.id, cosim::ACCESS_OK, op_);
        case CD_RESULT:
            return respond(t.id, cosim::ACCESS_OK, result_);
        case CD_STATUS:
            return respond(t.id, cosim::ACCESS_OK,
                           (busy_ ? CD_STATUS_BUSY : 0) | (ready_ ? CD_STATUS_READY : 0) | (error_ ? CD_STATUS_ERROR : 0) |
                               (peer_valid_ ? CD_STATUS_PEER_VALID : 0));
        case CD_PEER_IN:
            peer_valid_ = false;
            return respond(t.id, cosim::ACCESS_OK, peer_in_);
        }
        return respond(t.id, cosim::ACCESS_DENIED, 0); // CONTROL and PEER_OUT are write-only
    }
    switch ( offset ) {
    case CD_A:
        a_ = v;
        break;
    case CD_B:
        b_ = v;
        break;
    case CD_OP:
        op_ = v;
        break;
    case CD_CONTROL:
        if ( v & CD_CONTROL_RESET ) {
            ++generation_; // an operation in flight is dropped
            a_ = b_ = op_ = result_ = peer_in_ = 0;
            busy_ = ready_ = error_ = peer_valid_ = false;
        }
        else if ( v & CD_CONTROL_TRIGGER ) {
            busy_          = true;
            ready_         = false;
            op_started_ps_ = getCurrentSimTime(ps_);
            done_->send(compute_latency_, new OperationDoneEvent(++generation_));
        }
        break;
    case CD_PEER_OUT:
        if ( !peer_port_ ) return respond(t.id, cosim::ACCESS_ERROR, 0); // no peer connected
        peer_port_->send(new PeerValueEvent(v));
        stat_peer_sent_->addData(1);
        break;
    default:
        return respond(t.id, cosim::ACCESS_DENIED, 0); // RESULT, STATUS, PEER_IN are read-only
    }
    respond(t.id, cosim::ACCESS_OK, 0);
}

void ComputeDevice::onDone(SST::Event* ev)
{
    const uint64_t generation = static_cast<OperationDoneEvent*>(ev)->generation;
    delete ev;
    if ( generation != generation_ ) return;
    busy_  = false;
    ready_ = true;
    error_ = false;
    switch ( op_ ) {
    case CD_OP_ADD:
        result_ = a_ + b_;
        break;
    case CD_OP_SUB:
        result_ = a_ - b_;
        break;
    case CD_OP_MUL:
        result_ = a_ * b_;
        break;
    case CD_OP_DIV:
        if ( b_ == 0 )
            error_ = true;
        else
            result_ = a_ / b_;
        break;
    default:
        error_ = true;
    }
    (error_ ? stat_errors_ : stat_operations_)->addData(1);
    if ( trace_.on() ) {
        static const char* const names[] = { "add", "sub", "mul", "div" };
        trace_.slice(op_ < 4 ? names[op_] : "bad op", op_started_ps_, getCurrentSimTime(ps_),
                     cosim::TraceArgs().number("a", a_).number("b", b_).number("op", op_).number("result", result_).number("error", error_));
    }
    if ( verbose_ )
        getSimulationOutput().output("%s: op %u on %u, %u -> %s %u\n", getName().c_str(), op_, a_, b_,
                                     error_ ? "error" : "result", result_);
}

void ComputeDevice::onPeer(SST::Event* ev)
{
    peer_in_    = static_cast<PeerValueEvent*>(ev)->value;
    peer_valid_ = true;
    delete ev;
    stat_peer_received_->addData(1);
    if ( verbose_ ) getSimulationOutput().output("%s: peer value %u\n", getName().c_str(), peer_in_);
}

} // namespace acalsim
