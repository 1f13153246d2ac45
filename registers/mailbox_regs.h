/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * acalsim.Mailbox, one per guest of a ring of guests:
 *   0x00 ID           R   this guest's number (its port)
 *   0x04 COUNT        R   how many guests share the mailbox
 *   0x08 TARGET       RW  the guest SEND delivers to
 *   0x0C SEND         W   delivers the value to TARGET's inbox
 *   0x10 INBOX_COUNT  R   values waiting in this guest's inbox
 *   0x14 RECV         R   takes the oldest value from the inbox
 */
#ifndef ACALSIM_MAILBOX_REGS_H
#define ACALSIM_MAILBOX_REGS_H

#define MB_ID          0x00u
#define MB_COUNT       0x04u
#define MB_TARGET      0x08u
#define MB_SEND        0x0Cu
#define MB_INBOX_COUNT 0x10u
#define MB_RECV        0x14u
#define MB_REGS_SIZE   0x18u /* bytes the registers span */

#endif
