// SPDX-License-Identifier: BSD-3-Clause
/* Benchmark: a compute-only loop of about 100 M instructions that never
 * touches the device; prints the guest time it took (instructions with -icount shift=0). */
#include "timer.h"

#include <stdio.h>


int main(void)
{
    uint64_t t0 = rdtime();
    uint32_t x = 1;
#ifndef COMPUTE_ITERATIONS
#define COMPUTE_ITERATIONS 25000000u
#endif
    for (uint32_t i = 0; i < COMPUTE_ITERATIONS; ++i) /* 4 instructions per iteration */
        x = x * 1664525u + 1013904223u;
    uint64_t t1 = rdtime();
    printf("computed 0x%08x in %llu us of guest time\n", (unsigned)x, (unsigned long long)((t1 - t0) * NS_PER_TICK / 1000u));
    return 0;
}
