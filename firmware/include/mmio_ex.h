// SPDX-License-Identifier: BSD-3-Clause
/*
 * memHierarchy.mmioEx (sst-elements' testcpu/standardMMIO.cc), reached through the bridge's
 * StandardMem `memory` slot (configs/mmio_ex.py places two of them, and a memory, here). Its one register:
 * a write stores the square of the value written (a 32-bit signed product, so it wraps), a
 * read returns the last square. It claims one byte (setMemoryMappedAddressRegion(base, 1)):
 * only accesses that start at the base reach it.
 */
#ifndef FIRMWARE_MMIO_EX_H
#define FIRMWARE_MMIO_EX_H

#define MMIO_EX0_BASE 0x10200000UL
#define MMIO_EX1_BASE 0x10201000UL
/* Between the two windows: no StandardMem endpoint there, the bridge answers an error. */
#define MMIO_EX_HOLE 0x10200800UL
/* A memHierarchy.MemController (simpleMem backend) on the same network: plain memory. */
#define SCRATCH_BASE 0x10300000UL
#define SCRATCH_SIZE 0x10000UL

#endif
