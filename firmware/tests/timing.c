// SPDX-License-Identifier: BSD-3-Clause
/* Device latency is guest time: reads rdtime (10 MHz on virt) around device
 * accesses and prints how long each took. With protocol 2 the device's
 * latency shows here; the test compares it with the configured latency. */
#include "fwtest.h"
#include "timer.h"
#include "sst_device.h"



int main(void)
{
    uint64_t t0 = rdtime();
    sst_write(SST_REG_STATUS, 0); /* a plain register write: access latency only */
    uint64_t t1 = rdtime();
    (void)sst_read(SST_REG_STATUS);
    uint64_t t2 = rdtime();
    printf("write took %llu ns\n", (unsigned long long)((t1 - t0) * NS_PER_TICK));
    printf("read took %llu ns\n", (unsigned long long)((t2 - t1) * NS_PER_TICK));
    uint64_t idle0 = rdtime();
    for (volatile int i = 0; i < 1000; ++i) {
    }
    printf("1000 loop iterations took %llu ns\n", (unsigned long long)((rdtime() - idle0) * NS_PER_TICK));
    return 0;
}
