// SPDX-License-Identifier: BSD-3-Clause
/* Every register of the default device (see sst_device.h), including its errors. */
#include "fwtest.h"
#include "sst_device.h"

static const uint32_t values[] = { 0x0, 0x1, 0xDEADBEEF, 0x12345678, 0xFFFFFFFF, 0xA5A5A5A5, 0x80000000 };

int main(void)
{
    sst_write(SST_REG_CONTROL, SST_CONTROL_RESET);
    check_eq("STATUS after RESET", sst_read(SST_REG_STATUS), 0);
    check_eq("DATA_OUT after RESET", sst_read(SST_REG_DATA_OUT), 0);

    /* The seed's pattern: write DATA_IN, START, poll STATUS, read DATA_OUT. */
    for (unsigned i = 0; i < sizeof(values) / sizeof(values[0]); ++i) {
        sst_write(SST_REG_DATA_IN, values[i]);
        sst_write(SST_REG_CONTROL, SST_CONTROL_START);
        uint32_t status = sst_wait_idle(100000);
        check("operation completes (BUSY clears)", status != ~0u);
        check("DATA_READY set when idle", status & SST_STATUS_DATA_READY);
        check_eq("echo via DATA_OUT", sst_read(SST_REG_DATA_OUT), values[i]);
        check_eq("DATA_IN reads back", sst_read(SST_REG_DATA_IN), values[i]);
    }

    /* A read of DATA_OUT while BUSY waits for the result. */
    sst_write(SST_REG_DATA_IN, 0xCAFEF00D);
    check_eq("DATA_OUT read while busy", sst_read(SST_REG_DATA_OUT), 0xCAFEF00D);

    /* Rejected accesses: all-ones, and a sticky ERROR until cleared. */
    check_eq("STATUS.ERROR clear before errors", sst_read(SST_REG_STATUS) & SST_STATUS_ERROR, 0);
    sst_write(SST_REG_DATA_OUT, 0x1234);
    check_eq("STATUS.ERROR after writing read-only DATA_OUT", sst_read(SST_REG_STATUS) & SST_STATUS_ERROR,
             SST_STATUS_ERROR);
    check_eq("DATA_OUT unchanged by the rejected write", sst_read(SST_REG_DATA_OUT), 0xCAFEF00D);
    check_eq("ERROR is sticky", sst_read(SST_REG_STATUS) & SST_STATUS_ERROR, SST_STATUS_ERROR);
    sst_write(SST_REG_STATUS, SST_STATUS_ERROR);
    check_eq("writing 1 to STATUS.ERROR clears it", sst_read(SST_REG_STATUS) & SST_STATUS_ERROR, 0);
    check_eq("unknown offset 0x10 reads all-ones", sst_read(0x10), 0xFFFFFFFF);
    check_eq("STATUS.ERROR after unknown offset", sst_read(SST_REG_STATUS) & SST_STATUS_ERROR, SST_STATUS_ERROR);
    check_eq("reading write-only CONTROL gives all-ones", sst_read(SST_REG_CONTROL), 0xFFFFFFFF);

    /* RESET clears everything and aborts. */
    sst_write(SST_REG_DATA_IN, 0x55AA55AA);
    sst_write(SST_REG_CONTROL, SST_CONTROL_RESET);
    check_eq("STATUS after RESET", sst_read(SST_REG_STATUS), 0);
    check_eq("DATA_IN after RESET", sst_read(SST_REG_DATA_IN), 0);
    check_eq("DATA_OUT after RESET", sst_read(SST_REG_DATA_OUT), 0);
    return fwtest_summary();
}
