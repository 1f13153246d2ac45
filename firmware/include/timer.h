// SPDX-License-Identifier: BSD-3-Clause
/* The guest's clock: rdtime counts at virt's 10 MHz timebase (100 ns a tick). With
 * -icount (protocol 2) it is simulated time, so device latencies show in it. */
#ifndef FIRMWARE_TIMER_H
#define FIRMWARE_TIMER_H

#include <stdint.h>

#define NS_PER_TICK 100u

/* A 64-bit counter CSR: on rv32 its high half, low half and high half again, until the
 * high half held still (the low half did not carry in between). */
#if __riscv_xlen == 32
#define READ_COUNTER64(csr)                                                   \
    ({                                                                        \
        uint32_t hi_, lo_, hi2_;                                              \
        do {                                                                  \
            __asm__ volatile("csrr %0, " #csr "h" : "=r"(hi_));               \
            __asm__ volatile("csrr %0, " #csr : "=r"(lo_));                   \
            __asm__ volatile("csrr %0, " #csr "h" : "=r"(hi2_));              \
        } while (hi_ != hi2_);                                                \
        ((uint64_t)hi_ << 32) | lo_;                                          \
    })
#else
#define READ_COUNTER64(csr)                                                   \
    ({                                                                        \
        uint64_t v_;                                                          \
        __asm__ volatile("csrr %0, " #csr : "=r"(v_));                        \
        v_;                                                                   \
    })
#endif

static inline uint64_t rdtime(void) { return READ_COUNTER64(time); }

/* Machine cycles: with -icount shift=0, one per guest nanosecond (one per instruction,
 * device latencies included). */
static inline uint64_t mcycle(void) { return READ_COUNTER64(mcycle); }

#endif
