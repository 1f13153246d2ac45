// SPDX-License-Identifier: BSD-3-Clause
#include "compute_device.h"

#include "common/element_error.h"
#include "common/stdmem_handler.h"
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

ComputeDevice::ComputeDevice(SST::ComponentId_t id, SST::Params& params)
    : Component(id), window_(getName(), params, 0x10300000, CD_REGS_SIZE)
{
    compatible_      = params.find<std::string>("compatible", "acalsim,compute-device");
    compute_latency_ = params.find<uint32_t>("compute_latency", 5);
    verbose_         = params.find<int>("verbose", 0);
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    ps_                      = getTimeConverter("1ps");
    // cpu_port is optional (the device may be reached over StandardMem only); a handler given for an
    // unconnected port would be lost (as in SST Core).
    cpu_port_ = nullptr;
    if ( isPortConnected("cpu_port") )
        cpu_port_ = configureLink("cpu_port", cycle, new SST::Event::Handler<ComputeDevice, &ComputeDevice::onEvent>(this));
    using StandardMem = SST::Interfaces::StandardMem;
    StandardMem* iface = loadUserSubComponent<StandardMem>(
        "iface", SST::ComponentInfo::SHARE_NONE, cycle,
        acalsim::standardMemHandler<ComputeDevice, &ComputeDevice::onStandardMem>(this));
    window_.attach(cpu_port_, iface,
                   configureSelfLink("answer_timer", cycle,
                                     new SST::Event::Handler<ComputeDevice, &ComputeDevice::onAnswerDue>(this)),
                   [this](const RegisterWindow::Access& a, RegisterWindow::Ticket) { return onAccess(a); });
    window_.declarePosted(CD_A, CD_RESULT - CD_A); // operands and OP; CONTROL's TRIGGER waits
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
    if ( cpu_port_ ) {
        if ( phase == 0 ) cpu_port_->sendUntimedData(window_.deviceInfo(compatible_, getName()));
        trace_.init(cpu_port_);
    }
    window_.init(phase);
}

void ComputeDevice::setup()
{
    window_.setup();
    if ( cpu_port_ ) cpu_port_->send(cosim::QuietUntilEvent::passive()); // results are polled
}

void ComputeDevice::finish() { window_.finish(); }

void ComputeDevice::onStandardMem(SST::Interfaces::StandardMem::Request* req) { window_.onStandardMem(req); }
void ComputeDevice::onAnswerDue(SST::Event* ev) { window_.onAnswerDue(ev); }

void ComputeDevice::onEvent(SST::Event* ev)
{
    if ( !window_.take(ev) ) fatalError(getName(), "cpu_port delivered an event that is not an access");
}

RegisterWindow::Answer ComputeDevice::reply(uint32_t status, uint64_t data)
{
    if ( status != cosim::ACCESS_OK ) stat_errors_->addData(1);
    return { status, data };
}

RegisterWindow::Answer ComputeDevice::onAccess(const RegisterWindow::Access& a)
{
    if ( a.outside ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    const uint64_t offset = a.offset;
    if ( offset > CD_PEER_IN || offset % 4 ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    if ( a.size != 4 ) return reply(cosim::ACCESS_BAD_SIZE, 0);
    const uint32_t v = static_cast<uint32_t>(a.data);
    if ( a.read ) {
        switch ( offset ) {
        case CD_A:
            return reply(cosim::ACCESS_OK, a_);
        case CD_B:
            return reply(cosim::ACCESS_OK, b_);
        case CD_OP:
            return reply(cosim::ACCESS_OK, op_);
        case CD_RESULT:
            return reply(cosim::ACCESS_OK, result_);
        case CD_STATUS:
            return reply(cosim::ACCESS_OK, (busy_ ? CD_STATUS_BUSY : 0) | (ready_ ? CD_STATUS_READY : 0) |
                                               (error_ ? CD_STATUS_ERROR : 0) | (peer_valid_ ? CD_STATUS_PEER_VALID : 0));
        case CD_PEER_IN:
            peer_valid_ = false;
            return reply(cosim::ACCESS_OK, peer_in_);
        }
        return reply(cosim::ACCESS_DENIED, 0); // CONTROL and PEER_OUT are write-only
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
        if ( !peer_port_ ) return reply(cosim::ACCESS_ERROR, 0); // no peer connected
        peer_port_->send(new PeerValueEvent(v));
        stat_peer_sent_->addData(1);
        break;
    default:
        return reply(cosim::ACCESS_DENIED, 0); // RESULT, STATUS, PEER_IN are read-only
    }
    return reply(cosim::ACCESS_OK, 0);
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
