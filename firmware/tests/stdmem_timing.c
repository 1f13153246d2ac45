// SPDX-License-Identifier: BSD-3-Clause
/* Memory behind the bridge's StandardMem slot (configs/mmio_ex.py's scratch MemController):
 * what the guest writes it reads back, and the time it waits for each read is the memory
 * model's (simpleMem access_time) plus the network's, on the guest's own clock. */
#include "fwtest.h"
#include "mmio.h"
#include "mmio_ex.h"
#include "timer.h"

#define WORDS 16u

int main(void)
{
    for (unsigned i = 0; i < WORDS; ++i)
        mmio_write32(SCRATCH_BASE + 64 * i, 0x1000u * i + 0xA5u); /* a line each: no line is reused */
    unsigned bad = 0;
    for (unsigned i = 0; i < WORDS; ++i)
        bad += mmio_read32(SCRATCH_BASE + 64 * i) != 0x1000u * i + 0xA5u;
    check_eq("words read back wrong", bad, 0);

    uint64_t t0 = READ_COUNTER64(time);
    for (unsigned i = 0; i < WORDS; ++i)
        (void)mmio_read32(SCRATCH_BASE + 64 * i);
    printf("%u reads from memory took %lu ns\n", WORDS, (unsigned long)((READ_COUNTER64(time) - t0) * NS_PER_TICK));
    return fwtest_summary();
}
