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
    for ( int c = SST_MMIO_CHECK_OK; c <= SST_MMIO_CHECK_ADDRESS_WRAPS; ++c )
        EXPECT_STRNE(sst_mmio_check_str(static_cast<SSTMMIOCheck>(c)), "unknown check result") << c;
}
