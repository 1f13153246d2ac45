// SPDX-License-Identifier: BSD-3-Clause
/* mmio_loop.c with 20 M reads: long enough to time the in-process ceiling. */
#define LOOPS 20000000u
#include "mmio_loop.c"
