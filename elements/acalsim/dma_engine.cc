// SPDX-License-Identifier: BSD-3-Clause
#include "dma_engine.h"

#include "common/element_error.h"
#include "common/stdmem_handler.h"
#include "dma_engine_regs.h"

#include <algorithm>
#include <cmath>

namespace acalsim {
namespace {

class ChunkDueEvent : public SST::Event
{
public:
    void serialize_order(SST::Core::Serialization::serializer& ser) override { Event::serialize_order(ser); }
    ImplementSerializable(acalsim::ChunkDueEvent)
};

} // namespace

DMAEngine::DMAEngine(SST::ComponentId_t id, SST::Params& params)
    : Component(id), window_(getName(), params, 0x10200000, DMA_REGS_SIZE)
{
    compatible_ = params.find<std::string>("compatible", "acalsim,dma-engine");
    chunk_size_     = params.find<uint32_t>("chunk_size", 256);
    irq_line_       = params.find<uint32_t>("irq_line", 0);
    verbose_        = params.find<int>("verbose", 0);
    SST::UnitAlgebra bw = params.find<SST::UnitAlgebra>("bandwidth", "1GB/s");
    if ( !bw.hasUnits("B/s") || bw.getDoubleValue() <= 0 )
        fatalError(getName(), "bandwidth '" + bw.toString() + "' is not a positive rate in B/s");
    bytes_per_ps_ = bw.getDoubleValue() * 1e-12;
    if ( chunk_size_ == 0 || chunk_size_ > cosim::MAX_DMA_BYTES )
        fatalError(getName(), "chunk_size " + std::to_string(chunk_size_) + " is outside 1..65536");

    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    ps_                      = getTimeConverter("1ps");
    // cpu_port is optional (the device may be reached over StandardMem only); a handler given for an
    // unconnected port would be lost (as in SST Core).
    cpu_port_ = nullptr;
    if ( isPortConnected("cpu_port") )
        cpu_port_ = configureLink("cpu_port", cycle, new SST::Event::Handler<DMAEngine, &DMAEngine::onEvent>(this));
    using StandardMem = SST::Interfaces::StandardMem;
    StandardMem* iface = loadUserSubComponent<StandardMem>(
        "iface", SST::ComponentInfo::SHARE_NONE, cycle,
        acalsim::standardMemHandler<DMAEngine, &DMAEngine::onStandardMem>(this));
    window_.attach(cpu_port_, iface,
                   configureSelfLink("answer_timer", cycle,
                                     new SST::Event::Handler<DMAEngine, &DMAEngine::onAnswerDue>(this)),
                   [this](const RegisterWindow::Access& a, RegisterWindow::Ticket) { return onAccess(a); });
    window_.declarePosted(DMA_SRC, DMA_CONTROL - DMA_SRC); // a copy's configuration; START waits
    memory_start_ = params.find<uint64_t>("memory_addr_range_start", 0x80000000);
    memory_end_   = params.find<uint64_t>("memory_addr_range_end", 0x87ffffff);
    if ( isUserSubComponentLoadableUsingAPI<StandardMem>("memory") ) {
        if ( memory_end_ < memory_start_ )
            fatalError(getName(), "memory_addr_range_end is below memory_addr_range_start");
        auto* memory = loadUserSubComponent<StandardMem>(
            "memory", SST::ComponentInfo::SHARE_NONE, cycle,
            acalsim::standardMemHandler<DMAEngine, &DMAEngine::onMemoryResponse>(this));
        memory_.emplace(memory, [this](bool ok, std::vector<uint8_t> data) { onMemoryDone(ok, std::move(data)); });
    }
    const std::string policy = params.find<std::string>("cache_policy", "invalidate");
    if ( policy != "invalidate" && policy != "keep" )
        fatalError(getName(), "cache_policy '" + policy + "' is not invalidate or keep");
    keep_cached_ = policy == "keep";
    if ( !cpu_port_ && !memory_ )
        fatalError(getName(), "without cpu_port its copies need the memory slot (memHierarchy.standardInterface)");
    chunk_timer_ = configureSelfLink("chunk_timer", ps_, new SST::Event::Handler<DMAEngine, &DMAEngine::onChunkDue>(this));

    stat_copies_    = registerStatistic<uint64_t>("copies");
    stat_bytes_     = registerStatistic<uint64_t>("bytes_copied");
    stat_copy_time_ = registerStatistic<uint64_t>("copy_time");
    stat_errors_    = registerStatistic<uint64_t>("errors");
}

void DMAEngine::onEvent(SST::Event* ev)
{
    if ( window_.take(ev) ) return;
    if ( auto* r = dynamic_cast<cosim::DmaResponseEvent*>(ev) ) {
        const cosim::DmaResponseEvent copy = std::move(*r);
        delete r;
        seen_seq_ = copy.seq;
        return onDma(copy);
    }
    fatalError(getName(), "cpu_port delivered an unexpected event type");
}

void DMAEngine::init(unsigned int phase)
{
    if ( cpu_port_ ) {
        if ( phase == 0 ) cpu_port_->sendUntimedData(window_.deviceInfo(compatible_, getName()));
        trace_.init(cpu_port_);
    }
    window_.init(phase);
    if ( memory_ ) memory_->iface().init(phase);
}

void DMAEngine::setup()
{
    window_.setup();
    if ( memory_ ) memory_->iface().setup();
    announceQuiet();
}

void DMAEngine::finish()
{
    window_.finish();
    if ( memory_ ) memory_->iface().finish();
}

void DMAEngine::onStandardMem(SST::Interfaces::StandardMem::Request* req) { window_.onStandardMem(req); }
void DMAEngine::onAnswerDue(SST::Event* ev) { window_.onAnswerDue(ev); }

void DMAEngine::announceQuiet()
{
    uint64_t until = cosim::QuietUntilEvent::NEVER;
    if ( memory_ && busy_ ) {
        // The memory system decides when the copy ends, but not before the bandwidth lets its
        // last chunk be written. Once that time has passed, the bridge falls back to its quantum.
        until = std::max<uint64_t>(getCurrentSimTime(ps_),
                                   static_cast<uint64_t>(std::ceil(started_ps_ + copy_.len / bytes_per_ps_)));
    }
    else if ( chunk_timer_armed_ )
        until = chunk_due_ps_;
    if ( cpu_port_ ) cpu_port_->send(new cosim::QuietUntilEvent(getCurrentSimTime(ps_), until, seen_seq_));
}

RegisterWindow::Answer DMAEngine::reply(uint32_t status, uint64_t data)
{
    if ( status != cosim::ACCESS_OK ) stat_errors_->addData(1);
    return { status, data };
}

RegisterWindow::Answer DMAEngine::onAccess(const RegisterWindow::Access& a)
{
    seen_seq_                    = std::max(seen_seq_, window_.lastSeq());
    const RegisterWindow::Answer answer = access(a);
    // The access may have started a copy (its first request is already on the way). A posted
    // write cannot have: it is to SRC, DST or LEN, and its seq is nothing new.
    if ( !a.posted ) announceQuiet();
    return answer;
}

RegisterWindow::Answer DMAEngine::access(const RegisterWindow::Access& a)
{
    if ( a.outside ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    const uint64_t offset = a.offset;
    if ( offset > DMA_INT_ENABLE || offset % 4 ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    if ( a.size != 4 ) return reply(cosim::ACCESS_BAD_SIZE, 0);
    const uint32_t v = static_cast<uint32_t>(a.data);
    if ( a.read ) {
        switch ( offset ) {
        case DMA_SRC:
            return reply(cosim::ACCESS_OK, src_);
        case DMA_DST:
            return reply(cosim::ACCESS_OK, dst_);
        case DMA_LEN:
            return reply(cosim::ACCESS_OK, len_);
        case DMA_STATUS:
            return reply(cosim::ACCESS_OK, (busy_ ? DMA_STATUS_BUSY : 0) | (done_ ? DMA_STATUS_DONE : 0) |
                                               (error_ ? DMA_STATUS_ERROR : 0));
        case DMA_INT_STATUS:
            return reply(cosim::ACCESS_OK, int_status_);
        case DMA_INT_ENABLE:
            return reply(cosim::ACCESS_OK, int_enable_);
        }
        return reply(cosim::ACCESS_DENIED, 0); // CONTROL is write-only
    }
    switch ( offset ) {
    case DMA_SRC:
        src_ = v;
        break;
    case DMA_DST:
        dst_ = v;
        break;
    case DMA_LEN:
        len_ = v;
        break;
    case DMA_CONTROL:
        if ( (v & DMA_CONTROL_START) && !busy_ ) start();
        break;
    case DMA_INT_STATUS:
        int_status_ &= ~(v & DMA_INT_DONE);
        updateLine();
        break;
    case DMA_INT_ENABLE:
        int_enable_ = v & DMA_INT_DONE;
        updateLine();
        break;
    default:
        return reply(cosim::ACCESS_DENIED, 0); // STATUS is read-only
    }
    return reply(cosim::ACCESS_OK, 0);
}

void DMAEngine::start()
{
    busy_       = true;
    done_       = false;
    error_      = false;
    offset_     = 0;
    copy_       = { src_, dst_, len_ }; // latched: the guest may program the next copy meanwhile
    started_ps_ = getCurrentSimTime(ps_);
    if ( verbose_ )
        getSimulationOutput().output("%s: copy %u bytes 0x%x -> 0x%x\n", getName().c_str(), copy_.len, copy_.src, copy_.dst);
    if ( copy_.len == 0 ) return finish(true);
    if ( memory_ ) { // the memory slot reaches RAM only: anything else is a bus error
        auto inside = [&](uint64_t a) { return a >= memory_start_ && a + copy_.len - 1 <= memory_end_; };
        if ( !inside(copy_.src) || !inside(copy_.dst) ) return finish(false);
    }
    readNextChunk();
}

void DMAEngine::readNextChunk()
{
    const uint32_t n = std::min(chunk_size_, copy_.len - offset_);
    writing_         = false;
    if ( memory_ ) {
        memory_op_ps_ = getCurrentSimTime(ps_);
        return memory_->read(uint64_t(copy_.src) + offset_, n);
    }
    dma_id_ = next_dma_id_++;
    cpu_port_->send(cosim::DmaRequestEvent::read(dma_id_, uint64_t(copy_.src) + offset_, n));
}

void DMAEngine::onDma(const cosim::DmaResponseEvent& r)
{
    if ( !busy_ || r.id != dma_id_ )
        fatalError(getName(), "DMA answer " + std::to_string(r.id) + " does not match the request in flight");
    chunkDone(r.status == cosim::DMA_OK, r.data);
    announceQuiet(); // what the answer made this engine do next
}

void DMAEngine::onMemoryResponse(SST::Interfaces::StandardMem::Request* resp)
{
    if ( !memory_->handle(resp) )
        fatalError(getName(), "the memory slot delivered a response to no request of this engine");
}

void DMAEngine::onMemoryDone(bool ok, std::vector<uint8_t> data)
{
    if ( trace_.on() ) { // the engine's track: each chunk's trip through the memory system
        const char*    what  = flushing_ ? "memory write-back" : writing_ ? "memory write" : "memory read";
        const uint64_t where = flushing_ ? copy_.dst : (writing_ ? copy_.dst : copy_.src) + uint64_t(offset_);
        memory_slices_.push_back({ what, memory_op_ps_, getCurrentSimTime(ps_),
                                   cosim::TraceArgs()
                                       .hex("address", where)
                                       .number("bytes", flushing_ ? copy_.len : writing_ ? chunk_.size() : data.size())
                                       .number("ok", ok) });
    }
    if ( flushing_ ) {
        flushing_ = false;
        finish(ok);
    }
    else
        chunkDone(ok, std::move(data));
    announceQuiet();
}

void DMAEngine::chunkDone(bool ok, std::vector<uint8_t> data)
{
    if ( !ok ) return finish(false);
    if ( !writing_ ) {
        // The bandwidth decides when this chunk may be written: start + bytes so far / bandwidth.
        chunk_                        = std::move(data);
        const double         due      = started_ps_ + (offset_ + chunk_.size()) / bytes_per_ps_;
        const SST::SimTime_t now      = getCurrentSimTime(ps_);
        const SST::SimTime_t due_ps   = static_cast<SST::SimTime_t>(std::ceil(due));
        chunk_due_ps_                 = std::max(due_ps, now);
        chunk_timer_armed_            = true;
        chunk_timer_->send(chunk_due_ps_ - now, new ChunkDueEvent);
        return;
    }
    offset_ += static_cast<uint32_t>(chunk_.size());
    if ( offset_ < copy_.len ) return readNextChunk();
    if ( !memory_ ) return finish(true);
    // Non-coherent DMA: the destination's lines go to memory, where the guest reads them, and
    // (cache_policy invalidate) neither range stays cached, so a later copy reads what the guest wrote.
    flushing_     = true;
    memory_op_ps_ = getCurrentSimTime(ps_);
    if ( keep_cached_ )
        memory_->flush({ { copy_.dst, copy_.len } }, false);
    else
        memory_->flush({ { copy_.src, copy_.len }, { copy_.dst, copy_.len } }, true);
}

void DMAEngine::onChunkDue(SST::Event* ev)
{
    delete ev;
    chunk_timer_armed_ = false;
    writing_           = true;
    if ( memory_ ) {
        memory_op_ps_ = getCurrentSimTime(ps_);
        memory_->write(uint64_t(copy_.dst) + offset_, chunk_);
    }
    else {
        dma_id_ = next_dma_id_++;
        cpu_port_->send(cosim::DmaRequestEvent::write(dma_id_, uint64_t(copy_.dst) + offset_, chunk_));
    }
    announceQuiet();
}

void DMAEngine::finish(bool ok)
{
    busy_  = false;
    done_  = ok;
    error_ = !ok;
    int_status_ |= DMA_INT_DONE;
    const SST::SimTime_t now  = getCurrentSimTime(ps_);
    const SST::SimTime_t took = now - started_ps_;
    if ( trace_.on() ) {
        trace_.slice("copy", started_ps_, now,
                     cosim::TraceArgs().hex("src", copy_.src).hex("dst", copy_.dst).number("bytes", copy_.len).text("result", ok ? "done" : "failed"));
        for ( const MemorySlice& m : memory_slices_ )
            trace_.slice(m.name, m.start_ps, m.end_ps, m.args);
        memory_slices_.clear();
    }
    if ( ok ) {
        stat_copies_->addData(1);
        stat_bytes_->addData(copy_.len);
        stat_copy_time_->addData(took);
    }
    else
        stat_errors_->addData(1);
    if ( verbose_ )
        getSimulationOutput().output("%s: copy %s after %llu ps\n", getName().c_str(), ok ? "done" : "failed",
                                     static_cast<unsigned long long>(took));
    updateLine();
}

void DMAEngine::updateLine()
{
    const bool high = (int_status_ & int_enable_) != 0;
    if ( high == line_high_ ) return;
    line_high_ = high;
    if ( cpu_port_ ) cpu_port_->send(new cosim::InterruptEvent(irq_line_, high));
}

} // namespace acalsim
