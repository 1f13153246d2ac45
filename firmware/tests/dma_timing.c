// SPDX-License-Identifier: BSD-3-Clause
/* Times an acalsim.DMAEngine copy, and the same copy again, by polling STATUS (no interrupt: a poll sees the end within
 * one register access, not a sync quantum). Behind SST's memory system (configs/memory_system.py)
 * the time is what the caches and the memory model take; the firmware prints it. */
#include "dma_engine.h"
#include "fwtest.h"
#include "timer.h"

#include <string.h>

#define COPY_BYTES 4096u

static uint8_t src[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t dst[COPY_BYTES] __attribute__((aligned(64)));

int main(void)
{
    for (unsigned i = 0; i < COPY_BYTES; ++i)
        src[i] = (uint8_t)(i * 13u + 1u);
    memset(dst, 0, sizeof dst);
    dma_write(DMA_SRC, (uint32_t)(uintptr_t)src);
    dma_write(DMA_DST, (uint32_t)(uintptr_t)dst);
    dma_write(DMA_LEN, COPY_BYTES);

    uint32_t status = 0;
    /* The same copy twice: the second finds the caches as the first left them. */
    for (int run = 0; run < 2; ++run) {
        uint64_t t0 = rdtime();
        dma_write(DMA_CONTROL, DMA_CONTROL_START);
        while ((status = dma_read(DMA_STATUS)) & DMA_STATUS_BUSY)
            ;
        uint64_t t1 = rdtime();
        printf("%s dma of %u bytes took %llu ns\n", run ? "repeated" : "polled", COPY_BYTES,
               (unsigned long long)((t1 - t0) * NS_PER_TICK));
    }
    check_eq("STATUS after the copy", status, DMA_STATUS_DONE);
    check("every byte copied", memcmp(src, dst, COPY_BYTES) == 0);
    return fwtest_summary();
}
