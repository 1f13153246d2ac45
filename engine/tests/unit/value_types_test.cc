// SPDX-License-Identifier: BSD-3-Clause
// UnitAlgebra, Params and port-pattern matching.
#include "port_name.h"

#include <gtest/gtest.h>
#include <sst/core/params.h>
#include <sst/core/unitAlgebra.h>

using SST::Params;
using SST::UnitAlgebra;

namespace {
/** The message of the std::invalid_argument that f throws ("" if none). */
template <typename F>
std::string invalidArgument(F&& f)
{
    try {
        f();
    }
    catch ( const std::logic_error& e ) { // std::invalid_argument, UnitAlgebra's exceptions
        return e.what();
    }
    return "";
}
} // namespace

TEST(UnitAlgebra, ParsesSIAndBinaryPrefixes)
{
    EXPECT_TRUE(UnitAlgebra("1GHz").hasUnits("Hz"));
    EXPECT_DOUBLE_EQ(UnitAlgebra("1GHz").getDoubleValue(), 1e9);
    EXPECT_DOUBLE_EQ(UnitAlgebra("1ns").getDoubleValue(), 1e-9);
    EXPECT_DOUBLE_EQ(UnitAlgebra("500ps").getDoubleValue(), 500e-12);
    EXPECT_EQ(UnitAlgebra("4KiB").getRoundedValue(), 4096);
    EXPECT_EQ(UnitAlgebra("2 MiB").getRoundedValue(), 2 * 1024 * 1024);
    EXPECT_EQ(UnitAlgebra("4kB").getRoundedValue(), 4000);
    EXPECT_TRUE(UnitAlgebra("10GB/s").hasUnits("B/s"));
    EXPECT_TRUE(UnitAlgebra("3 events").hasUnits("events"));
    EXPECT_DOUBLE_EQ(UnitAlgebra("2.5e3ms").getDoubleValue(), 2.5);
}

TEST(UnitAlgebra, ArithmeticKeepsUnits)
{
    UnitAlgebra period = UnitAlgebra("1GHz");
    period.invert();
    EXPECT_TRUE(period.hasUnits("s"));
    EXPECT_TRUE(period == UnitAlgebra("1ns"));
    EXPECT_TRUE(UnitAlgebra("1000ps") == UnitAlgebra("1ns"));
    EXPECT_TRUE(UnitAlgebra("1us") > UnitAlgebra("999ns"));
    UnitAlgebra bytes = UnitAlgebra("10GB/s") * UnitAlgebra("2ns");
    EXPECT_TRUE(bytes.hasUnits("B"));
    EXPECT_EQ(bytes.getRoundedValue(), 20);
    EXPECT_EQ((UnitAlgebra("3ns") + UnitAlgebra("2ns")).toStringBestSI(), "5 ns");
    EXPECT_EQ(UnitAlgebra("1500ps").toStringBestSI(), "1.5 ns");
}

TEST(UnitAlgebra, RejectsBadInput)
{
    EXPECT_THROW(UnitAlgebra("1 parsec"), UnitAlgebra::InvalidUnitType);
    EXPECT_THROW(UnitAlgebra("GHz"), UnitAlgebra::InvalidNumberString);
    EXPECT_THROW(UnitAlgebra(""), UnitAlgebra::InvalidNumberString);
    EXPECT_THROW(UnitAlgebra("1ns/s/s"), UnitAlgebra::InvalidUnitType);
    EXPECT_THROW((void)(UnitAlgebra("1ns") < UnitAlgebra("1GHz")), UnitAlgebra::NonMatchingUnits);
    EXPECT_THROW(UnitAlgebra("1ns") + UnitAlgebra("1B"), UnitAlgebra::NonMatchingUnits);
    EXPECT_NE(invalidArgument([] { UnitAlgebra("5 bogons"); }).find("Invalid unit type: bogons"), std::string::npos);
}

TEST(Params, FindConvertsWithDefaults)
{
    Params p;
    p.insert("base", "0x10200000");
    p.insert("count", "42");
    p.insert("neg", "-3");
    p.insert("flag", "Yes");
    p.insert("clock", "2GHz");
    p.insert("ratio", "0.25");
    p.insert("name", "dev0");
    EXPECT_EQ(p.find<uint64_t>("base", 0), 0x10200000u);
    EXPECT_EQ(p.find<int>("count", 0), 42);
    EXPECT_EQ(p.find<int>("neg", 0), -3);
    EXPECT_EQ(p.find<int>("missing", 7), 7);
    EXPECT_TRUE(p.find<bool>("flag", false));
    EXPECT_DOUBLE_EQ(p.find<double>("ratio", 0), 0.25);
    EXPECT_EQ(p.find<std::string>("name", "x"), "dev0");
    EXPECT_EQ(p.find<std::string>("missing", "x"), "x");
    EXPECT_TRUE(p.find<UnitAlgebra>("clock", "1GHz") == UnitAlgebra("2GHz"));
    EXPECT_TRUE(p.find<UnitAlgebra>("nothing", "1GHz") == UnitAlgebra("1GHz"));
    bool found = true;
    EXPECT_EQ(p.find<uint32_t>("absent", 5, found), 5u);
    EXPECT_FALSE(found);
    EXPECT_EQ(p.find<uint64_t>("absent"), 0u);
}

TEST(Params, BadValuesNameKeyAndValue)
{
    Params p;
    p.insert("size", "4 KB");
    p.insert("neg", "-1");
    p.insert("big", "300");
    p.insert("flag", "maybe");
    // As SST Core's from_string: std::stoul reads the leading number and stops, and a narrower
    // type is a cast; only what has no leading number fails, naming the key and the value.
    EXPECT_EQ(p.find<uint64_t>("size", 0), 4u);
    EXPECT_EQ(p.find<uint32_t>("neg", 0), 0xffffffffu);
    EXPECT_EQ(p.find<uint8_t>("big", 0), 300 % 256);
    EXPECT_NE(invalidArgument([&] { p.find<bool>("flag", false); }).find("key = flag, value =  maybe"), std::string::npos);
    p.insert("none", "many");
    EXPECT_NE(invalidArgument([&] { p.find<uint64_t>("none", 0); }).find("key = none, value =  many"), std::string::npos);
}

TEST(Params, ArraysAndScopes)
{
    Params p;
    p.insert("list", "[1, 2, 0x3]");
    p.insert("dev.base", "16");
    p.insert("dev.size", "4");
    p.insert("other", "x");
    std::vector<int> v{ 9 };
    p.find_array("list", v);
    EXPECT_EQ(v, (std::vector<int>{ 9, 1, 2, 3 })); // appended, as SST Core's find_array does
    std::vector<int> untouched{ 9 };
    p.find_array("absent", untouched);
    EXPECT_EQ(untouched, std::vector<int>{ 9 });
    Params dev = p.get_scoped_params("dev");
    EXPECT_EQ(dev.size(), 2u);
    EXPECT_EQ(dev.find<int>("base", 0), 16);
    p.insert("other", "y", false);
    EXPECT_EQ(p.find<std::string>("other", ""), "x");
}

TEST(PortMatch, PercentDMatchesDecimalNumbers)
{
    using SST::Engine::portMatches;
    EXPECT_TRUE(portMatches("port", "port"));
    EXPECT_FALSE(portMatches("port", "port0"));
    EXPECT_TRUE(portMatches("port_%d", "port_0"));
    EXPECT_TRUE(portMatches("port_%d", "port_123"));
    EXPECT_FALSE(portMatches("port_%d", "port_"));
    EXPECT_FALSE(portMatches("port_%d", "port_x"));
    EXPECT_TRUE(portMatches("device_port_%(num)d", "device_port_7"));
    EXPECT_TRUE(portMatches("a%db", "a12b"));
    EXPECT_FALSE(portMatches("a%db", "a12c"));
}
