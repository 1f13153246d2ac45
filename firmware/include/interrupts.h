// SPDX-License-Identifier: BSD-3-Clause
/* Machine external interrupts through virt's PLIC (hart 0, M-mode context). */
#ifndef FIRMWARE_INTERRUPTS_H
#define FIRMWARE_INTERRUPTS_H

#include <stdbool.h>
#include <stdint.h>

#define VIRT_PLIC 0x0C000000UL

typedef void (*irq_handler_t)(unsigned source);

/* Routes PLIC source `source` (1..52 on virt) to `handler` and enables it. */
void irq_attach(unsigned source, irq_handler_t handler);
/* Turns machine external interrupts on (mie.MEIE and mstatus.MIE). */
void irq_enable(void);
/* Waits for an interrupt. */
static inline void wfi(void) { __asm__ volatile("wfi"); }

/* Called by the trap handler for an interrupt cause; false if none handles it. */
bool fw_interrupt(uintptr_t cause);

#endif
