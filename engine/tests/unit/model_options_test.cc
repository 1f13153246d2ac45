// SPDX-License-Identifier: BSD-3-Clause
#include "model_options.h"

#include <gtest/gtest.h>

using SST::Engine::appendModelOption;
using SST::Engine::splitModelOptions;
using Words = std::vector<std::string>;

namespace {
Words argsAfterDashDash(const Words& argv)
{
    std::string options;
    for ( const auto& a : argv )
        appendModelOption(options, a);
    return splitModelOptions(options);
}
} // namespace

// What SST Core 16 gives sys.argv[1:] for `sst cfg.py -- ARGS...`.
TEST(ModelOptions, WordsAfterDashDashAsSstCoreSplitsThem)
{
    EXPECT_EQ(argsAfterDashDash({ "--arch", "rv64" }), (Words{ "--arch", "rv64" }));
    // The first word is not quoted: its spaces split it; later words keep theirs.
    EXPECT_EQ(argsAfterDashDash({ "a=[1, 2]" }), (Words{ "a=[1,", "2]" }));
    EXPECT_EQ(argsAfterDashDash({ "x", "a=[1, 2]" }), (Words{ "x", "a=[1, 2]" }));
    EXPECT_EQ(argsAfterDashDash({}), Words{});
}

TEST(ModelOptions, QuotesGroupAndDisappear)
{
    EXPECT_EQ(splitModelOptions("one \"two three\"  four"), (Words{ "one", "two three", "four" }));
    EXPECT_EQ(splitModelOptions("a\"b c\"d"), (Words{ "ab c", "d" })); // as SST Core: a quote does not end a word
    EXPECT_EQ(splitModelOptions("\"\" x"), (Words{ "x" }));
    EXPECT_EQ(splitModelOptions("x \"unterminated"), (Words{ "x" }));
}
