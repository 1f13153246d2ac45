// SPDX-License-Identifier: BSD-3-Clause
/* Posted writes to acalsim.DMAEngine's SRC, DST and LEN (configs/dma_engine.py --posted):
 * a read sees every earlier write; a failed posted write does not fail the guest (the
 * bridge counts and logs it); the next copy is programmed while one runs, across a sync
 * and the completion interrupt; the guest ends with posted writes still on their way.
 * Without --posted the same checks pass, each write waiting for its answer. */
#include "dma_engine.h"
#include "fwtest.h"
#include "timer.h"
#include "interrupts.h"

#include <string.h>

#define COPY_BYTES  1024u
#define DMA_IRQ     12u   /* the PLIC source QEMUBinary's irq parameter names */
#define TIMED_LOOP  256u  /* writes whose guest time is printed */
#define RACING_LOOP 1000u /* writes made while a copy runs: the copy ends, and interrupts, among them */
#define LAST_WRITES 8u    /* posted just before the guest ends */

static uint8_t a_src[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t a_dst[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t b_src[COPY_BYTES] __attribute__((aligned(64)));
static uint8_t b_dst[COPY_BYTES] __attribute__((aligned(64)));
static volatile unsigned interrupts;
static unsigned writes; /* to SRC, DST and LEN: the bridge's posted_writes with --posted */
static volatile unsigned handler_writes; /* the handler's own: an interrupt between a load and a store of
                                            `writes` would lose its count */

static void posted_write(uint32_t reg, uint32_t v)
{
    dma_write(reg, v);
    ++writes;
}

static void on_dma_done(unsigned source)
{
    (void)source;
    ++interrupts;
    dma_write(DMA_INT_STATUS, DMA_INT_DONE); /* waits: it lowers the line */
    if (interrupts == 1) {
        dma_write(DMA_LEN, COPY_BYTES); /* the second copy's last register, from the handler */
        ++handler_writes;
    }
}

static void wait_for_interrupts(unsigned n)
{
    while (interrupts < n)
        wfi();
}

int main(void)
{
    for (unsigned i = 0; i < COPY_BYTES; ++i) {
        a_src[i] = (uint8_t)(i * 7u + 3u);
        b_src[i] = (uint8_t)(i * 13u + 5u);
    }
    memset(a_dst, 0, sizeof a_dst);
    memset(b_dst, 0, sizeof b_dst);
    irq_attach(DMA_IRQ, on_dma_done);
    irq_enable();

    /* A read arrives after every earlier write to the device. */
    posted_write(DMA_SRC, 0x11111111u);
    posted_write(DMA_DST, 0x22222222u);
    posted_write(DMA_LEN, 0x33u);
    check_eq("SRC read after three writes", dma_read(DMA_SRC), 0x11111111u);
    check_eq("DST", dma_read(DMA_DST), 0x22222222u);
    check_eq("LEN", dma_read(DMA_LEN), 0x33u);

    /* The engine takes 32-bit accesses only: this byte write fails at the device, after it
     * completed for the guest (posted), or as the guest's access error (not posted). */
    mmio_write8(DMA_ENGINE_BASE + DMA_SRC, 0xab);
    ++writes;
    check_eq("SRC after a refused byte write", dma_read(DMA_SRC), 0x11111111u);

    uint64_t t0 = rdtime();
    for (unsigned i = 0; i < TIMED_LOOP; ++i)
        posted_write(DMA_LEN, i);
    uint64_t t1 = rdtime();
    printf("%u writes to LEN took %llu ns\n", TIMED_LOOP, (unsigned long long)((t1 - t0) * NS_PER_TICK));

    /* Copy A runs while copy B is programmed: START latched A's registers. */
    dma_write(DMA_INT_ENABLE, DMA_INT_DONE);
    posted_write(DMA_SRC, (uint32_t)(uintptr_t)a_src);
    posted_write(DMA_DST, (uint32_t)(uintptr_t)a_dst);
    posted_write(DMA_LEN, COPY_BYTES);
    dma_write(DMA_CONTROL, DMA_CONTROL_START);
    posted_write(DMA_SRC, (uint32_t)(uintptr_t)b_src);
    for (unsigned i = 0; i < RACING_LOOP; ++i)
        posted_write(DMA_DST, (uint32_t)(uintptr_t)b_dst + (RACING_LOOP - 1u - i));
    wait_for_interrupts(1);
    check_eq("copy A's interrupts, taken among the writes for B", interrupts, 1);
    check("copy A: every byte", memcmp(a_src, a_dst, COPY_BYTES) == 0);
    check_eq("B's LEN, written by the interrupt handler", dma_read(DMA_LEN), COPY_BYTES);
    dma_write(DMA_CONTROL, DMA_CONTROL_START);
    wait_for_interrupts(2);
    check_eq("STATUS after copy B", dma_read(DMA_STATUS), DMA_STATUS_DONE);
    check("copy B: every byte", memcmp(b_src, b_dst, COPY_BYTES) == 0);

    /* The run ends with these on their way: the engine still receives each one. */
    for (unsigned i = 0; i < LAST_WRITES; ++i)
        posted_write(DMA_LEN, i);
    printf("writes to SRC, DST and LEN: %u\n", writes + handler_writes);
    return fwtest_summary();
}
