// SPDX-License-Identifier: BSD-3-Clause
/* HAL of acalsim.ComputeDevice (see elements/acalsim/compute_device.h for the register map). */
#ifndef FIRMWARE_COMPUTE_DEVICE_H
#define FIRMWARE_COMPUTE_DEVICE_H

#include "mmio.h"

#define CD_A        0x00u
#define CD_B        0x04u
#define CD_OP       0x08u
#define CD_RESULT   0x0Cu
#define CD_STATUS   0x10u
#define CD_CONTROL  0x14u
#define CD_PEER_OUT 0x18u
#define CD_PEER_IN  0x1Cu

#define CD_OP_ADD 0u
#define CD_OP_SUB 1u
#define CD_OP_MUL 2u
#define CD_OP_DIV 3u

#define CD_STATUS_BUSY       (1u << 0)
#define CD_STATUS_READY      (1u << 1)
#define CD_STATUS_ERROR      (1u << 2)
#define CD_STATUS_PEER_VALID (1u << 3)
#define CD_CONTROL_TRIGGER   (1u << 0)
#define CD_CONTROL_RESET     (1u << 1)

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
