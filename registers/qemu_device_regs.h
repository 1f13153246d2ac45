/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * acalsim.QEMUDevice, the default (echo) device:
 *   0x00 DATA_IN   RW  a write stores the value and starts an echo operation
 *   0x04 DATA_OUT  R   result of the last completed operation
 *   0x08 STATUS    RW  bit0 BUSY, bit1 DATA_READY, bit2 ERROR (sticky; write 1 to clear)
 *   0x0C CONTROL   W   bit0 START re-runs the operation on DATA_IN, bit1 RESET
 * A rejected access (unknown offset, write to a read-only register) reads as all-ones and
 * sets STATUS.ERROR.
 */
#ifndef ACALSIM_QEMU_DEVICE_REGS_H
#define ACALSIM_QEMU_DEVICE_REGS_H

#define SST_REG_DATA_IN  0x00u
#define SST_REG_DATA_OUT 0x04u
#define SST_REG_STATUS   0x08u
#define SST_REG_CONTROL  0x0Cu
#define SST_REGS_SIZE    0x10u /* bytes the registers span */

#define SST_STATUS_BUSY       (1u << 0)
#define SST_STATUS_DATA_READY (1u << 1)
#define SST_STATUS_ERROR      (1u << 2)

#define SST_CONTROL_START (1u << 0)
#define SST_CONTROL_RESET (1u << 1)

#endif
