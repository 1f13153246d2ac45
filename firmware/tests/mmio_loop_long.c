// SPDX-License-Identifier: BSD-3-Clause
/* mmio_loop.c with 4x the reads: the difference of the two runs cancels start-up. */
#define LOOPS 200000u
#include "mmio_loop.c"
