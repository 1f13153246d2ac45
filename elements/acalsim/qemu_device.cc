// SPDX-License-Identifier: BSD-3-Clause
#include "qemu_device.h"

#include "common/element_error.h"
#include "common/stdmem_handler.h"
#include "qemu_device_regs.h"

namespace acalsim {
namespace {

const char* regName(uint64_t offset)
{
    switch ( offset ) {
    case SST_REG_DATA_IN:
        return "DATA_IN";
    case SST_REG_DATA_OUT:
        return "DATA_OUT";
    case SST_REG_STATUS:
        return "STATUS";
    case SST_REG_CONTROL:
        return "CONTROL";
    }
    return "?";
}

/** Completion of the echo of a given generation (self link). */
class EchoDoneEvent : public SST::Event
{
public:
    EchoDoneEvent() = default;
    explicit EchoDoneEvent(uint64_t generation) : generation(generation) {}
    uint64_t generation = 0;
    void     serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(generation);
    }
    ImplementSerializable(acalsim::EchoDoneEvent)
};

} // namespace

QEMUDevice::QEMUDevice(SST::ComponentId_t id, SST::Params& params)
    : Component(id), window_(getName(), params, 0x10200000, SST_REGS_SIZE)
{
    compatible_   = params.find<std::string>("compatible", "acalsim,qemu-device");
    echo_latency_ = params.find<uint32_t>("echo_latency", 10);
    verbose_      = params.find<int>("verbose", 0);
    announce_     = params.find<bool>("announce", true);

    // Everything is in device cycles; no clock handler: the device only acts on events.
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    // cpu_port is optional (the device may be reached over StandardMem only); a handler given for an
    // unconnected port would be lost (as in SST Core).
    cpu_port_ = nullptr;
    if ( isPortConnected("cpu_port") )
        cpu_port_ = configureLink("cpu_port", cycle, new SST::Event::Handler<QEMUDevice, &QEMUDevice::onEvent>(this));
    using StandardMem = SST::Interfaces::StandardMem;
    StandardMem* iface = loadUserSubComponent<StandardMem>(
        "iface", SST::ComponentInfo::SHARE_NONE, cycle,
        acalsim::standardMemHandler<QEMUDevice, &QEMUDevice::onStandardMem>(this));
    window_.attach(cpu_port_, iface,
                   configureSelfLink("answer_timer", cycle,
                                     new SST::Event::Handler<QEMUDevice, &QEMUDevice::onAnswerDue>(this)),
                   [this](const RegisterWindow::Access& a, RegisterWindow::Ticket t) { return onAccess(a, t); });
    echo_done_ =
        configureSelfLink("echo_done", cycle, new SST::Event::Handler<QEMUDevice, &QEMUDevice::onEchoDone>(this));

    stat_reads_  = registerStatistic<uint64_t>("reads");
    stat_writes_ = registerStatistic<uint64_t>("writes");
    stat_echoes_ = registerStatistic<uint64_t>("echoes");
    stat_errors_ = registerStatistic<uint64_t>("errors");
}

void QEMUDevice::init(unsigned int phase)
{
    if ( phase == 0 && cpu_port_ ) cpu_port_->sendUntimedData(window_.deviceInfo(compatible_, getName()));
    window_.init(phase);
}

void QEMUDevice::setup()
{
    window_.setup();
    if ( announce_ && cpu_port_ ) cpu_port_->send(cosim::QuietUntilEvent::passive()); // held reads are answers too
}

void QEMUDevice::finish() { window_.finish(); }

uint32_t QEMUDevice::status() const
{
    return (busy_ ? SST_STATUS_BUSY : 0) | (ready_ ? SST_STATUS_DATA_READY : 0) | (error_ ? SST_STATUS_ERROR : 0);
}

RegisterWindow::Answer QEMUDevice::reject(const RegisterWindow::Access& a, uint32_t status, const char* why)
{
    error_ = true;
    stat_errors_->addData(1);
    if ( verbose_ )
        getSimulationOutput().output("%s: %s of %u bytes at 0x%llx rejected: %s\n", getName().c_str(),
                                     a.read ? "read" : "write", a.size,
                                     static_cast<unsigned long long>(window_.base() + a.offset), why);
    return { status, 0 };
}

void QEMUDevice::startEcho()
{
    busy_  = true;
    ready_ = false;
    echo_done_->send(echo_latency_, new EchoDoneEvent(++echo_generation_));
}

void QEMUDevice::reset()
{
    ++echo_generation_; // aborts an echo in flight
    data_in_ = data_out_ = 0;
    busy_ = ready_ = error_ = false;
    for ( const PendingRead& r : pending_reads_ ) // a read waiting for DATA_OUT gets its reset value
        window_.answer(r.ticket, { cosim::ACCESS_OK, 0 });
    pending_reads_.clear();
}

void QEMUDevice::onEchoDone(SST::Event* ev)
{
    const uint64_t generation = static_cast<EchoDoneEvent*>(ev)->generation;
    delete ev;
    if ( generation != echo_generation_ ) return; // superseded by START or RESET
    data_out_ = data_in_;
    busy_     = false;
    ready_    = true;
    stat_echoes_->addData(1);
    if ( verbose_ >= 2 )
        getSimulationOutput().output("%s: echo of 0x%08x done\n", getName().c_str(), data_out_);
    const SST::SimTime_t now = getCurrentSimTime();
    // A held read has already waited in simulated time: only the access itself is still to come.
    for ( const PendingRead& r : pending_reads_ )
        window_.answer(r.ticket, { cosim::ACCESS_OK, data_out_ }, static_cast<uint32_t>(now - r.since));
    pending_reads_.clear();
}

void QEMUDevice::onStandardMem(SST::Interfaces::StandardMem::Request* req) { window_.onStandardMem(req); }
void QEMUDevice::onAnswerDue(SST::Event* ev) { window_.onAnswerDue(ev); }

void QEMUDevice::onEvent(SST::Event* ev)
{
    if ( !window_.take(ev) ) fatalError(getName(), "cpu_port delivered an event that is not an access");
}

std::optional<RegisterWindow::Answer> QEMUDevice::onAccess(const RegisterWindow::Access& a, RegisterWindow::Ticket ticket)
{
    if ( a.outside ) return reject(a, cosim::ACCESS_BAD_ADDRESS, "outside the window");
    const uint64_t offset = a.offset;
    if ( offset != SST_REG_DATA_IN && offset != SST_REG_DATA_OUT && offset != SST_REG_STATUS && offset != SST_REG_CONTROL )
        return reject(a, cosim::ACCESS_BAD_ADDRESS, "no register at this offset");
    if ( a.size != 4 ) return reject(a, cosim::ACCESS_BAD_SIZE, "registers are 32 bits wide");
    if ( a.read && offset == SST_REG_CONTROL ) return reject(a, cosim::ACCESS_DENIED, "CONTROL is write-only");
    if ( !a.read && offset == SST_REG_DATA_OUT ) return reject(a, cosim::ACCESS_DENIED, "DATA_OUT is read-only");

    const uint32_t value = static_cast<uint32_t>(a.data);
    if ( a.read ) {
        stat_reads_->addData(1);
        if ( offset == SST_REG_DATA_OUT && busy_ ) {
            if ( verbose_ ) getSimulationOutput().output("%s: read DATA_OUT held until the echo completes\n", getName().c_str());
            pending_reads_.push_back({ ticket, getCurrentSimTime() });
            return std::nullopt;
        }
        uint32_t data = offset == SST_REG_DATA_IN ? data_in_ : offset == SST_REG_DATA_OUT ? data_out_ : status();
        if ( verbose_ ) getSimulationOutput().output("%s: read %s -> 0x%08x\n", getName().c_str(), regName(offset), data);
        return RegisterWindow::Answer{ cosim::ACCESS_OK, data };
    }
    if ( verbose_ ) getSimulationOutput().output("%s: write %s <- 0x%08x\n", getName().c_str(), regName(offset), value);

    stat_writes_->addData(1);
    switch ( offset ) {
    case SST_REG_DATA_IN:
        data_in_ = value;
        startEcho();
        break;
    case SST_REG_STATUS:
        if ( value & SST_STATUS_ERROR ) error_ = false;
        break;
    case SST_REG_CONTROL:
        if ( value & SST_CONTROL_RESET )
            reset();
        else if ( value & SST_CONTROL_START )
            startEcho();
        break;
    }
    return RegisterWindow::Answer{ cosim::ACCESS_OK, 0 };
}

} // namespace acalsim
