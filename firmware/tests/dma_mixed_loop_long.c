// SPDX-License-Identifier: BSD-3-Clause
/* dma_mixed_loop.c with 5x the writes and reads. */
#define MIXED 1
#define LOOPS 100000u
#include "dma_write_loop.c"
