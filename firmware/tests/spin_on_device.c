// SPDX-License-Identifier: BSD-3-Clause
/* Never ends: reads STATUS forever (for stop-at and signal tests). */
#include "sst_device.h"

#include <stdio.h>

int main(void)
{
    printf("polling the device forever\n");
    for (;;)
        (void)sst_read(SST_REG_STATUS);
}
