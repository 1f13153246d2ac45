// SPDX-License-Identifier: BSD-3-Clause
#include "stdmem_dma.h"

#include <algorithm>
#include <memory>

namespace acalsim {

template <class F> void StdMemDma::pieces(uint64_t address, uint64_t bytes, F&& each)
{
    const uint64_t line = std::max<uint64_t>(1, iface_->getLineSize()); // 0 before init: no caches
    for ( uint64_t a = address, end = address + bytes; a < end; ) {
        const uint64_t n = std::min(end, (a / line + 1) * line) - a;
        each(a, static_cast<uint32_t>(n));
        a += n;
    }
}

void StdMemDma::send(StandardMem::Request* req)
{
    pending_.insert(req->getID());
    iface_->send(req); // SST's API: the interface owns it now
}

void StdMemDma::read(uint64_t address, uint32_t bytes)
{
    ok_   = true;
    data_.assign(bytes, 0);
    offsets_.clear();
    pieces(address, bytes, [&](uint64_t a, uint32_t n) {
        auto* req = new StandardMem::Read(a, n);
        offsets_.emplace_back(req->getID(), static_cast<uint32_t>(a - address));
        send(req);
    });
}

void StdMemDma::write(uint64_t address, const std::vector<uint8_t>& data)
{
    ok_ = true;
    data_.clear();
    pieces(address, data.size(), [&](uint64_t a, uint32_t n) {
        const auto from = data.begin() + static_cast<std::ptrdiff_t>(a - address);
        send(new StandardMem::Write(a, n, std::vector<uint8_t>(from, from + n)));
    });
}

void StdMemDma::flush(const std::vector<std::pair<uint64_t, uint32_t>>& ranges, bool invalidate)
{
    ok_ = true;
    data_.clear();
    const uint64_t line = std::max<uint64_t>(1, iface_->getLineSize());
    std::set<uint64_t> lines; // each line once, though the ranges share it
    for ( const auto& [address, bytes] : ranges )
        pieces(address, bytes, [&](uint64_t a, uint32_t) { lines.insert(a / line * line); });
    for ( uint64_t a : lines )
        send(new StandardMem::FlushAddr(a, static_cast<uint32_t>(line), invalidate, /*depth: every level*/ 10));
    if ( lines.empty() ) done_(true, {});
}

bool StdMemDma::handle(StandardMem::Request* resp)
{
    const std::unique_ptr<StandardMem::Request> owned(resp);
    if ( pending_.erase(resp->getID()) == 0 ) return false;
    if ( resp->getFail() ) ok_ = false;
    if ( auto* r = dynamic_cast<StandardMem::ReadResp*>(resp) ) {
        const auto at = std::find_if(offsets_.begin(), offsets_.end(),
                                     [&](const auto& o) { return o.first == resp->getID(); });
        if ( at != offsets_.end() && at->second + r->data.size() <= data_.size() )
            std::copy(r->data.begin(), r->data.end(), data_.begin() + at->second);
        else
            ok_ = false;
    }
    if ( pending_.empty() ) done_(ok_, std::move(data_));
    return true;
}

} // namespace acalsim
