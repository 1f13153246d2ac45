// SPDX-License-Identifier: BSD-3-Clause
/* HAL of the default SST device (acalsim.QEMUDevice) behind QEMU's sst-device; its
 * register map is registers/qemu_device_regs.h. */
#ifndef FIRMWARE_SST_DEVICE_H
#define FIRMWARE_SST_DEVICE_H

#include "mmio.h"
#include "qemu_device_regs.h"

#ifndef SST_DEVICE_BASE
#define SST_DEVICE_BASE 0x10200000UL
#endif

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
