// SPDX-License-Identifier: BSD-3-Clause
/* The seed's version-2 test: write DATA_IN, read the echo from DATA_OUT. */
#include "fwtest.h"
#include "sst_device.h"

int main(void)
{
    sst_write(SST_REG_DATA_IN, 0xDEADBEEF);
    check_eq("DATA_OUT after writing DATA_IN", sst_read(SST_REG_DATA_OUT), 0xDEADBEEF);
    return fwtest_summary();
}
