/*
 * sst-device: forwards every guest access to its MMIO window to an SST
 * simulation and completes the access with the simulation's answer.
 *
 *   -device sst-device,socket=PATH[,base=ADDR][,size=BYTES][,timeout-ms=MS]
 *
 * Each access becomes one request frame; the vCPU waits for the response
 * frame (sst_mmio/wire.h). A response with an error status gives the guest
 * all-ones on reads and drops writes (logged as a guest error). A peer that
 * closes the socket, sends a malformed frame or does not answer within
 * timeout-ms ends QEMU with an error message: a co-simulation that lost its
 * device model cannot continue meaningfully, and must not hang.
 *
 * The device has no bus: it maps its own region into system memory, so it
 * works with -device on any machine without board changes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "exec/address-spaces.h"
#include "hw/misc/sst-device.h"
#include "hw/qdev-properties.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/sockets.h"
#include "sst_mmio/validate.h"
#include "trace.h"

#include <poll.h>
#include <sys/un.h>

static G_NORETURN G_GNUC_PRINTF(2, 3)
void sst_device_fail(SSTDeviceState *s, const char *fmt, ...)
{
    va_list ap;
    g_autofree char *msg = NULL;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    error_report("sst-device (socket %s): %s", s->socket_path, msg);
    exit(EXIT_FAILURE);
}

static void sst_device_send_all(SSTDeviceState *s, const void *buf, size_t len)
{
    const uint8_t *p = buf;

    while (len) {
        ssize_t n = send(s->fd, p, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            sst_device_fail(s, "sending a request failed: %s", strerror(errno));
        }
        p += n;
        len -= n;
    }
}

/* Reads a whole frame, across partial reads, within timeout-ms (0: no limit). */
static void sst_device_recv_all(SSTDeviceState *s, void *buf, size_t len,
                                const char *what)
{
    int64_t deadline = s->timeout_ms ?
        g_get_monotonic_time() + (int64_t)s->timeout_ms * 1000 : 0;
    size_t got = 0;

    while (got < len) {
        struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
        int wait_ms = -1;
        ssize_t n;

        if (deadline) {
            int64_t left_us = deadline - g_get_monotonic_time();
            if (left_us <= 0) {
                sst_device_fail(s, "no response within %" PRIu32
                                " ms (property timeout-ms) to %s", s->timeout_ms, what);
            }
            wait_ms = (left_us + 999) / 1000;
        }
        if (poll(&pfd, 1, wait_ms) < 0) {
            if (errno == EINTR) {
                continue;
            }
            sst_device_fail(s, "waiting for a response failed: %s", strerror(errno));
        }
        if (!(pfd.revents & (POLLIN | POLLHUP | POLLERR))) {
            continue;
        }
        n = recv(s->fd, (uint8_t *)buf + got, len - got, 0);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            sst_device_fail(s, "receiving a response failed: %s", strerror(errno));
        }
        if (n == 0) {
            if (got) {
                sst_device_fail(s, "the peer closed the connection in the middle of a "
                                "response (%zu of %zu bytes) to %s", got, len, what);
            }
            sst_device_fail(s, "the peer closed the connection before answering %s", what);
        }
        got += n;
    }
}

static SSTMMIOResponse sst_device_transact(SSTDeviceState *s, uint32_t type,
                                           hwaddr offset, unsigned size,
                                           uint64_t data)
{
    SSTMMIORequest req = sst_mmio_request(type, s->base + offset, size,
                                          data & sst_mmio_size_mask(size));
    SSTMMIOResponse resp;
    g_autofree char *what = g_strdup_printf("a %u-byte %s at 0x%" PRIx64, size,
                                            type == SST_MMIO_READ ? "read" : "write",
                                            req.address);

    sst_device_send_all(s, &req, sizeof(req));
    sst_device_recv_all(s, &resp, sizeof(resp), what);
    if (sst_mmio_check_response(&resp) != SST_MMIO_CHECK_OK) {
        sst_device_fail(s, "the response to %s has magic 0x%08" PRIx32
                        " instead of 0x%08x: the peer does not speak the SST MMIO protocol",
                        what, resp.magic, SST_MMIO_RESPONSE_MAGIC);
    }
    if (resp.status != SST_MMIO_STATUS_OK) {
        qemu_log_mask(LOG_GUEST_ERROR, "sst-device: %s failed with status %" PRIu32 "\n",
                      what, resp.status);
    }
    return resp;
}

static uint64_t sst_device_read(void *opaque, hwaddr offset, unsigned size)
{
    SSTDeviceState *s = opaque;
    SSTMMIOResponse resp = sst_device_transact(s, SST_MMIO_READ, offset, size, 0);
    uint64_t value = resp.status == SST_MMIO_STATUS_OK ? resp.data : UINT64_MAX;

    value &= sst_mmio_size_mask(size);
    trace_sst_device_read(s->base + offset, size, value, resp.status, resp.latency);
    return value;
}

static void sst_device_write(void *opaque, hwaddr offset, uint64_t value,
                             unsigned size)
{
    SSTDeviceState *s = opaque;
    SSTMMIOResponse resp = sst_device_transact(s, SST_MMIO_WRITE, offset, size, value);

    trace_sst_device_write(s->base + offset, size, value, resp.status, resp.latency);
}

static const MemoryRegionOps sst_device_ops = {
    .read = sst_device_read,
    .write = sst_device_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 8 },
    .impl = { .min_access_size = 1, .max_access_size = 8 },
};

static void sst_device_realize(DeviceState *dev, Error **errp)
{
    SSTDeviceState *s = SST_DEVICE(dev);
    struct sockaddr_un addr = { .sun_family = AF_UNIX };

    if (!s->socket_path || !*s->socket_path) {
        error_setg(errp, "sst-device: property 'socket' (the SST bridge's Unix socket path) is required");
        return;
    }
    if (strlen(s->socket_path) >= sizeof(addr.sun_path)) {
        error_setg(errp, "sst-device: socket path '%s' is longer than %zu bytes",
                   s->socket_path, sizeof(addr.sun_path) - 1);
        return;
    }
    if (!s->size || s->base + (s->size - 1) < s->base) {
        error_setg(errp, "sst-device: window base=0x%" PRIx64 " size=0x%" PRIx64
                   " is empty or wraps past the end of the address space", s->base, s->size);
        return;
    }
    pstrcpy(addr.sun_path, sizeof(addr.sun_path), s->socket_path);
    s->fd = qemu_socket(AF_UNIX, SOCK_STREAM, 0);
    if (s->fd < 0) {
        error_setg_errno(errp, errno, "sst-device: cannot create a socket");
        return;
    }
    if (connect(s->fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        error_setg_errno(errp, errno, "sst-device: cannot connect to '%s'", s->socket_path);
        close(s->fd);
        s->fd = -1;
        return;
    }
    trace_sst_device_connect(s->socket_path, s->base, s->size);
    memory_region_init_io(&s->mmio, OBJECT(s), &sst_device_ops, s, TYPE_SST_DEVICE, s->size);
    memory_region_add_subregion_overlap(get_system_memory(), s->base, &s->mmio, 1);
}

static void sst_device_unrealize(DeviceState *dev)
{
    SSTDeviceState *s = SST_DEVICE(dev);

    memory_region_del_subregion(get_system_memory(), &s->mmio);
    if (s->fd >= 0) {
        close(s->fd);
        s->fd = -1;
    }
}

static void sst_device_init(Object *obj)
{
    SST_DEVICE(obj)->fd = -1;
}

static Property sst_device_properties[] = {
    DEFINE_PROP_STRING("socket", SSTDeviceState, socket_path),
    DEFINE_PROP_UINT64("base", SSTDeviceState, base, 0x10200000),
    DEFINE_PROP_UINT64("size", SSTDeviceState, size, 0x1000),
    DEFINE_PROP_UINT32("timeout-ms", SSTDeviceState, timeout_ms, 30000),
    DEFINE_PROP_END_OF_LIST(),
};

static void sst_device_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->desc = "MMIO window answered by an SST simulation";
    dc->realize = sst_device_realize;
    dc->unrealize = sst_device_unrealize;
    dc->user_creatable = true;
    dc->hotpluggable = false;
    set_bit(DEVICE_CATEGORY_MISC, dc->categories);
    device_class_set_props(dc, sst_device_properties);
}

static const TypeInfo sst_device_info = {
    .name = TYPE_SST_DEVICE,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(SSTDeviceState),
    .instance_init = sst_device_init,
    .class_init = sst_device_class_init,
};

static void sst_device_register_types(void)
{
    type_register_static(&sst_device_info);
}

type_init(sst_device_register_types)
