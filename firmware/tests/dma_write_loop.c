// SPDX-License-Identifier: BSD-3-Clause
/* Benchmark (bench/posted_writes.sh): LOOPS writes to acalsim.DMAEngine's SRC, each
 * followed by a read of it when MIXED is 1; posted or waiting as the engine says. */
#include "dma_engine.h"

#include <stdio.h>

#ifndef LOOPS
#define LOOPS 20000u
#endif
#ifndef MIXED
#define MIXED 0
#endif

int main(void)
{
    uint32_t sum = 0;
    for (uint32_t i = 0; i < LOOPS; ++i) {
        dma_write(DMA_SRC, i);
        if (MIXED)
            sum += dma_read(DMA_SRC);
    }
    printf("%u writes done (sum %u)\n", (unsigned)LOOPS, (unsigned)sum);
    return 0;
}
