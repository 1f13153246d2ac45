// SPDX-License-Identifier: BSD-3-Clause
/*
 * HAL of acalsim.DMAEngine: copies guest memory with a modelled bandwidth.
 *   0x00 SRC         RW  source guest-physical address (below 4 GiB)
 *   0x04 DST         RW  destination address
 *   0x08 LEN         RW  bytes to copy
 *   0x0C CONTROL     W   bit0 START
 *   0x10 STATUS      R   bit0 BUSY, bit1 DONE, bit2 ERROR (a DMA access failed)
 *   0x14 INT_STATUS  RW  bit0 DONE; write 1 to clear (lowers the interrupt)
 *   0x18 INT_ENABLE  RW  bit0: raise the interrupt line when a copy ends
 */
#ifndef FIRMWARE_DMA_ENGINE_H
#define FIRMWARE_DMA_ENGINE_H

#include "mmio.h"

#ifndef DMA_ENGINE_BASE
#define DMA_ENGINE_BASE 0x10200000UL
#endif

#define DMA_SRC        0x00u
#define DMA_DST        0x04u
#define DMA_LEN        0x08u
#define DMA_CONTROL    0x0Cu
#define DMA_STATUS     0x10u
#define DMA_INT_STATUS 0x14u
#define DMA_INT_ENABLE 0x18u

#define DMA_CONTROL_START  (1u << 0)
#define DMA_STATUS_BUSY    (1u << 0)
#define DMA_STATUS_DONE    (1u << 1)
#define DMA_STATUS_ERROR   (1u << 2)
#define DMA_INT_DONE       (1u << 0)

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
