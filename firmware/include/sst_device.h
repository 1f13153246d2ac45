// SPDX-License-Identifier: BSD-3-Clause
/*
 * HAL of the default SST device (acalsim.QEMUDevice) behind QEMU's sst-device.
 *
 * Register map (offsets from the window base, 32-bit registers):
 *   0x00 DATA_IN   RW  a write stores the value and starts an echo operation
 *   0x04 DATA_OUT  R   result of the last completed operation
 *   0x08 STATUS    R   bit0 BUSY, bit1 DATA_READY, bit2 ERROR (sticky; write 1 to clear)
 *   0x0C CONTROL   W   bit0 START re-runs the operation on DATA_IN, bit1 RESET
 * A rejected access (unknown offset, write to a read-only register) reads as
 * all-ones and sets STATUS.ERROR.
 */
#ifndef FIRMWARE_SST_DEVICE_H
#define FIRMWARE_SST_DEVICE_H

#include "mmio.h"

#ifndef SST_DEVICE_BASE
#define SST_DEVICE_BASE 0x10200000UL
#endif

#define SST_REG_DATA_IN  0x00u
#define SST_REG_DATA_OUT 0x04u
#define SST_REG_STATUS   0x08u
#define SST_REG_CONTROL  0x0Cu

#define SST_STATUS_BUSY       (1u << 0)
#define SST_STATUS_DATA_READY (1u << 1)
#define SST_STATUS_ERROR      (1u << 2)

#define SST_CONTROL_START (1u << 0)
#define SST_CONTROL_RESET (1u << 1)

static inline uint32_t sst_read(uint32_t reg) { return mmio_read32(SST_DEVICE_BASE + reg); }
static inline void sst_write(uint32_t reg, uint32_t v) { mmio_write32(SST_DEVICE_BASE + reg, v); }

/* Waits until the device is not busy; returns the last STATUS read, or ~0 after `max_polls`. */
static inline uint32_t sst_wait_idle(unsigned max_polls)
{
    while (max_polls--) {
        uint32_t status = sst_read(SST_REG_STATUS);
        if (!(status & SST_STATUS_BUSY)) return status;
    }
    return ~0u;
}

#endif
