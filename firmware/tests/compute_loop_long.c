/* compute_loop.c twice as long: the difference of the two runs cancels start-up. */
#define COMPUTE_ITERATIONS 50000000u
#include "compute_loop.c"
