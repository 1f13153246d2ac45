// SPDX-License-Identifier: BSD-3-Clause
/* Several QEMU instances pass a token around a ring through acalsim.Mailbox,
 * LAPS times: instance 0 starts it with 1, instance k adds 10 * k each lap. */
#include "fwtest.h"
#include "mailbox.h"

#define LAPS 100

int main(void)
{
    const uint32_t id = mb_read(MB_ID), n = mb_read(MB_COUNT);
    printf("instance %u of %u\n", (unsigned)id, (unsigned)n);
    if (n < 2) return check("at least two instances", 0), fwtest_summary();
    const uint32_t next = (id + 1) % n;
    if (id == 0) {
        uint32_t per_lap = 0;
        for (uint32_t k = 1; k < n; ++k)
            per_lap += 10 * k;
        uint32_t token = 1, wrong = 0;
        mb_send(next, token);
        for (uint32_t lap = 1; lap <= LAPS; ++lap) {
            token = mb_receive();
            wrong += token != 1 + lap * per_lap;
            if (lap < LAPS) mb_send(next, token);
        }
        check_eq("laps where the token came back wrong", wrong, 0);
        check_eq("token after 100 laps", token, 1 + LAPS * per_lap);
    }
    else {
        for (uint32_t lap = 0; lap < LAPS; ++lap)
            mb_send(next, mb_receive() + 10 * id);
        check("passed the token on 100 times", 1);
    }
    return fwtest_summary();
}
