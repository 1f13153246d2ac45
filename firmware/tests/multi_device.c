// SPDX-License-Identifier: BSD-3-Clause
/* Three devices behind one QEMU: the echo device at 0x10200000 (device_port_0),
 * ComputeDevices at 0x10300000 (device_port_1) and 0x10400000 (device_port_2),
 * the two ComputeDevices joined by their peer ports. */
#include "compute_device.h"
#include "fwtest.h"
#include "sst_device.h"

#define DEV2 0x10300000UL
#define DEV3 0x10400000UL

int main(void)
{
    sst_write(SST_REG_DATA_IN, 0xDEADBEEF);
    check_eq("device 1 echo", sst_read(SST_REG_DATA_OUT), 0xDEADBEEF);

    uint32_t status = cd_compute(DEV2, CD_OP_ADD, 42, 58);
    check_eq("device 2: 42 + 58", cd_read(DEV2, CD_RESULT), 100);
    check_eq("device 2: READY, no ERROR", status & (CD_STATUS_READY | CD_STATUS_ERROR), CD_STATUS_READY);
    cd_compute(DEV2, CD_OP_MUL, 12, 5);
    check_eq("device 2: 12 * 5", cd_read(DEV2, CD_RESULT), 60);
    cd_compute(DEV2, CD_OP_DIV, 100, 4);
    check_eq("device 2: 100 / 4", cd_read(DEV2, CD_RESULT), 25);
    cd_compute(DEV2, CD_OP_SUB, 7, 9);
    check_eq("device 2: 7 - 9 wraps", cd_read(DEV2, CD_RESULT), 0xFFFFFFFE);
    status = cd_compute(DEV2, CD_OP_DIV, 1, 0);
    check_eq("device 2: divide by zero sets ERROR", status & CD_STATUS_ERROR, CD_STATUS_ERROR);
    status = cd_compute(DEV2, 9, 1, 1);
    check_eq("device 2: a bad OP sets ERROR", status & CD_STATUS_ERROR, CD_STATUS_ERROR);

    /* Peer exchange over the SST link between devices 2 and 3. */
    cd_write(DEV2, CD_PEER_OUT, 1234);
    while (!(cd_read(DEV3, CD_STATUS) & CD_STATUS_PEER_VALID))
        ;
    check_eq("device 3 receives from device 2", cd_read(DEV3, CD_PEER_IN), 1234);
    cd_write(DEV3, CD_PEER_OUT, 4321);
    while (!(cd_read(DEV2, CD_STATUS) & CD_STATUS_PEER_VALID))
        ;
    check_eq("device 2 receives from device 3", cd_read(DEV2, CD_PEER_IN), 4321);
    check_eq("PEER_VALID clears when read", cd_read(DEV2, CD_STATUS) & CD_STATUS_PEER_VALID, 0);

    check_eq("between the windows: all-ones", mmio_read32(0x10280000UL), 0xFFFFFFFF);
    return fwtest_summary();
}
