// SPDX-License-Identifier: BSD-3-Clause
/* Two harts (QEMU -smp 2) share the echo device under a spinlock; every echo
 * must come back with the value its own hart wrote. */
#include "fwtest.h"
#include "platform.h"
#include "sst_device.h"

#define HARTS 2
#define ROUNDS 20

static volatile uint32_t lock;
static volatile uint32_t done[HARTS], mismatches[HARTS], completed[HARTS];

static void worker(unsigned hart)
{
    for (uint32_t i = 0; i < ROUNDS; ++i) {
        const uint32_t value = (hart + 1) * 0x10000u + i;
        while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE))
            ;
        sst_write(SST_REG_DATA_IN, value);
        sst_write(SST_REG_CONTROL, SST_CONTROL_START);
        (void)sst_wait_idle(100000);
        uint32_t got = sst_read(SST_REG_DATA_OUT);
        __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
        if (got != value) ++mismatches[hart];
        ++completed[hart];
    }
    __atomic_store_n(&done[hart], 1, __ATOMIC_RELEASE);
    if (hart != 0)
        for (;;)
            ;
}

int main(void)
{
    fw_start_secondaries(worker);
    worker(0);
    for (unsigned h = 1; h < HARTS; ++h)
        while (!__atomic_load_n(&done[h], __ATOMIC_ACQUIRE))
            ;
    for (unsigned h = 0; h < HARTS; ++h) {
        printf("hart %u: %u echoes\n", h, (unsigned)completed[h]);
        check_eq("echoes of this hart that came back wrong", mismatches[h], 0);
        check_eq("echoes this hart completed", completed[h], ROUNDS);
    }
    return fwtest_summary();
}
