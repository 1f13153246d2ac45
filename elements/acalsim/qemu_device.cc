// SPDX-License-Identifier: BSD-3-Clause
#include "qemu_device.h"

#include "common/element_error.h"
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

QEMUDevice::QEMUDevice(SST::ComponentId_t id, SST::Params& params) : Component(id)
{
    compatible_ = params.find<std::string>("compatible", "acalsim,qemu-device");
    base_           = params.find<uint64_t>("base_addr", 0x10200000);
    size_           = params.find<SST::UnitAlgebra>("size", "4096").getRoundedValue();
    echo_latency_   = params.find<uint32_t>("echo_latency", 10);
    access_latency_ = params.find<uint32_t>("access_latency", 1);
    verbose_        = params.find<int>("verbose", 0);
    announce_       = params.find<bool>("announce", true);
    if ( size_ < SST_REGS_SIZE )
        fatalError(getName(), "size " + std::to_string(size_) + " is smaller than the register map (16 bytes)");
    if ( base_ + size_ < base_ )
        fatalError(getName(), "base_addr + size wraps past the end of the address space");

    // Everything is in device cycles; no clock handler: the device only acts on events.
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    cpu_port_ = configureLink("cpu_port", cycle, new SST::Event::Handler<QEMUDevice, &QEMUDevice::onTransaction>(this));
    if ( !cpu_port_ )
        fatalError(getName(), "port cpu_port is not connected");
    echo_done_ =
        configureSelfLink("echo_done", cycle, new SST::Event::Handler<QEMUDevice, &QEMUDevice::onEchoDone>(this));

    stat_reads_  = registerStatistic<uint64_t>("reads");
    stat_writes_ = registerStatistic<uint64_t>("writes");
    stat_echoes_ = registerStatistic<uint64_t>("echoes");
    stat_errors_ = registerStatistic<uint64_t>("errors");
}

void QEMUDevice::init(unsigned int phase)
{
    if ( phase == 0 ) cpu_port_->sendUntimedData(new cosim::DeviceInfoEvent(compatible_, getName()));
}

void QEMUDevice::setup()
{
    if ( announce_ ) cpu_port_->send(cosim::QuietUntilEvent::passive()); // held reads are answers too
}

uint32_t QEMUDevice::status() const
{
    return (busy_ ? SST_STATUS_BUSY : 0) | (ready_ ? SST_STATUS_DATA_READY : 0) | (error_ ? SST_STATUS_ERROR : 0);
}

void QEMUDevice::respond(uint64_t id, uint32_t status, uint64_t data, uint32_t reported)
{
    // A held read has already waited in simulated time: only the access itself is still to come.
    cpu_port_->send(access_latency_, new cosim::MemoryResponseEvent(id, status, data, reported));
}

void QEMUDevice::reject(const cosim::MemoryTransactionEvent& t, uint32_t status, const char* why)
{
    error_ = true;
    stat_errors_->addData(1);
    if ( verbose_ )
        getSimulationOutput().output("%s: %s of %u bytes at 0x%llx rejected: %s\n", getName().c_str(),
                                     t.type == cosim::MemoryTransactionEvent::READ ? "read" : "write", t.size,
                                     static_cast<unsigned long long>(t.address), why);
    respond(t.id, status, 0, access_latency_);
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
        respond(r.id, cosim::ACCESS_OK, 0, access_latency_);
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
    for ( const PendingRead& r : pending_reads_ )
        respond(r.id, cosim::ACCESS_OK, data_out_, access_latency_ + static_cast<uint32_t>(now - r.since));
    pending_reads_.clear();
}

void QEMUDevice::onTransaction(SST::Event* ev)
{
    auto*                        t    = static_cast<cosim::MemoryTransactionEvent*>(ev);
    const cosim::MemoryTransactionEvent tx   = *t;
    const bool                   read = tx.type == cosim::MemoryTransactionEvent::READ;
    delete t;

    if ( tx.address < base_ || tx.address - base_ >= size_ ) return reject(tx, cosim::ACCESS_BAD_ADDRESS, "outside the window");
    const uint64_t offset = tx.address - base_;
    if ( offset != SST_REG_DATA_IN && offset != SST_REG_DATA_OUT && offset != SST_REG_STATUS && offset != SST_REG_CONTROL )
        return reject(tx, cosim::ACCESS_BAD_ADDRESS, "no register at this offset");
    if ( tx.size != 4 ) return reject(tx, cosim::ACCESS_BAD_SIZE, "registers are 32 bits wide");
    if ( read && offset == SST_REG_CONTROL ) return reject(tx, cosim::ACCESS_DENIED, "CONTROL is write-only");
    if ( !read && offset == SST_REG_DATA_OUT ) return reject(tx, cosim::ACCESS_DENIED, "DATA_OUT is read-only");

    const uint32_t value = static_cast<uint32_t>(tx.data);
    if ( read ) {
        stat_reads_->addData(1);
        if ( offset == SST_REG_DATA_OUT && busy_ ) {
            if ( verbose_ ) getSimulationOutput().output("%s: read DATA_OUT held until the echo completes\n", getName().c_str());
            pending_reads_.push_back({ tx.id, getCurrentSimTime() });
            return;
        }
        uint32_t data = offset == SST_REG_DATA_IN ? data_in_ : offset == SST_REG_DATA_OUT ? data_out_ : status();
        if ( verbose_ ) getSimulationOutput().output("%s: read %s -> 0x%08x\n", getName().c_str(), regName(offset), data);
        return respond(tx.id, cosim::ACCESS_OK, data, access_latency_);
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
    respond(tx.id, cosim::ACCESS_OK, 0, access_latency_);
}

} // namespace acalsim
