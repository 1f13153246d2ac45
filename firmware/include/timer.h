/* The guest's clock: rdtime counts at virt's 10 MHz timebase (100 ns a tick). With
 * -icount (protocol 2) it is simulated time, so device latencies show in it. */
#ifndef FIRMWARE_TIMER_H
#define FIRMWARE_TIMER_H

#include <stdint.h>

#define NS_PER_TICK 100u

static inline uint64_t rdtime(void)
{
#if __riscv_xlen == 32
    uint32_t hi, lo, hi2;
    do {
        __asm__ volatile("rdtimeh %0" : "=r"(hi));
        __asm__ volatile("rdtime %0" : "=r"(lo));
        __asm__ volatile("rdtimeh %0" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
#else
    uint64_t t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
#endif
}

#endif
