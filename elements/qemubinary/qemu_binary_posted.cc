// SPDX-License-Identifier: BSD-3-Clause
// Posted writes of qemubinary.QEMUBinary (protocol 2, SST_CAP_POSTED; docs/protocol.md).
//
// A device declares the registers whose writes the guest may post
// (cosim::DeviceInfoEvent::posted); sst-device completes such a write for the
// guest at once and batches it with the next ones into one MMIO_POSTED. Each
// write reaches its device at its own guest time (plus the link's latency),
// ahead of anything QEMU sent after it. It is not one of the device's
// events that may make it act (its seq is the last one's), so it does not cost the
// guest a stop. Its answer comes back here only: a failure is counted, logged
// and flagged on the guest's next access response. The run ends only once
// every posted write has been answered.
#include "qemu_binary.h"

#include "common/element_error.h"

#include <sst/core/unitAlgebra.h>

#include <cstring>

namespace qemubinary {
namespace {

std::string guestTime(uint64_t ps) { return SST::UnitAlgebra(std::to_string(ps) + "ps").toStringBestSI(); }

} // namespace

std::string QEMUBinary::postedRanges() const
{
    std::string ranges;
    for ( const DevicePort& port : ports_ )
        for ( const auto& [address, size] : port.posted )
            ranges += (ranges.empty() ? "" : ";") + hex(address) + ":" + hex(size);
    return ranges;
}

bool QEMUBinary::postedRange(size_t port, uint64_t address, uint32_t size) const
{
    for ( const auto& [base, bytes] : ports_[port].posted )
        if ( holds(base, bytes, address, size) ) return true;
    return false;
}

void QEMUBinary::onPostedWrites(const SSTMsg& m)
{
    readPayload(posted_payload_, m.payload_len, "posted writes");
    const uint64_t now  = nowPs();
    uint64_t       last = 0;
    for ( uint32_t i = 0; i < m.arg0; ++i ) {
        SSTPostedWrite w;
        std::memcpy(&w, posted_payload_.data() + size_t{ i } * sizeof w, sizeof w);
        if ( w.time_ps < last || w.time_ps < now )
            fail("QEMU's posted write " + std::to_string(i) + " of " + std::to_string(m.arg0) + " is stamped " +
                 guestTime(w.time_ps) + ", before " + (w.time_ps < last ? "the one ahead of it" : "SST's present") +
                 ": the stream cannot be trusted");
        last = w.time_ps;
        stat_bytes_received_->addData(sizeof w); // a batch's frame is not counted: where batches end depends on timing
        stat_writes_->addData(1);
        const SSTMMIOCheck check = sst_check_posted_write(&w);
        size_t             port  = ports_.size(); // none
        if ( check == SST_MMIO_CHECK_OK ) port = windows_.find(w.address, w.size).value_or(ports_.size());
        if ( port >= ports_.size() || !postedRange(port, w.address, w.size) ) {
            if ( check != SST_MMIO_CHECK_OK ) stat_bad_frames_->addData(1);
            const std::string why = check != SST_MMIO_CHECK_OK ? std::string("malformed: ") + sst_mmio_check_str(check)
                                    : port >= ports_.size()    ? std::string("no device's window holds it")
                                                               : "the device there does not take posted writes to it";
            postedDone(w, port < ports_.size() ? ports_[port].label() : std::string("no device"),
                       SST_MMIO_STATUS_BAD_ADDRESS, why);
            continue;
        }
        const uint64_t id = next_id_++;
        auto*          tx = new cosim::MemoryTransactionEvent(cosim::MemoryTransactionEvent::WRITE, w.address, w.size,
                                                              w.data, id);
        tx->seq           = deadline_->lastSentTo(port); // not news that may make the device act
        tx->posted        = true;
        ports_[port].link->send(w.time_ps - now, ps_, tx);
        posted_.emplace(id, PostedWrite{ port, w });
    }
    if ( last != m.time_ps )
        fail("QEMU's posted writes end at " + guestTime(last) + " but their message says " + guestTime(m.time_ps) +
             ": the stream cannot be trusted");
    // Nothing QEMU sends later is stamped earlier (as a time report): SST may go up to it.
    if ( m.time_ps > now ) return wakeAfter(pump_, m.time_ps - now);
    schedulePump();
}

bool QEMUBinary::onPostedAnswer(uint64_t id, uint32_t status)
{
    const auto found = posted_.find(id);
    if ( found == posted_.end() ) return false;
    const PostedWrite p = found->second;
    posted_.erase(found);
    postedDone(p.write, ports_[p.port].label(), status, "the device refused it");
    if ( end_waits_ && posted_.empty() ) reportQemuEnd(); // the guest has ended: this was its last one
    return true;
}

void QEMUBinary::postedDone(const SSTPostedWrite& w, const std::string& device, uint32_t status, const std::string& why)
{
    stat_posted_writes_->addData(1);
    if ( trace_ )
        trace_->postedWrite((capabilities_ & SST_CAP_HART) ? static_cast<int>(w.hart) : -1, device, w.address, w.size,
                            w.data, status, w.time_ps);
    if ( verbose_ >= 2 )
        getSimulationOutput().output("%s: MMIO POSTED WRITE addr=%s size=%u data=%s status=%u at %s\n",
                                     getName().c_str(), hex(w.address).c_str(), w.size, hex(w.data).c_str(), status,
                                     guestTime(w.time_ps).c_str());
    if ( status == SST_MMIO_STATUS_OK ) return;
    stat_posted_errors_->addData(1);
    posted_failed_ = true;
    std::fprintf(stderr,
                 "%s: warning: posted write of %u byte(s) to %s at %s (data %s, hart %u) at guest time %s failed: "
                 "%s (status %u, %s); counted in posted_errors, flagged on the guest's next access response\n",
                 getName().c_str(), w.size, device.c_str(), hex(w.address).c_str(), hex(w.data).c_str(), w.hart,
                 guestTime(w.time_ps).c_str(), why.c_str(), status, sst_mmio_status_str(status));
}

} // namespace qemubinary
