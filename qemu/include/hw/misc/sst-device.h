/*
 * sst-device: a guest-physical MMIO window whose accesses are answered by an
 * SST simulation over a Unix stream socket (protocol: sst_mmio/wire.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef HW_MISC_SST_DEVICE_H
#define HW_MISC_SST_DEVICE_H

#include "exec/memory.h"
#include "hw/qdev-core.h"
#include "qom/object.h"

#define TYPE_SST_DEVICE "sst-device"
OBJECT_DECLARE_SIMPLE_TYPE(SSTDeviceState, SST_DEVICE)

struct SSTDeviceState {
    DeviceState parent_obj;

    MemoryRegion mmio;
    int fd;

    /* properties */
    char *socket_path;
    uint64_t base;
    uint64_t size;
    uint32_t timeout_ms;
};

#endif
