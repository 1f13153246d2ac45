// SPDX-License-Identifier: BSD-3-Clause
/* dma_write_loop.c with 5x the writes: the difference of the two runs cancels start-up. */
#define LOOPS 100000u
#include "dma_write_loop.c"
