// SPDX-License-Identifier: BSD-3-Clause
// The v1 wire format: exact byte layout, and every malformed case.
#include "sst_mmio/validate.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace {
template <typename Frame>
std::vector<uint8_t> bytes(const Frame& f)
{
    std::vector<uint8_t> b(sizeof f);
    std::memcpy(b.data(), &f, sizeof f);
    return b;
}
} // namespace

TEST(WireFormat, RequestLayoutIsTheSeeds)
{
    SSTMMIORequest r = sst_mmio_request(SST_MMIO_WRITE, 0x10200004, 4, 0xDEADBEEF);
    // magic "RTSS" (0x53535452 LE), type 1, address, size 4, data: 28 bytes, no padding.
    std::vector<uint8_t> expect = { 0x52, 0x54, 0x53, 0x53, 1, 0, 0, 0,    0x04, 0x00, 0x20, 0x10, 0, 0,
                                    0,    0,    4,    0,    0, 0, 0xEF, 0xBE, 0xAD, 0xDE, 0,    0,    0, 0 };
    EXPECT_EQ(bytes(r), expect);
    EXPECT_EQ(sizeof(SSTMMIORequest), 28u);
}

TEST(WireFormat, ResponseLayoutIsTheSeeds)
{
    SSTMMIOResponse r = sst_mmio_response(SST_MMIO_STATUS_BAD_ADDRESS, 0x0123456789ABCDEFull, 7);
    std::vector<uint8_t> expect = { 0x50, 0x54, 0x53, 0x53, 2,    0,    0,    0,    0xEF, 0xCD,
                                    0xAB, 0x89, 0x67, 0x45, 0x23, 0x01, 7,    0,    0,    0 };
    EXPECT_EQ(bytes(r), expect);
    EXPECT_EQ(sizeof(SSTMMIOResponse), 20u);
}

TEST(WireFormat, ReadRequestsCarryNoData)
{
    EXPECT_EQ(sst_mmio_request(SST_MMIO_READ, 0x10, 8, 0xFFFF).data, 0u);
}

TEST(Validate, AcceptsEveryWellFormedAccess)
{
    for ( uint32_t type : { SST_MMIO_READ, SST_MMIO_WRITE } )
        for ( uint32_t size : { 1u, 2u, 4u, 8u } ) {
            SSTMMIORequest r = sst_mmio_request(type, 0x10200000, size, sst_mmio_size_mask(size));
            EXPECT_EQ(sst_mmio_check_request(&r), SST_MMIO_CHECK_OK) << type << " " << size;
        }
    SSTMMIORequest top = sst_mmio_request(SST_MMIO_READ, UINT64_MAX - 7, 8, 0);
    EXPECT_EQ(sst_mmio_check_request(&top), SST_MMIO_CHECK_OK);
}

TEST(Validate, RejectsEveryMalformedRequest)
{
    SSTMMIORequest good = sst_mmio_request(SST_MMIO_WRITE, 0x10200000, 4, 1);
    auto           check = [](SSTMMIORequest r) { return sst_mmio_check_request(&r); };

    SSTMMIORequest r = good;
    r.magic          = SST_MMIO_RESPONSE_MAGIC;
    EXPECT_EQ(check(r), SST_MMIO_CHECK_BAD_MAGIC);
    r.magic = 0;
    EXPECT_EQ(check(r), SST_MMIO_CHECK_BAD_MAGIC);
    for ( uint32_t type : { 2u, 0xFFFFFFFFu } ) {
        r      = good;
        r.type = type;
        EXPECT_EQ(check(r), SST_MMIO_CHECK_BAD_TYPE) << type;
    }
    for ( uint32_t size : { 0u, 3u, 5u, 6u, 7u, 16u, 0xFFFFFFFFu } ) {
        r      = good;
        r.size = size;
        EXPECT_EQ(check(r), SST_MMIO_CHECK_BAD_SIZE) << size;
    }
    for ( uint32_t size : { 1u, 2u, 4u } ) {
        r = sst_mmio_request(SST_MMIO_WRITE, 0x10200000, size, sst_mmio_size_mask(size) + 1);
        EXPECT_EQ(check(r), SST_MMIO_CHECK_DATA_TOO_WIDE) << size;
    }
    r = sst_mmio_request(SST_MMIO_READ, UINT64_MAX - 2, 4, 0);
    EXPECT_EQ(check(r), SST_MMIO_CHECK_ADDRESS_WRAPS);
}

TEST(Validate, ParsesOnlyWholeFrames)
{
    SSTMMIORequest       in  = sst_mmio_request(SST_MMIO_READ, 0x1000, 2, 0);
    std::vector<uint8_t> buf = bytes(in);
    SSTMMIORequest       out{};
    for ( size_t len = 0; len < buf.size(); ++len )
        EXPECT_EQ(sst_mmio_parse_request(buf.data(), len, &out), SST_MMIO_CHECK_TRUNCATED) << len;
    ASSERT_EQ(sst_mmio_parse_request(buf.data(), buf.size(), &out), SST_MMIO_CHECK_OK);
    EXPECT_EQ(out.address, 0x1000u);
    EXPECT_EQ(out.size, 2u);

    SSTMMIOResponse resp = sst_mmio_response(0, 42, 3), got{};
    auto            rb   = bytes(resp);
    EXPECT_EQ(sst_mmio_parse_response(rb.data(), rb.size() - 1, &got), SST_MMIO_CHECK_TRUNCATED);
    ASSERT_EQ(sst_mmio_parse_response(rb.data(), rb.size(), &got), SST_MMIO_CHECK_OK);
    EXPECT_EQ(got.data, 42u);
    EXPECT_EQ(got.latency, 3u);
    rb[0] ^= 1;
    EXPECT_EQ(sst_mmio_parse_response(rb.data(), rb.size(), &got), SST_MMIO_CHECK_BAD_MAGIC);
    // A request is not a response, and the other way round.
    EXPECT_EQ(sst_mmio_parse_response(buf.data(), buf.size(), &got), SST_MMIO_CHECK_BAD_MAGIC);
}

TEST(Validate, RandomBytesAreNeverAcceptedWithoutTheMagic)
{
    uint64_t state = 0x243F6A8885A308D3ull;
    for ( int i = 0; i < 100000; ++i ) {
        uint8_t buf[SST_MMIO_REQUEST_SIZE];
        for ( auto& b : buf ) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            b = static_cast<uint8_t>(state);
        }
        SSTMMIORequest r;
        SSTMMIOCheck   c = sst_mmio_parse_request(buf, sizeof buf, &r);
        if ( r.magic != SST_MMIO_REQUEST_MAGIC ) {
            ASSERT_EQ(c, SST_MMIO_CHECK_BAD_MAGIC);
        }
        if ( c == SST_MMIO_CHECK_OK ) {
            ASSERT_TRUE(sst_mmio_size_valid(r.size));
            ASSERT_LE(r.type, 1u);
        }
    }
}

TEST(Validate, EveryCheckHasADescription)
{
    for ( int c = SST_MMIO_CHECK_OK; c <= SST_MMIO_CHECK_BAD_FIELD; ++c )
        EXPECT_STRNE(sst_mmio_check_str(static_cast<SSTMMIOCheck>(c)), "unknown check result") << c;
}

TEST(WireFormatV2, HelloIsAsLongAsAV1RequestSoV1PeersReadItAsOneFrame)
{
    SSTHello h = sst_hello(2, SST_CAP_TIME | SST_CAP_IRQ, 1000000, 1);
    EXPECT_EQ(sizeof h, sizeof(SSTMMIORequest));
    std::vector<uint8_t> expect = { 0x53, 0x53, 0x54, 0x48, 2, 0, 0, 0, 3, 0, 0, 0, 0x40, 0x42,
                                    0x0F, 0,    0,    0,    0, 0, 1, 0, 0, 0, 0, 0, 0, 0 };
    EXPECT_EQ(bytes(h), expect);
    // What a v1 peer sees: a request with a bad magic.
    SSTMMIORequest as_v1;
    EXPECT_EQ(sst_mmio_parse_request(&h, sizeof h, &as_v1), SST_MMIO_CHECK_BAD_MAGIC);
    EXPECT_EQ(sst_check_hello(&h), SST_MMIO_CHECK_OK);
    h.version = 0;
    EXPECT_EQ(sst_check_hello(&h), SST_MMIO_CHECK_BAD_VERSION);
    h.version  = 2;
    h.reserved = 1;
    EXPECT_EQ(sst_check_hello(&h), SST_MMIO_CHECK_BAD_FIELD);
}

TEST(WireFormatV2, MessageLayout)
{
    SSTMsg m  = sst_msg(SST_MSG_MMIO_WRITE, 7, 0x0102030405060708ull);
    m.address = 0x10200000;
    m.data    = 0xAB;
    m.arg0    = 1;
    auto b    = bytes(m);
    ASSERT_EQ(b.size(), 48u);
    EXPECT_EQ(std::vector<uint8_t>(b.begin(), b.begin() + 4), (std::vector<uint8_t>{ 0x53, 0x53, 0x54, 0x32 }));
    EXPECT_EQ(b[4], SST_MSG_MMIO_WRITE);
    EXPECT_EQ(b[8], 7);
    EXPECT_EQ(b[16], 0x08);
    EXPECT_EQ(b[23], 0x01);
    EXPECT_EQ(b[27], 0x10);
    EXPECT_EQ(b[32], 0xAB);
    EXPECT_EQ(b[40], 1);
    EXPECT_EQ(sst_check_msg(&m), SST_MMIO_CHECK_OK);
}

TEST(WireFormatV2, RejectsEveryMalformedMessage)
{
    auto check = [](SSTMsg m) { return sst_check_msg(&m); };
    SSTMsg read = sst_msg(SST_MSG_MMIO_READ, 1, 0);
    read.arg0   = 4;
    EXPECT_EQ(check(read), SST_MMIO_CHECK_OK);
    SSTMsg m = read;
    m.magic  = SST_MMIO_REQUEST_MAGIC;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_MAGIC);
    m       = read;
    m.flags = 1;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_FIELD);
    for ( uint16_t type : { 0, 15, 0xFFFF } ) {
        m      = read;
        m.type = type;
        EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_TYPE) << type;
    }
    m      = read;
    m.arg0 = 3;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_SIZE);
    m             = read;
    m.payload_len = 4;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    m      = sst_msg(SST_MSG_MMIO_WRITE, 1, 0);
    m.arg0 = 2;
    m.data = 0x10000;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_DATA_TOO_WIDE);
    m         = read;
    m.address = UINT64_MAX;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_ADDRESS_WRAPS);
    m      = sst_msg(SST_MSG_IRQ, 0, 0);
    m.arg1 = 2;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_FIELD);
    m      = sst_msg(SST_MSG_DMA_READ, 1, 0);
    m.arg0 = 0;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_SIZE);
    m.arg0 = SST_MSG_MAX_PAYLOAD + 1;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_SIZE);
    m = sst_msg(SST_MSG_DMA_WRITE, 1, 0);
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    m.payload_len = SST_MSG_MAX_PAYLOAD + 1;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    for ( uint16_t type : { SST_MSG_MMIO_RESP, SST_MSG_SYNC, SST_MSG_SYNC_DONE, SST_MSG_DMA_WRITE_DONE, SST_MSG_EXIT } ) {
        m             = sst_msg(type, 0, 0);
        EXPECT_EQ(check(m), SST_MMIO_CHECK_OK) << sst_msg_type_str(type);
        m.payload_len = 1;
        EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD) << sst_msg_type_str(type);
    }
}

TEST(WireFormatV2, PostedWritesAndTheirErrorFlag)
{
    SSTPostedWrite w{};
    w.time_ps = 0x0102030405060708ull;
    w.address = 0x10200000;
    w.data    = 0xAB;
    w.size    = 1;
    w.hart    = 3;
    std::vector<uint8_t> b(sizeof w);
    std::memcpy(b.data(), &w, sizeof w);
    ASSERT_EQ(b.size(), 32u);
    EXPECT_EQ(b[0], 0x08);
    EXPECT_EQ(b[11], 0x10);
    EXPECT_EQ(b[16], 0xAB);
    EXPECT_EQ(b[24], 1);
    EXPECT_EQ(b[28], 3);
    EXPECT_EQ(sst_check_posted_write(&w), SST_MMIO_CHECK_OK);
    SSTPostedWrite bad = w;
    bad.size           = 3;
    EXPECT_EQ(sst_check_posted_write(&bad), SST_MMIO_CHECK_BAD_SIZE);
    bad      = w;
    bad.data = 0x100;
    EXPECT_EQ(sst_check_posted_write(&bad), SST_MMIO_CHECK_DATA_TOO_WIDE);
    bad         = w;
    bad.size    = 8;
    bad.address = UINT64_MAX - 6;
    EXPECT_EQ(sst_check_posted_write(&bad), SST_MMIO_CHECK_ADDRESS_WRAPS);

    auto   check  = [](SSTMsg m) { return sst_check_msg(&m); };
    SSTMsg posted = sst_msg(SST_MSG_MMIO_POSTED, 0, 0);
    posted.arg0   = 2;
    posted.payload_len = 2 * SST_POSTED_WRITE_SIZE;
    EXPECT_EQ(check(posted), SST_MMIO_CHECK_OK);
    SSTMsg m      = posted;
    m.payload_len = SST_POSTED_WRITE_SIZE; // says two, carries one
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    m             = posted;
    m.arg0        = 0;
    m.payload_len = 0;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    m.arg0        = SST_MSG_MAX_POSTED + 1;
    m.payload_len = m.arg0 * SST_POSTED_WRITE_SIZE;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_PAYLOAD);
    // Only MMIO_RESP may carry POSTED_ERROR.
    m       = sst_msg(SST_MSG_MMIO_RESP, 1, 0);
    m.flags = SST_MSG_FLAG_POSTED_ERROR;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_OK);
    m.flags = 2;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_FIELD);
    m       = posted;
    m.flags = SST_MSG_FLAG_POSTED_ERROR;
    EXPECT_EQ(check(m), SST_MMIO_CHECK_BAD_FIELD);
    EXPECT_STREQ(sst_msg_type_str(SST_MSG_MMIO_POSTED), "MMIO_POSTED");
    EXPECT_STREQ(sst_mmio_status_str(SST_MMIO_STATUS_BAD_SIZE), "BAD_SIZE");
}

#include "sst_mmio/shm_ring.h"

#include <memory>

TEST(ShmRing, CarriesAByteStreamAcrossTheWrap)
{
    auto                 ring   = std::make_unique<SSTRing>();
    SSTRingWriter        writer = sst_ring_writer(ring.get());
    SSTRingReader        reader = sst_ring_reader(ring.get());
    std::vector<uint8_t> out, in(1000);
    uint64_t             next = 0;
    // Push 3 MiB through a 256 KiB ring in odd-sized pieces: every byte arrives once, in order.
    while ( out.size() < 3u * 1024 * 1024 ) {
        uint8_t chunk[4099];
        for ( auto& b : chunk )
            b = static_cast<uint8_t>(next++ * 31);
        size_t written = 0;
        while ( written < sizeof chunk ) {
            written += sst_ring_write(&writer, chunk + written, sizeof chunk - written);
            size_t n = sst_ring_read(&reader, in.data(), in.size());
            out.insert(out.end(), in.begin(), in.begin() + n);
        }
    }
    while ( size_t n = sst_ring_read(&reader, in.data(), in.size()) )
        out.insert(out.end(), in.begin(), in.begin() + n);
    ASSERT_EQ(out.size(), next);
    for ( uint64_t i = 0; i < next; ++i )
        ASSERT_EQ(out[i], static_cast<uint8_t>(i * 31)) << i;
}

TEST(ShmRing, NeverOverfillsAndSleepNeedsAnEmptyRing)
{
    auto                 ring   = std::make_unique<SSTRing>();
    SSTRingWriter        writer = sst_ring_writer(ring.get());
    SSTRingReader        reader = sst_ring_reader(ring.get());
    std::vector<uint8_t> big(SST_SHM_RING_BYTES + 100, 7);
    EXPECT_EQ(sst_ring_write(&writer, big.data(), big.size()), SST_SHM_RING_BYTES);
    EXPECT_EQ(sst_ring_write(&writer, big.data(), 1), 0u);
    EXPECT_EQ(sst_ring_space(&writer, 1), 0u);
    EXPECT_EQ(sst_ring_prepare_sleep(&reader), 0); // data waiting: do not sleep
    EXPECT_EQ(sst_ring_needs_wake(&writer), 0);
    std::vector<uint8_t> in(SST_SHM_RING_BYTES);
    EXPECT_EQ(sst_ring_read(&reader, in.data(), in.size()), SST_SHM_RING_BYTES);
    EXPECT_EQ(sst_ring_prepare_sleep(&reader), 1);
    EXPECT_EQ(sst_ring_needs_wake(&writer), 1);
    sst_ring_end_sleep(&reader);
    EXPECT_EQ(sst_ring_needs_wake(&writer), 0);
    // The writer's cached view of the reader said "full": it must look again.
    EXPECT_EQ(sst_ring_space(&writer, 1), SST_SHM_RING_BYTES);
    EXPECT_EQ(sst_ring_write(&writer, big.data(), 10), 10u);
    EXPECT_EQ(sst_ring_readable(&reader), 10u);
}
