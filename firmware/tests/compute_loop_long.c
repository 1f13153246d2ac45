// SPDX-License-Identifier: BSD-3-Clause
/* compute_loop.c ten times as long (1 G instructions): the difference of the two
 * runs cancels start-up and is long enough to resolve a few percent of overhead. */
#define COMPUTE_ITERATIONS 250000000u
#include "compute_loop.c"
