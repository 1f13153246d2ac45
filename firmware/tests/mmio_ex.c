// SPDX-License-Identifier: BSD-3-Clause
/* Drives memHierarchy.mmioEx, unmodified, as memHierarchy's standardCPU does in
 * testStdMem-mmio.py: writes values to its register and reads back their squares, over
 * StandardMem (configs/mmio_ex.py). The device's own DMA to memory runs meanwhile. */
#include "fwtest.h"
#include "mmio.h"
#include "mmio_ex.h"
#include "timer.h"

static uint32_t square(uint32_t v) { return v * v; } /* mmioEx's int32 product, modulo 2^32 */

int main(void)
{
    static const uint32_t values[] = { 0, 1, 7, 1000, 46340, (uint32_t)-3, (uint32_t)-46341, 0x12345678 };
    char what[64];
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; ++i) {
        mmio_write32(MMIO_EX0_BASE, values[i]);
        snprintf(what, sizeof what, "square of %ld", (long)(int32_t)values[i]);
        check_eq(what, mmio_read32(MMIO_EX0_BASE), square(values[i]));
    }
    /* Two devices, each with its own register. */
    mmio_write32(MMIO_EX1_BASE, 12);
    mmio_write32(MMIO_EX0_BASE, 5);
    check_eq("device 1 keeps its own square", mmio_read32(MMIO_EX1_BASE), 144);
    check_eq("device 0 keeps its own square", mmio_read32(MMIO_EX0_BASE), 25);
    /* The write's size is the request's: one byte 0xff is the value 255. */
    mmio_write8(MMIO_EX0_BASE, 0xff);
    check_eq("a 1-byte write is squared as 255", mmio_read32(MMIO_EX0_BASE), 65025);
    /* Nothing claims the hole: the access fails as one between device windows does. */
    check_eq("between the windows: all-ones", mmio_read32(MMIO_EX_HOLE), 0xFFFFFFFF);

    uint64_t t0 = READ_COUNTER64(time);
    for (int i = 0; i < 16; ++i)
        (void)mmio_read32(MMIO_EX1_BASE);
    printf("16 reads through the network took %lu ns\n", (unsigned long)((READ_COUNTER64(time) - t0) * NS_PER_TICK));
    return fwtest_summary();
}
