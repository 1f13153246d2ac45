// SPDX-License-Identifier: BSD-3-Clause
/* acalsim.DMAEngine copies a buffer; the completion interrupt wakes the hart
 * from WFI. Checks every byte and prints how long the copy took in guest time. */
#include "dma_engine.h"
#include "fwtest.h"
#include "timer.h"
#include "interrupts.h"

#include <string.h>

#define COPY_BYTES 4096u
#define DMA_IRQ    12u /* the PLIC source QEMUBinary's irq parameter names */

static uint8_t src[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t dst[COPY_BYTES] __attribute__((aligned(64)));
static volatile unsigned interrupts;


static void on_dma_done(unsigned source)
{
    (void)source;
    ++interrupts;
    dma_write(DMA_INT_STATUS, DMA_INT_DONE); /* acknowledge: the device lowers its line */
}

int main(void)
{
    for (unsigned i = 0; i < COPY_BYTES; ++i)
        src[i] = (uint8_t)(i * 7u + 3u);
    memset(dst, 0, sizeof dst);

    irq_attach(DMA_IRQ, on_dma_done);
    irq_enable();
    dma_prepare_copy(src, dst, COPY_BYTES);
    uint64_t t0 = rdtime();
    dma_write(DMA_CONTROL, DMA_CONTROL_START);
    while (!interrupts)
        wfi();
    uint64_t t1 = rdtime();

    printf("dma of %u bytes took %llu ns\n", COPY_BYTES, (unsigned long long)((t1 - t0) * NS_PER_TICK));
    check_eq("completion interrupts", interrupts, 1);
    check_eq("STATUS after the copy", dma_read(DMA_STATUS), DMA_STATUS_DONE);
    check_eq("INT_STATUS after acknowledging", dma_read(DMA_INT_STATUS), 0);
    check("every byte copied", memcmp(src, dst, COPY_BYTES) == 0);

    /* A copy from an address that is not RAM ends with ERROR (and an interrupt). */
    dma_write(DMA_SRC, 0x00800000u); /* unmapped on virt */
    dma_write(DMA_LEN, 64);
    dma_write(DMA_CONTROL, DMA_CONTROL_START);
    while (interrupts < 2)
        wfi();
    check_eq("STATUS after a copy from non-RAM", dma_read(DMA_STATUS) & (DMA_STATUS_ERROR | DMA_STATUS_BUSY),
             DMA_STATUS_ERROR);
    return fwtest_summary();
}
