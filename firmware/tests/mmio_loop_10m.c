// SPDX-License-Identifier: BSD-3-Clause
/* mmio_loop.c with 10 M reads: the trace benchmark's long run (bench/trace.sh). */
#define LOOPS 10000000u
#include "mmio_loop.c"
