// SPDX-License-Identifier: BSD-3-Clause
/* HAL of acalsim.ComputeDevice (its register map: registers/compute_device_regs.h). */
#ifndef FIRMWARE_COMPUTE_DEVICE_H
#define FIRMWARE_COMPUTE_DEVICE_H

#include "compute_device_regs.h"
#include "mmio.h"

static inline uint32_t cd_read(uintptr_t base, uint32_t reg) { return mmio_read32(base + reg); }
static inline void cd_write(uintptr_t base, uint32_t reg, uint32_t v) { mmio_write32(base + reg, v); }

/* Runs one operation; returns STATUS once it is no longer BUSY. */
static inline uint32_t cd_compute(uintptr_t base, uint32_t op, uint32_t a, uint32_t b)
{
    cd_write(base, CD_A, a);
    cd_write(base, CD_B, b);
    cd_write(base, CD_OP, op);
    cd_write(base, CD_CONTROL, CD_CONTROL_TRIGGER);
    uint32_t status;
    while ((status = cd_read(base, CD_STATUS)) & CD_STATUS_BUSY)
        ;
    return status;
}

#endif
