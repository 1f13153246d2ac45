// SPDX-License-Identifier: BSD-3-Clause
/* Accesses of every size at several offsets reach the peer as one request each
 * (the test's peer is a byte-addressed memory). */
#include "fwtest.h"
#include "sst_device.h"

#define AT(off) (SST_DEVICE_BASE + (off))

int main(void)
{
    mmio_write8(AT(0x101), 0xAB);
    mmio_write16(AT(0x102), 0xCDEF);
    mmio_write32(AT(0x108), 0x12345678);
    mmio_write8(AT(0xFFF), 0x5A);
    check_eq("8-bit read", mmio_read8(AT(0x101)), 0xAB);
    check_eq("16-bit read", mmio_read16(AT(0x102)), 0xCDEF);
    check_eq("32-bit read", mmio_read32(AT(0x108)), 0x12345678);
    check_eq("32-bit read across the smaller writes", mmio_read32(AT(0x100)), 0xCDEFAB00);
    check_eq("last byte of the window", mmio_read8(AT(0xFFF)), 0x5A);
#if __riscv_xlen == 64
    mmio_write64(AT(0x110), 0x0123456789ABCDEFull);
    check_eq("64-bit read", mmio_read64(AT(0x110)), 0x0123456789ABCDEFull);
    check_eq("high half by a 32-bit read", mmio_read32(AT(0x114)), 0x01234567);
#endif
    return fwtest_summary();
}
