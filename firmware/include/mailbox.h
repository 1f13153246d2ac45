// SPDX-License-Identifier: BSD-3-Clause
/* HAL of acalsim.Mailbox (its register map: registers/mailbox_regs.h). */
#ifndef FIRMWARE_MAILBOX_H
#define FIRMWARE_MAILBOX_H

#include "mailbox_regs.h"
#include "mmio.h"

#ifndef MAILBOX_BASE
#define MAILBOX_BASE 0x10200000UL
#endif

static inline uint32_t mb_read(uint32_t reg) { return mmio_read32(MAILBOX_BASE + reg); }
static inline void mb_write(uint32_t reg, uint32_t v) { mmio_write32(MAILBOX_BASE + reg, v); }

static inline void mb_send(uint32_t target, uint32_t value)
{
    mb_write(MB_TARGET, target);
    mb_write(MB_SEND, value);
}

/* Waits for a value in this instance's inbox and takes it. */
static inline uint32_t mb_receive(void)
{
    while (mb_read(MB_INBOX_COUNT) == 0)
        ;
    return mb_read(MB_RECV);
}

#endif
