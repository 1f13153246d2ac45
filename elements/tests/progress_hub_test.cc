// SPDX-License-Identifier: BSD-3-Clause
// Which bridges wait for SST, and the wake-ups that tell a running guest's bridge to ask sooner.
#include "qemubinary/progress_hub.h"

#include <gtest/gtest.h>

#include <poll.h>

using qemubinary::ProgressHub;

namespace {
bool readable(int fd)
{
    pollfd p{ fd, POLLIN, 0 };
    return ::poll(&p, 1, 0) == 1;
}
} // namespace

TEST(ProgressHub, OthersSeeTheEarliestWaitButNotTheirOwn)
{
    ProgressHub::Member a, b, c;
    EXPECT_FALSE(a.othersWaitUntil());
    b.waitsUntil(500);
    c.waitsUntil(300);
    EXPECT_EQ(a.othersWaitUntil(), 300u);
    EXPECT_EQ(c.othersWaitUntil(), 500u);
    c.waitsUntil(std::nullopt);
    EXPECT_EQ(a.othersWaitUntil(), 500u);
}

TEST(ProgressHub, AnEarlierWaitWakesTheOthers)
{
    ProgressHub::Member a, b;
    EXPECT_FALSE(readable(a.wakeFd()));
    b.waitsUntil(1000);
    EXPECT_FALSE(readable(a.wakeFd())); // a does not sleep: nobody to wake
    b.waitsUntil(std::nullopt);
    a.sleeping(true);
    b.waitsUntil(1000);
    EXPECT_TRUE(readable(a.wakeFd()));
    EXPECT_FALSE(readable(b.wakeFd())); // not itself
    a.drain();
    EXPECT_FALSE(readable(a.wakeFd()));
    b.waitsUntil(2000); // later: nobody needs to ask sooner
    EXPECT_FALSE(readable(a.wakeFd()));
    b.waitsUntil(10);
    EXPECT_TRUE(readable(a.wakeFd()));
}

TEST(ProgressHub, AMemberThatIsGoneNoLongerCounts)
{
    ProgressHub::Member a;
    {
        ProgressHub::Member b;
        b.waitsUntil(7);
        EXPECT_EQ(a.othersWaitUntil(), 7u);
    }
    EXPECT_FALSE(a.othersWaitUntil());
}
