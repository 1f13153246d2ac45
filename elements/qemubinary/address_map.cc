// SPDX-License-Identifier: BSD-3-Clause
#include "address_map.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace qemubinary {
namespace {

struct Region
{
    const char* name;
    uint64_t    base, size;
};
// QEMU 7.2's virt machine (hw/riscv/virt.c, virt_memmap).
constexpr Region kVirtRegions[] = {
    { "debug", 0x0, 0x100 },        { "mask ROM", 0x1000, 0xf000 },      { "test finisher", 0x100000, 0x1000 },
    { "RTC", 0x101000, 0x1000 },    { "CLINT", 0x2000000, 0x10000 },     { "ACLINT SSWI", 0x2f00000, 0x4000 },
    { "PCIe PIO", 0x3000000, 0x10000 }, { "platform bus", 0x4000000, 0x2000000 },
    { "PLIC", 0xc000000, 0x4000000 }, { "UART", 0x10000000, 0x100 },  { "virtio-mmio", 0x10001000, 0x8000 },
    { "fw_cfg", 0x10100000, 0x18 },  { "flash", 0x20000000, 0x4000000 }, { "PCIe ECAM", 0x30000000, 0x10000000 },
    { "PCIe MMIO", 0x40000000, 0x40000000 },
};
constexpr uint64_t kVirtRamBase = 0x80000000;

bool overlap(uint64_t a, uint64_t a_size, uint64_t b, uint64_t b_size) { return a < b + b_size && b < a + a_size; }

} // namespace

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

void AddressMap::add(const std::string& name, uint64_t base, uint64_t size)
{
    if ( size == 0 || base + (size - 1) < base )
        throw std::invalid_argument(name + ": window base " + hex(base) + " size " + hex(size) +
                                    " is empty or wraps past the end of the address space");
    for ( const Window& w : windows_ )
        if ( overlap(base, size, w.base, w.size) ) throw std::invalid_argument("the windows of " + w.name + " and " + name + " overlap");
    const std::string where = name + ": window " + hex(base) + "-" + hex(base + size - 1);
    if ( base + size > kVirtRamBase )
        throw std::invalid_argument(where + " reaches guest RAM (virt's RAM starts at 0x80000000); free space is e.g. "
                                            "0x10200000-0x1fffffff");
    for ( const Region& r : kVirtRegions )
        if ( overlap(base, size, r.base, r.size) )
            throw std::invalid_argument(where + " overlaps virt's " + r.name + " at " + hex(r.base) + "-" +
                                        hex(r.base + r.size - 1));
    windows_.push_back({ name, base, size });
    base_ = std::min(base_, base);
    end_  = std::max(end_, base + size);
}

std::optional<size_t> AddressMap::find(uint64_t address, uint32_t size) const
{
    for ( size_t i = 0; i < windows_.size(); ++i ) {
        const Window& w = windows_[i];
        if ( holds(w.base, w.size, address, size) ) return i;
    }
    return std::nullopt;
}

} // namespace qemubinary
