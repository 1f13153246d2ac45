// SPDX-License-Identifier: BSD-3-Clause
/* PLIC driver: claim, dispatch to the attached handler, complete. */
#include "interrupts.h"

#include "mmio.h"

#define PLIC_SOURCES    53 /* virt: sources 1..52 */
#define PLIC_CONTEXT    0  /* hart 0, M-mode */
#define PLIC_PRIORITY(src) (VIRT_PLIC + 4u * (src))
#define PLIC_ENABLE(src)   (VIRT_PLIC + 0x2000u + 0x80u * PLIC_CONTEXT + 4u * ((src) / 32u))
#define PLIC_THRESHOLD     (VIRT_PLIC + 0x200000u + 0x1000u * PLIC_CONTEXT)
#define PLIC_CLAIM         (PLIC_THRESHOLD + 4u)
#define CAUSE_MACHINE_EXTERNAL 11u
#define MIE_MEIE (1u << 11)
#define MSTATUS_MIE (1u << 3)

static irq_handler_t handlers[PLIC_SOURCES];

void irq_attach(unsigned source, irq_handler_t handler)
{
    if (source == 0 || source >= PLIC_SOURCES) return;
    handlers[source] = handler;
    mmio_write32(PLIC_PRIORITY(source), 1);
    mmio_write32(PLIC_ENABLE(source), mmio_read32(PLIC_ENABLE(source)) | (1u << (source % 32u)));
    mmio_write32(PLIC_THRESHOLD, 0);
}

void irq_enable(void)
{
    __asm__ volatile("csrs mie, %0" ::"r"(MIE_MEIE));
    __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MIE));
}

bool fw_interrupt(uintptr_t cause)
{
    if (cause != CAUSE_MACHINE_EXTERNAL) return false;
    uint32_t source;
    while ((source = mmio_read32(PLIC_CLAIM)) != 0) {
        if (source < PLIC_SOURCES && handlers[source]) handlers[source](source);
        mmio_write32(PLIC_CLAIM, source); /* complete */
    }
    return true;
}
