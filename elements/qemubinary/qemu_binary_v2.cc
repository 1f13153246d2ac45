// SPDX-License-Identifier: BSD-3-Clause
// Protocol version 2 of qemubinary.QEMUBinary: handshake, timed accesses,
// syncs, interrupts and DMA (see protocol/include/sst_mmio/wire.h).
//
// Time (docs/timing.md): SST time and guest time are one clock. An access is
// delivered to the device at the guest time it carries; the response carries
// SST's time, which QEMU charges to the guest, and the guest's deadline: the
// earliest time anything from SST can reach it, from the devices'
// announcements. QEMU stops (SYNC) exactly at its deadline and otherwise runs;
// SST goes no further than the guest's last reported time (TIME), and asks
// for a report (TIME_REQ) when it needs one. Interrupts and DMA are sent only
// while QEMU waits (for a response or a SYNC_DONE), and deferred otherwise.
#include "qemu_binary.h"

#include "sst_mmio/validate.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace qemubinary {

void QEMUBinary::negotiate(const SSTHello& hello)
{
    const SSTMMIOCheck check = sst_check_hello(&hello);
    if ( check != SST_MMIO_CHECK_OK ) fail(std::string("invalid HELLO from QEMU: ") + sst_mmio_check_str(check));
    if ( protocol_wanted_ < 2 ) fail("QEMU sent a HELLO (protocol 2) but protocol=1 is configured");
    version_      = std::min(hello.version, SST_PROTOCOL_VERSION);
    uint32_t ours = SST_CAP_TIME | SST_CAP_IRQ | SST_CAP_DMA | SST_CAP_DEADLINE | SST_CAP_HART;
    // Posted writes, where a device declared some: they need deadlines (a posted write acts as a time report).
    if ( (hello.capabilities & SST_CAP_DEADLINE) && !postedRanges().empty() ) ours |= SST_CAP_POSTED;
    capabilities_ = hello.capabilities & ours;
    SSTHello answer = sst_hello(version_, capabilities_, sync_quantum_ps_, 0);
    sendBytes(&answer, sizeof answer);
    if ( capabilities_ & SST_CAP_DEADLINE ) {
        try {
            chan_->receiveControl(connect_timeout_ms_);
        }
        catch ( const std::exception& e ) {
            fail(e.what());
        }
    }
    if ( verbose_ )
        getSimulationOutput().output("%s: protocol %u, capabilities 0x%x, sync quantum %llu ps\n", getName().c_str(),
                                     version_, capabilities_, static_cast<unsigned long long>(sync_quantum_ps_));
}

bool QEMUBinary::handleMessage(const SSTMsg& m)
{
    const SSTMMIOCheck check = sst_check_msg(&m);
    if ( check == SST_MMIO_CHECK_BAD_MAGIC || check == SST_MMIO_CHECK_BAD_TYPE || check == SST_MMIO_CHECK_BAD_PAYLOAD )
        fail(std::string("QEMU sent a malformed message (") + sst_mmio_check_str(check) + ", type " +
             std::to_string(m.type) + "): the stream cannot be trusted");
    // Time reports depend on wall-clock timing: they are kept out of the statistics.
    if ( m.type == SST_MSG_TIME && (capabilities_ & SST_CAP_DEADLINE) ) {
        onTimeReport(m.time_ps);
        return true;
    }
    if ( m.type == SST_MSG_MMIO_POSTED ) {
        if ( !(capabilities_ & SST_CAP_POSTED) )
            fail("QEMU sent posted writes (MMIO_POSTED), but they were not negotiated (no device declares any)");
        onPostedWrites(m);
        return true;
    }
    stat_bytes_received_->addData(sizeof m);
    const bool is_mmio = m.type == SST_MSG_MMIO_READ || m.type == SST_MSG_MMIO_WRITE;
    if ( is_mmio && check != SST_MMIO_CHECK_OK ) {
        rejectMalformed(check, "size " + std::to_string(m.arg0), m.tag, m.address);
        return false;
    }
    // The guest's time, never before SST's present (SST cannot go back).
    const SST::SimTime_t now   = nowPs();
    const SST::SimTime_t delay = (capabilities_ & SST_CAP_TIME) && m.time_ps > now ? m.time_ps - now : 0;
    switch ( m.type ) {
    case SST_MSG_MMIO_READ:
    case SST_MSG_MMIO_WRITE: {
        SSTMMIORequest req = sst_mmio_request(m.type == SST_MSG_MMIO_READ ? SST_MMIO_READ : SST_MMIO_WRITE, m.address,
                                              m.arg0, m.data);
        outstanding_tag_   = m.tag;
        outstanding_hart_  = (capabilities_ & SST_CAP_HART) ? static_cast<int>(m.arg1) : -1;
        if ( !forwardToDevice(req, delay) ) { // between device windows
            answerAccess(m.tag, SST_MMIO_STATUS_BAD_ADDRESS, 0, 0);
            return false;
        }
        hub_.waitsUntil(now + delay);
        flushDeferred();
        return true;
    }
    case SST_MSG_SYNC:
        sync_pending_ = true;
        stat_syncs_->addData(1);
        if ( trace_ ) trace_->sync(now + delay);
        hub_.waitsUntil(now + delay);
        wakeAfter(sync_, delay);
        flushDeferred();
        return true;
    case SST_MSG_EXIT: // the guest ended at this time; QEMU closes next
        if ( m.arg0 > SST_EXIT_GUEST_RESET ) fail("QEMU sent EXIT with an unknown reason " + std::to_string(m.arg0));
        guest_end_ps_ = now + delay;
        guest_reset_  = m.arg0 == SST_EXIT_GUEST_RESET;
        if ( trace_ ) trace_->guestEnd(guest_reset_, guest_end_ps_);
        return false;
    default:
        fail(std::string("QEMU sent ") + sst_msg_type_str(m.type) +
             " when only MMIO_READ, MMIO_WRITE, SYNC or EXIT may come");
    }
}

void QEMUBinary::onSyncReached(SST::Event* ev)
{
    delete ev;
    sync_pending_ = false;
    if ( !chan_ ) return;
    SSTMsg done  = sst_msg(SST_MSG_SYNC_DONE, 0, nowPs());
    done.address = deadline(true); // everything due now has happened: the SYNC wakes last
    sendMessage(done);
    hub_.waitsUntil(std::nullopt);
    schedulePump();
}

uint64_t QEMUBinary::deadline(bool settled) const
{
    if ( !(capabilities_ & SST_CAP_DEADLINE) ) return 0; // QEMU syncs every quantum
    const uint64_t d = deadline_->at(nowPs(), settled);
    return d == GuestDeadline::NEVER ? SST_NO_DEADLINE : d;
}

void QEMUBinary::requestTimeReport()
{
    // How far to let the guest run before it tells its time: to where another guest waits,
    // so that it goes on as soon as it can; else max_sync_quantum (a report costs little).
    hub_.drain(); // before looking: a wake-up after this is for a wait not seen below
    const uint64_t                now    = nowPs();
    const std::optional<uint64_t> others = hub_.othersWaitUntil();
    const uint64_t                target = others ? std::max(*others, now + 1) : now + max_sync_quantum_ps_;
    if ( report_armed_ && *report_armed_ <= target ) return; // a report comes soon enough
    report_armed_ = target;
    const SSTMsg req = sst_msg(SST_MSG_TIME_REQ, 0, target);
    sendBytes(&req, sizeof req, false);
    if ( chan_ ) chan_->poke();
}

void QEMUBinary::onTimeReport(uint64_t t_ps)
{
    report_armed_.reset(); // QEMU arms one report at a time
    const uint64_t now = nowPs();
    // Nothing QEMU sends from now on is stamped before t_ps: SST may process everything before it.
    if ( t_ps > now ) return wakeAfter(pump_, t_ps - now);
    schedulePump(); // no progress yet: ask again
}

void QEMUBinary::onInterrupt(const cosim::InterruptEvent& irq, size_t port)
{
    if ( version_ != 2 || !(capabilities_ & SST_CAP_IRQ) )
        fail("the device raised an interrupt, but QEMU's sst-device does not take interrupts (protocol 2 is needed)");
    if ( !irq_ ) fail("the device raised an interrupt, but no PLIC source is configured (set the irq parameter)");
    if ( irq.line != 0 ) fail(ports_[port].name + ": a device has one interrupt line (line 0), not line " + std::to_string(irq.line));
    if ( !qemuWaiting() ) {
        deferred_.push_back({ std::make_unique<cosim::InterruptEvent>(irq), port, nowPs() });
        return;
    }
    SSTMsg m = sst_msg(SST_MSG_IRQ, 0, nowPs());
    m.arg0   = static_cast<uint32_t>(port); // device N drives PLIC source irq + N
    m.arg1   = irq.level ? 1 : 0;
    sendMessage(m);
    stat_interrupts_->addData(1);
    if ( trace_ ) trace_->interrupt(port, irq.line, irq.level, irq_ + static_cast<uint32_t>(port), nowPs());
}

void QEMUBinary::onDmaRequest(std::unique_ptr<cosim::DmaRequestEvent> req, size_t port)
{
    if ( version_ != 2 || !(capabilities_ & SST_CAP_DMA) )
        fail("the device asked for DMA, but QEMU's sst-device does not do DMA (protocol 2 is needed)");
    if ( req->length == 0 || req->length > SST_MSG_MAX_PAYLOAD || (req->is_write && req->data.size() != req->length) )
        fail("the device asked for a DMA " + std::string(req->is_write ? "write" : "read") + " of " +
             std::to_string(req->length) + " bytes (1 to 65536, with the data for writes)");
    if ( !qemuWaiting() ) {
        deferred_.push_back({ std::move(req), port, nowPs() });
        return;
    }
    performDma(*req, port, nowPs());
}

void QEMUBinary::performDma(const cosim::DmaRequestEvent& req, size_t port, SST::SimTime_t requested_ps)
{
    const uint32_t tag = next_dma_tag_++;
    SSTMsg         m   = sst_msg(req.is_write ? SST_MSG_DMA_WRITE : SST_MSG_DMA_READ, tag, nowPs());
    m.address          = req.address;
    if ( req.is_write )
        m.payload_len = req.length;
    else
        m.arg0 = req.length;
    sendMessage(m, req.is_write ? req.data.data() : nullptr);
    std::vector<uint8_t> data;
    SSTMsg answer = awaitMessage(req.is_write ? SST_MSG_DMA_WRITE_DONE : SST_MSG_DMA_READ_DATA, tag, &data);
    if ( answer.arg0 == SST_DMA_OK ) stat_dma_bytes_->addData(req.length);
    if ( trace_ ) trace_->dma(port, req.is_write, req.address, req.length, answer.arg0, requested_ps, nowPs());
    if ( !req.is_write && answer.arg0 == SST_DMA_OK && data.size() != req.length )
        fail("QEMU answered a " + std::to_string(req.length) + "-byte DMA read with " + std::to_string(data.size()) +
             " bytes");
    auto* resp = new cosim::DmaResponseEvent(req.id, answer.arg0 == SST_DMA_OK ? cosim::DMA_OK : cosim::DMA_NOT_RAM,
                                             std::move(data));
    resp->seq  = deadline_->sentTo(port, nowPs()); // the answer may make the device act
    ports_[port].link->send(resp);
}

void QEMUBinary::flushDeferred()
{
    while ( !deferred_.empty() ) {
        Deferred d = std::move(deferred_.front());
        deferred_.pop_front();
        if ( auto* irq = dynamic_cast<cosim::InterruptEvent*>(d.event.get()) )
            onInterrupt(*irq, d.port);
        else
            performDma(*static_cast<cosim::DmaRequestEvent*>(d.event.get()), d.port, d.at_ps);
    }
}

void QEMUBinary::sendMessage(const SSTMsg& m, const void* payload)
{
    sendBytes(&m, sizeof m);
    if ( payload && m.payload_len && chan_ ) sendBytes(payload, m.payload_len);
}

SSTMsg QEMUBinary::awaitMessage(uint16_t type, uint32_t tag, std::vector<uint8_t>* payload)
{
    while ( true ) {
        SSTMsg m;
        switch ( msg_reader_.read(*chan_, m) ) {
        case ReadResult::Frame: {
            stat_bytes_received_->addData(sizeof m);
            const SSTMMIOCheck check = sst_check_msg(&m);
            if ( check != SST_MMIO_CHECK_OK || m.type != type || m.tag != tag )
                fail(std::string("waiting for ") + sst_msg_type_str(type) + " (tag " + std::to_string(tag) +
                     "), QEMU sent " + sst_msg_type_str(m.type) + " (tag " + std::to_string(m.tag) + ", " +
                     sst_mmio_check_str(check) + ")");
            readPayload(*payload, m.payload_len, "DMA data");
            stat_bytes_received_->addData(uint64_t{ m.payload_len }); // a copy: m is packed
            return m;
        }
        case ReadResult::Closed:
            fail(std::string("QEMU closed the connection while SST waited for ") + sst_msg_type_str(type));
        case ReadResult::Error:
            fail(std::string("reading from QEMU failed: ") + std::strerror(errno));
        case ReadResult::Pending:
            if ( waitForInput(static_cast<int>(response_timeout_ms_ ? response_timeout_ms_ : 30000)) == Wait::Timeout )
                fail(std::string("QEMU did not answer ") + (type == SST_MSG_DMA_READ_DATA ? "a DMA read" : "a DMA write") +
                     " within the response timeout");
            break;
        }
    }
}

void QEMUBinary::readPayload(std::vector<uint8_t>& out, uint32_t len, const char* what)
{
    out.resize(len);
    size_t got = 0;
    while ( got < len ) {
        ssize_t n = chan_->readSome(out.data() + got, len - got);
        if ( n > 0 ) {
            got += static_cast<size_t>(n);
            continue;
        }
        if ( n == 0 ) fail(std::string("QEMU closed the connection in the middle of ") + what);
        if ( errno == EINTR ) continue;
        if ( errno != EAGAIN && errno != EWOULDBLOCK ) fail(std::string("reading ") + what + ": " + std::strerror(errno));
        if ( waitForInput(frame_timeout_ms_) == Wait::Timeout )
            fail("QEMU sent " + std::to_string(got) + " of " + std::to_string(len) + " bytes of " + what +
                 " and then nothing for " + std::to_string(frame_timeout_ms_) + " ms (frame_timeout_ms)");
    }
}

} // namespace qemubinary
