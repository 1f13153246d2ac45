// SPDX-License-Identifier: BSD-3-Clause
#include <gtest/gtest.h>
#include <sst/core/output.h>

TEST(Output, PrefixTokensExpand)
{
    SST::Output out("[@f:@l @p] ", 1, 0, SST::Output::STDOUT);
    testing::internal::CaptureStdout();
    out.output(7, "file.cc", "fn", "value %d\n", 42);
    out.verbose(CALL_INFO, 2, 0, "hidden at level 2\n");
    out.verbose(8, "file.cc", "fn", 1, 0, "shown at level 1\n");
    out.output("no prefix without CALL_INFO\n");
    std::string text = testing::internal::GetCapturedStdout();
    EXPECT_EQ(text, "[file.cc:7 fn] value 42\n[file.cc:8 fn] shown at level 1\nno prefix without CALL_INFO\n");
}

TEST(OutputDeath, FatalPrintsToStderrAndExitsWithTheCode)
{
    SST::Output out("me: ", 0, 0, SST::Output::STDOUT);
    EXPECT_EXIT(out.fatal(CALL_INFO, 3, "broken %s\n", "thing"), testing::ExitedWithCode(3), "FATAL: me: broken thing");
}
