// SPDX-License-Identifier: BSD-3-Clause
// The guest's deadline from its devices' announcements (docs/timing.md), without SST or QEMU.
#include "qemubinary/guest_deadline.h"

#include <gtest/gtest.h>

using qemubinary::GuestDeadline;
constexpr uint64_t NEVER = GuestDeadline::NEVER;
constexpr uint64_t NS    = 1000; // ps

TEST(GuestDeadline, ADeviceThatNeverAnnouncedGivesTheNextGridPoint)
{
    GuestDeadline d(1, 10'000 * NS);
    EXPECT_EQ(d.at(0, true), 10'000 * NS);
    EXPECT_EQ(d.at(10'000 * NS, true), 20'000 * NS); // strictly after: time moves on
    EXPECT_EQ(d.at(12'345 * NS, false), 20'000 * NS);
}

TEST(GuestDeadline, APassiveDeviceNeverSetsADeadline)
{
    GuestDeadline d(1, 10'000 * NS);
    d.passive(0);
    EXPECT_EQ(d.at(5 * NS, true), NEVER);
    d.sentTo(0, 6 * NS); // accesses do not change that
    EXPECT_EQ(d.at(7 * NS, false), NEVER);
}

TEST(GuestDeadline, AnAnnouncedBoundArrivesOneLinkLatencyLater)
{
    GuestDeadline d(1, 10'000 * NS);
    d.announced(0, /*sent*/ 100 * NS, /*until*/ 4'000 * NS, /*seen*/ 0, /*arrived*/ 101 * NS);
    EXPECT_EQ(d.at(200 * NS, true), 4'001 * NS);
    d.announced(0, 300 * NS, NEVER, 0, 301 * NS);
    EXPECT_EQ(d.at(400 * NS, true), NEVER);
}

TEST(GuestDeadline, TheEarliestDeviceDecides)
{
    GuestDeadline d(3, 10'000 * NS);
    d.passive(0);
    d.announced(1, 0, 7'000 * NS, 0, 1 * NS);
    d.announced(2, 0, 5'000 * NS, 0, 2 * NS);
    EXPECT_EQ(d.at(10 * NS, true), 5'002 * NS);
}

TEST(GuestDeadline, ADeviceMayReactToWhatItHasNotSeen)
{
    GuestDeadline d(1, 10'000 * NS);
    d.announced(0, 0, NEVER, 0, 1 * NS); // link latency 1 ns
    const uint64_t seq = d.sentTo(0, 50 * NS);
    EXPECT_EQ(seq, 1u);
    // It gets the event at 50 ns at the earliest and may answer at once.
    EXPECT_EQ(d.at(50 * NS, false), 51 * NS);
    // An announcement sent before it had seen event 1 does not clear that.
    d.announced(0, 50 * NS, NEVER, 0, 51 * NS);
    EXPECT_EQ(d.at(51 * NS, true), 51 * NS + 1); // overdue: at the earliest, just after now
    // Once it has, its word counts again.
    d.announced(0, 51 * NS, 900 * NS, seq, 52 * NS);
    EXPECT_EQ(d.at(52 * NS, true), 901 * NS);
}

TEST(GuestDeadline, ABoundThatPassedWithoutNewsFallsBackToTheGrid)
{
    GuestDeadline d(1, 10'000 * NS);
    d.announced(0, 0, 100 * NS, 0, 1 * NS);
    EXPECT_EQ(d.at(101 * NS, false), 101 * NS);     // due now: sync now
    EXPECT_EQ(d.at(101 * NS, true), 10'000 * NS);   // everything due now has happened
    EXPECT_EQ(d.at(200 * NS, false), 10'000 * NS);
}

TEST(GuestDeadline, ReactionBeforeTheLatencyIsKnownFallsBackToTheGrid)
{
    GuestDeadline d(1, 10'000 * NS);
    d.sentTo(0, 5 * NS); // never announced: no latency known
    EXPECT_EQ(d.at(5 * NS, false), 10'000 * NS);
}
