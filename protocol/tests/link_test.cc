// SPDX-License-Identifier: BSD-3-Clause
// The channel library (sst_mmio/link.h) with both of its ends in one process, over both
// transports: bytes both ways, partial reads, waits, and every way the other end can fail.
#include "sst_mmio/link.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

enum class Transport { Unix, Shm };

/** QEMU's end and SST's end of one channel, set up as sst-device and the bridge do. */
struct Pair
{
    SSTLink qemu, sst;
    explicit Pair(Transport t)
    {
        int sv[2];
        EXPECT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        sst_link_init(&qemu, sv[0]);
        sst_link_init(&sst, sv[1]);
        if ( t == Transport::Shm ) {
            EXPECT_EQ(sst_link_offer_shm(&qemu), 0);
            EXPECT_EQ(sst_link_accept_shm(&sst, 1000), 0);
        }
        else {
            EXPECT_EQ(sst_link_offer_control(&qemu), 0);
            EXPECT_EQ(sst_link_accept_control(&sst, 1000), 0);
        }
    }
    ~Pair()
    {
        sst_link_close(&qemu);
        sst_link_close(&sst);
    }
};

bool readable(int fd, int timeout_ms)
{
    pollfd p{ fd, POLLIN, 0 };
    return ::poll(&p, 1, timeout_ms) == 1;
}

class Link : public ::testing::TestWithParam<Transport>
{};

} // namespace

TEST_P(Link, CarriesFramesBothWays)
{
    Pair    p(GetParam());
    uint8_t out[48], in[48];
    for ( int i = 0; i < 48; ++i )
        out[i] = static_cast<uint8_t>(i * 7);
    ASSERT_EQ(sst_link_write_all(&p.qemu, out, sizeof out, 1000), 0);
    size_t got = 0;
    ASSERT_EQ(sst_link_read_all(&p.sst, in, sizeof in, 50, 1000, &got), 0);
    EXPECT_EQ(got, sizeof in);
    EXPECT_EQ(std::memcmp(in, out, sizeof in), 0);
    ASSERT_EQ(sst_link_write_all(&p.sst, out, sizeof out, 1000), 0);
    ASSERT_EQ(sst_link_read_all(&p.qemu, in, sizeof in, 0, 1000, &got), 0);
    EXPECT_EQ(std::memcmp(in, out, sizeof in), 0);
}

TEST_P(Link, MoreThanFitsAtOnceArrivesWhole)
{
    // More than a socket buffer and most of a ring: the writer waits while the reader drains.
    Pair                 p(GetParam());
    std::vector<uint8_t> out(200 * 1024), in(out.size());
    for ( size_t i = 0; i < out.size(); ++i )
        out[i] = static_cast<uint8_t>(i ^ (i >> 8));
    std::thread writer([&] {
        for ( size_t off = 0; off < out.size(); off += 4096 ) // message by message, as both ends write
            ASSERT_EQ(sst_link_write_all(&p.qemu, out.data() + off, 4096, 5000), 0);
    });
    size_t got = 0;
    EXPECT_EQ(sst_link_read_all(&p.sst, in.data(), in.size(), 50, 5000, &got), 0);
    writer.join();
    EXPECT_EQ(got, in.size());
    EXPECT_EQ(in, out);
}

TEST_P(Link, AWaitingReaderSeesThePeerGo)
{
    Pair    p(GetParam());
    uint8_t buf[48];
    size_t  got = 99;
    int     err = 0;
    std::thread reader([&] { err = sst_link_read_all(&p.qemu, buf, sizeof buf, 50, 10000, &got); });
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // it sleeps by now
    sst_link_close(&p.sst);
    reader.join();
    EXPECT_EQ(err, -EPIPE); // not -ETIMEDOUT: it saw the end, it did not sit out its 10 s
    EXPECT_EQ(got, 0u);
}

TEST_P(Link, APeerThatGoesMidFrameLeavesAPartialCount)
{
    Pair    p(GetParam());
    uint8_t part[10] = { 1, 2, 3 }, buf[48];
    ASSERT_EQ(sst_link_write_all(&p.sst, part, sizeof part, 1000), 0);
    sst_link_close(&p.sst);
    size_t got = 0;
    EXPECT_EQ(sst_link_read_all(&p.qemu, buf, sizeof buf, 0, 2000, &got), -EPIPE);
    EXPECT_EQ(got, sizeof part);
}

TEST_P(Link, ASilentPeerTimesOut)
{
    Pair    p(GetParam());
    uint8_t buf[48];
    size_t  got = 0;
    EXPECT_EQ(sst_link_read_all(&p.sst, buf, sizeof buf, 10, 50, &got), -ETIMEDOUT);
    EXPECT_EQ(got, 0u);
}

TEST_P(Link, ReadyCountsWithoutConsuming)
{
    Pair    p(GetParam());
    uint8_t half[24] = {};
    EXPECT_EQ(sst_link_ready(&p.qemu, 48), 0u);
    ASSERT_EQ(sst_link_write_all(&p.sst, half, sizeof half, 1000), 0);
    ASSERT_TRUE(GetParam() == Transport::Shm || readable(sst_link_wake_fd(&p.qemu), 1000));
    EXPECT_EQ(sst_link_ready(&p.qemu, 48), 24u); // not a whole frame yet
    EXPECT_EQ(sst_link_ready(&p.qemu, 48), 24u); // still there
}

TEST_P(Link, APokeWakesTheListenerAndThePeersEndIsSeen)
{
    Pair p(GetParam());
    ASSERT_TRUE(sst_link_start_listening(&p.qemu)); // nothing came yet
    EXPECT_FALSE(readable(sst_link_listen_fd(&p.qemu), 0));
    uint8_t req[48] = { 42 };
    ASSERT_EQ(sst_link_write_all(&p.sst, req, sizeof req, 1000), 0);
    sst_link_poke(&p.sst);
    ASSERT_TRUE(readable(sst_link_listen_fd(&p.qemu), 1000));
    EXPECT_EQ(sst_link_take_poke(&p.qemu), 1);
    EXPECT_EQ(sst_link_ready(&p.qemu, 48), 48u); // the message came before the poke
    sst_link_close(&p.sst);
    if ( GetParam() == Transport::Unix ) { // the control socket ends with the peer
        ASSERT_TRUE(readable(sst_link_listen_fd(&p.qemu), 1000));
        EXPECT_EQ(sst_link_take_poke(&p.qemu), 0);
    }
    else { // the socket, which carries nothing after set-up, ends
        ASSERT_TRUE(readable(sst_link_gone_fd(&p.qemu), 1000));
    }
}

TEST_P(Link, AWriterToAPeerGoneIsToldSo)
{
    Pair p(GetParam());
    sst_link_close(&p.qemu);
    uint8_t big[4096] = {};
    int     err       = 0;
    // A socket refuses at once; rings take what fits, until the end is noticed in a sleep.
    for ( int i = 0; i < 200 && err == 0; ++i ) {
        err = sst_link_write_all(&p.sst, big, sizeof big, 100);
        if ( err == 0 && sst_link_prepare_sleep(&p.sst) ) sst_link_end_sleep(&p.sst);
    }
    EXPECT_TRUE(err == -EPIPE || err == -ETIMEDOUT) << err;
}

INSTANTIATE_TEST_SUITE_P(BothTransports, Link, ::testing::Values(Transport::Unix, Transport::Shm),
                         [](const ::testing::TestParamInfo<Transport>& i) {
                             return i.param == Transport::Unix ? "unix" : "shm";
                         });

TEST(LinkSetUp, SomethingElseThanTheRingsIsRefused)
{
    int sv[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    SSTLink sst;
    sst_link_init(&sst, sv[1]);
    ASSERT_EQ(::write(sv[0], "SSTH", 4), 4); // a HELLO where the rings should be
    EXPECT_EQ(sst_link_accept_shm(&sst, 1000), -EPROTO);
    EXPECT_EQ(sst.shm, nullptr);
    EXPECT_EQ(sst_link_accept_control(&sst, 50), -ETIMEDOUT);
    sst_link_close(&sst);
    ::close(sv[0]);
}

TEST(LinkSetUp, ABoundedSpinEnds)
{
    SSTSpin s;
    sst_spin_start(&s, 0, 1);
    EXPECT_FALSE(sst_spin_more(&s)); // 0: never spin
    sst_spin_start(&s, 200, 64);
    unsigned turns = 0;
    while ( sst_spin_more(&s) ) // ends: the test would hang otherwise
        ++turns;
    EXPECT_GT(turns, 0u);
}
