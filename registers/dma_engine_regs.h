/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * acalsim.DMAEngine, a copy engine with a completion interrupt:
 *   0x00 SRC         RW  source guest-physical address (below 4 GiB)
 *   0x04 DST         RW  destination address
 *   0x08 LEN         RW  bytes to copy
 *   0x0C CONTROL     W   bit0 START
 *   0x10 STATUS      R   bit0 BUSY, bit1 DONE, bit2 ERROR (a DMA access failed)
 *   0x14 INT_STATUS  RW  bit0 DONE; write 1 to clear (lowers the interrupt)
 *   0x18 INT_ENABLE  RW  bit0: raise the interrupt line when a copy ends
 * START latches SRC, DST and LEN: the next copy may be programmed while one runs.
 * With the engine's posted_writes parameter, writes to SRC, DST and LEN are posted.
 */
#ifndef ACALSIM_DMA_ENGINE_REGS_H
#define ACALSIM_DMA_ENGINE_REGS_H

#define DMA_SRC        0x00u
#define DMA_DST        0x04u
#define DMA_LEN        0x08u
#define DMA_CONTROL    0x0Cu
#define DMA_STATUS     0x10u
#define DMA_INT_STATUS 0x14u
#define DMA_INT_ENABLE 0x18u
#define DMA_REGS_SIZE  0x1Cu /* bytes the registers span */

#define DMA_CONTROL_START (1u << 0)
#define DMA_STATUS_BUSY   (1u << 0)
#define DMA_STATUS_DONE   (1u << 1)
#define DMA_STATUS_ERROR  (1u << 2)
#define DMA_INT_DONE      (1u << 0)

#endif
