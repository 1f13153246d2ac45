// SPDX-License-Identifier: BSD-3-Clause
/* HAL of acalsim.DMAEngine (its register map: registers/dma_engine_regs.h). */
#ifndef FIRMWARE_DMA_ENGINE_H
#define FIRMWARE_DMA_ENGINE_H

#include "dma_engine_regs.h"
#include "mmio.h"

#ifndef DMA_ENGINE_BASE
#define DMA_ENGINE_BASE 0x10200000UL
#endif

static inline uint32_t dma_read(uint32_t reg) { return mmio_read32(DMA_ENGINE_BASE + reg); }
static inline void dma_write(uint32_t reg, uint32_t v) { mmio_write32(DMA_ENGINE_BASE + reg, v); }

/* Sets up a copy with its completion interrupt enabled; writing DMA_CONTROL_START starts it. */
static inline void dma_prepare_copy(const void *src, void *dst, uint32_t len)
{
    dma_write(DMA_INT_ENABLE, DMA_INT_DONE);
    dma_write(DMA_SRC, (uint32_t)(uintptr_t)src);
    dma_write(DMA_DST, (uint32_t)(uintptr_t)dst);
    dma_write(DMA_LEN, len);
}

#endif
