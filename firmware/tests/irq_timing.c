// SPDX-License-Identifier: BSD-3-Clause
/* When does a running guest take a device's interrupt? acalsim.DMAEngine copies 4096
 * bytes (4.098 us at 1 GB/s) and raises its line; the hart busy-waits, noting the time
 * (mcycle: with -icount shift=0, one guest nanosecond per instruction) on every turn of
 * its loop. The interrupt's handler reports the last time noted before it came: the
 * interrupt was taken within one turn of the loop after that. */
#include "dma_engine.h"
#include "fwtest.h"
#include "interrupts.h"
#include "timer.h"

#define COPY_BYTES 4096u
#define DMA_IRQ    12u

static uint8_t src[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t dst[COPY_BYTES] __attribute__((aligned(64)));
static volatile uint64_t last_turn; /* mcycle at the loop's last turn */
static volatile uint64_t taken_after; /* last_turn when the interrupt came; 0 before */

static void on_dma_done(unsigned source)
{
    (void)source;
    taken_after = last_turn;
    dma_write(DMA_INT_STATUS, DMA_INT_DONE);
}

int main(void)
{
    irq_attach(DMA_IRQ, on_dma_done);
    irq_enable();
    dma_prepare_copy(src, dst, COPY_BYTES);
    dma_write(DMA_CONTROL, DMA_CONTROL_START);
    uint64_t started = mcycle(); /* the write's answer came back: the engine started 2 ns ago */
    while (!taken_after)
        last_turn = mcycle();
    uint64_t turn = mcycle() - last_turn; /* one more turn, for the resolution */
    printf("interrupt taken %llu ns after the START write returned (to within %llu ns)\n",
           (unsigned long long)(taken_after - started), (unsigned long long)turn);
    check_eq("STATUS after the copy", dma_read(DMA_STATUS), DMA_STATUS_DONE);
    return fwtest_summary();
}
