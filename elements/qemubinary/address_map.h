// SPDX-License-Identifier: BSD-3-Clause
// Which device's window a guest access falls in. The windows must not overlap
// each other, guest RAM or the virt machine's own devices; sst-device maps one
// window covering them all, and an access between two is answered BAD_ADDRESS.
#ifndef ELEMENTS_QEMUBINARY_ADDRESS_MAP_H
#define ELEMENTS_QEMUBINARY_ADDRESS_MAP_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace qemubinary {

/** An address or size as the bridge's messages print it: 0x-prefixed hex. */
std::string hex(uint64_t v);

/** [address, address + size) lies within [base, base + bytes) (without overflow). */
constexpr bool holds(uint64_t base, uint64_t bytes, uint64_t address, uint64_t size)
{
    return address >= base && size <= bytes && address - base <= bytes - size;
}

class AddressMap
{
public:
    /** Adds window number size() (`name` for messages); throws std::invalid_argument naming
     *  the problem if it is empty, wraps, overlaps another window, RAM or a virt device. */
    void add(const std::string& name, uint64_t base, uint64_t size);
    /** The window holding all of an access of `size` bytes at `address`. */
    std::optional<size_t> find(uint64_t address, uint32_t size) const;
    /** The smallest window covering every window (what sst-device maps). */
    uint64_t base() const { return base_; }
    uint64_t size() const { return end_ - base_; }
    size_t   count() const { return windows_.size(); }
    uint64_t baseOf(size_t window) const { return windows_.at(window).base; }
    uint64_t sizeOf(size_t window) const { return windows_.at(window).size; }

private:
    struct Window
    {
        std::string name;
        uint64_t    base, size;
    };
    std::vector<Window> windows_;
    uint64_t            base_ = UINT64_MAX, end_ = 0;
};

} // namespace qemubinary

#endif
