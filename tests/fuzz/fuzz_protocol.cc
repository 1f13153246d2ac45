// SPDX-License-Identifier: BSD-3-Clause
// libFuzzer target: every protocol decoder (v1 request/response, v2 HELLO and
// messages, and the shared-memory ring) on arbitrary bytes. Beyond not
// crashing, what a decoder accepts must satisfy the protocol's rules.
#include "sst_mmio/shm_ring.h"
#include "sst_mmio/validate.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <memory>

#define REQUIRE(cond) \
    if ( !(cond) ) std::abort()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    SSTMMIORequest req;
    if ( sst_mmio_parse_request(data, size, &req) == SST_MMIO_CHECK_OK ) {
        REQUIRE(req.magic == SST_MMIO_REQUEST_MAGIC && req.type <= 1 && sst_mmio_size_valid(req.size));
        REQUIRE(req.type == SST_MMIO_READ || !(req.data & ~sst_mmio_size_mask(req.size)));
        REQUIRE(req.address + (req.size - 1) >= req.address);
    }
    SSTMMIOResponse resp;
    if ( sst_mmio_parse_response(data, size, &resp) == SST_MMIO_CHECK_OK ) REQUIRE(resp.magic == SST_MMIO_RESPONSE_MAGIC);
    if ( size >= sizeof(SSTHello) ) {
        SSTHello h;
        std::memcpy(&h, data, sizeof h);
        if ( sst_check_hello(&h) == SST_MMIO_CHECK_OK ) REQUIRE(h.version != 0 && h.reserved == 0);
    }
    if ( size >= sizeof(SSTMsg) ) {
        SSTMsg m;
        std::memcpy(&m, data, sizeof m);
        SSTMMIOCheck c = sst_check_msg(&m);
        REQUIRE(sst_mmio_check_str(c) != nullptr);
        if ( c == SST_MMIO_CHECK_OK ) {
            const uint16_t flags_allowed = m.type == SST_MSG_MMIO_RESP ? SST_MSG_FLAG_POSTED_ERROR : 0;
            REQUIRE(m.magic == SST_MSG_MAGIC && !(m.flags & ~flags_allowed) && m.payload_len <= SST_MSG_MAX_PAYLOAD);
            REQUIRE(std::string(sst_msg_type_str(m.type)) != "unknown");
            REQUIRE(m.type != SST_MSG_MMIO_POSTED ||
                    (m.arg0 >= 1 && m.arg0 <= SST_MSG_MAX_POSTED && m.payload_len == m.arg0 * SST_POSTED_WRITE_SIZE));
        }
    }
    if ( size >= sizeof(SSTPostedWrite) ) {
        SSTPostedWrite w;
        std::memcpy(&w, data, sizeof w);
        if ( sst_check_posted_write(&w) == SST_MMIO_CHECK_OK ) {
            REQUIRE(sst_mmio_size_valid(w.size) && !(w.data & ~sst_mmio_size_mask(w.size)));
            REQUIRE(w.address + (w.size - 1) >= w.address);
        }
    }
    // The ring carries any byte sequence unchanged, in pieces of any size.
    static auto          ring   = std::make_unique<SSTRing>();
    static SSTRingWriter writer = sst_ring_writer(ring.get());
    static SSTRingReader reader = sst_ring_reader(ring.get());
    uint8_t     out[4096];
    size_t      sent = 0, got = 0;
    while ( sent < size ) {
        size_t piece = 1 + (data[sent] % 97);
        sent += sst_ring_write(&writer, data + sent, std::min(piece, size - sent));
        size_t n = sst_ring_read(&reader, out, sizeof out < size - got ? sizeof out : size - got);
        REQUIRE(std::memcmp(out, data + got, n) == 0);
        got += n;
    }
    while ( got < size ) {
        size_t n = sst_ring_read(&reader, out, std::min(sizeof out, size - got));
        REQUIRE(n > 0 && std::memcmp(out, data + got, n) == 0);
        got += n;
    }
    REQUIRE(sst_ring_readable(&reader) == 0);
    return 0;
}
