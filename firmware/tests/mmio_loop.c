// SPDX-License-Identifier: BSD-3-Clause
/* Benchmark: LOOPS reads of one device register in a tight loop, then exit. */
#include "sst_device.h"

#include <stdio.h>

#ifndef LOOPS
#define LOOPS 50000u
#endif

int main(void)
{
    uint32_t sum = 0;
    for (uint32_t i = 0; i < LOOPS; ++i)
        sum += sst_read(SST_REG_DATA_IN);
    printf("%u reads done (sum %u)\n", (unsigned)LOOPS, (unsigned)sum);
    return 0;
}
