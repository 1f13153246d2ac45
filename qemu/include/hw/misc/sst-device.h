/*
 * sst-device: a guest-physical MMIO window whose accesses are answered by an
 * SST simulation over a Unix stream socket (protocol: sst_mmio/wire.h).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef HW_MISC_SST_DEVICE_H
#define HW_MISC_SST_DEVICE_H

#include "exec/memory.h"
#include "hw/irq.h"
#include "hw/qdev-core.h"
#include "qemu/timer.h"
#include "qom/object.h"
#include "sst_mmio/link.h"

#define TYPE_SST_DEVICE "sst-device"

typedef struct SSTPostedRange {
    uint64_t base;
    uint64_t size;
} SSTPostedRange;

OBJECT_DECLARE_SIMPLE_TYPE(SSTDeviceState, SST_DEVICE)

struct SSTDeviceState {
    DeviceState parent_obj;

    MemoryRegion mmio;
    SSTLink link;          /* the channel to SST (sst_mmio/link.h) */
    uint32_t version;      /* negotiated protocol version */
    uint32_t capabilities; /* negotiated SST_CAP_* (version 2) */
    uint32_t next_tag;
    QEMUTimer *sync_timer; /* version 2 with time: at the deadline SST gave (else every quantum) */
    int64_t deadline_ns;   /* when sync_timer is armed for; -1: not armed */
    QEMUTimer *report_timer; /* every report-period-ns of guest time: is a report due (TIME_REQ)? */
    int64_t report_at_ns;    /* the guest time SST asked to hear about; -1: none asked */
    bool listening;        /* the main loop serves the channel (the guest runs, QEMU waits for nothing) */
    bool poked;            /* SST poked while a wait had the channel: serve it when the wait ends */
    Notifier exit_notifier; /* version 2 with time: tells SST the guest's final time */
    Notifier shutdown_notifier; /* notes a guest reset that ends QEMU (-no-reboot) */
    bool guest_reset;      /* the guest reset the machine: EXIT says so */
    qemu_irq *irqs;        /* irq-count lines: PLIC sources irq, irq+1, ... */
    uint32_t access_type;  /* the guest access in flight, for error messages */
    uint64_t access_addr;
    uint32_t access_size;
    SSTPostedRange *posted;    /* from the posted property: writes there do not wait (SST_CAP_POSTED) */
    uint32_t posted_count;
    SSTPostedWrite *batch;     /* posted writes not sent yet: they go before anything else */
    uint32_t batch_len;

    /* properties */
    char *socket_path;
    uint64_t base;
    uint64_t size;
    uint32_t timeout_ms;
    uint32_t spin_us;    /* wall-clock time to spin for a response before sleeping in poll() */
    uint32_t protocol;   /* 1, or 2 to negotiate version 2 */
    uint64_t quantum_ns; /* guest time between syncs when SST gives no deadlines */
    uint64_t report_period_ns; /* the grid of guest times at which time reports go out */
    uint64_t retired_max_quantum_ns; /* max-quantum-ns: retired, named in an error */
    uint32_t irq_num;    /* first PLIC source driven by SST; 0: none */
    uint32_t irq_count;  /* interrupt lines (one per SST device behind the window) */
    bool loopback;       /* benchmarks: answer locally, no SST (the ceiling of any bridge) */
    char *transport;     /* "unix" (default) or "shm" */
    char *dt_nodes;      /* device-tree nodes to publish (sst-device-fdt.c); NULL: one for the window */
    char *posted_spec;   /* posted=ADDR:SIZE[;...]: the ranges whose writes are posted */
    uint32_t posted_batch; /* posted-batch: the most posted writes one message carries */
    bool failed;         /* a fatal error ended QEMU: nothing more is sent */
    uint64_t loopback_reg;
};

/* Adds the devices' nodes to the machine's FDT (sst-device-fdt.c). */
bool sst_device_publish_fdt(SSTDeviceState *s, Error **errp);

#endif
