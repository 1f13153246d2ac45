// SPDX-License-Identifier: BSD-3-Clause
// Routing guest accesses to device windows, and the windows a configuration may not use.
#include "qemubinary/address_map.h"

#include <gtest/gtest.h>

using qemubinary::AddressMap;

TEST(AddressMap, FindsTheWindowHoldingTheWholeAccess)
{
    AddressMap m;
    m.add("device_port_0", 0x10200000, 0x1000);
    m.add("device_port_1", 0x10300000, 0x100);
    EXPECT_EQ(m.find(0x10200000, 4), 0u);
    EXPECT_EQ(m.find(0x10200ffc, 4), 0u);
    EXPECT_FALSE(m.find(0x10200ffe, 4)); // runs past the end
    EXPECT_EQ(m.find(0x103000f8, 8), 1u);
    EXPECT_FALSE(m.find(0x10250000, 4)); // between the windows
    EXPECT_EQ(m.base(), 0x10200000u);
    EXPECT_EQ(m.size(), 0x100100u);
}

TEST(AddressMap, RejectsWindowsThatCannotBe)
{
    AddressMap m;
    m.add("a", 0x10200000, 0x1000);
    auto message = [&](uint64_t base, uint64_t size) {
        try {
            m.add("b", base, size);
        }
        catch ( const std::invalid_argument& e ) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(message(0x10200800, 0x1000), "the windows of a and b overlap");
    EXPECT_EQ(message(0x10400000, 0), "b: window base 0x10400000 size 0x0 is empty or wraps past the end of the address space");
    EXPECT_EQ(message(0x7ffff000, 0x2000),
              "b: window 0x7ffff000-0x80000fff reaches guest RAM (virt's RAM starts at 0x80000000); free space is e.g. "
              "0x10200000-0x1fffffff");
    EXPECT_EQ(message(0x10000000, 0x1000), "b: window 0x10000000-0x10000fff overlaps virt's UART at 0x10000000-0x100000ff");
    EXPECT_EQ(m.count(), 1u);
}
