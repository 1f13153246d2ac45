/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sst-device: forwards every guest access to its MMIO window to an SST
 * simulation and completes the access with the simulation's answer.
 *
 *   -device sst-device,socket=PATH[,base=ADDR][,size=BYTES][,timeout-ms=MS]
 *                      [,protocol=2[,quantum-ns=NS][,irq=PLIC_SOURCE[,irq-count=N]]]
 *                      [,report-period-ns=NS]
 *   (quantum-ns: the sync period when the peer gives no deadlines;
 *    report-period-ns: the grid of guest time on which time reports go out)
 *   -device sst-device,...,transport=shm   (shared-memory rings instead of the socket)
 *   -device sst-device,...,dt-nodes=COMPATIBLE@BASE:SIZE[;...]   (device-tree nodes, sst-device-fdt.c)
 *   -device sst-device,...,posted=ADDR:SIZE[;...][,posted-batch=N]   (posted writes, protocol 2)
 *   -device sst-device,loopback=on[,base=ADDR][,size=BYTES]
 *
 * loopback=on answers every access in QEMU itself (one register that keeps
 * the last value written): the in-process ceiling a bridge is measured by.
 *
 * Protocol 2 (negotiated; a version-1 peer still works) makes time honest:
 * with -icount, each request carries the guest time of the access, the
 * response's completion time is charged to the guest (the vCPU is accounted
 * as having run until then), and SST's answers carry the guest's deadline:
 * the earliest time anything from SST can reach it. The device syncs exactly
 * then (SST may raise the interrupt line or read and write guest RAM while
 * QEMU waits) and not before. Meanwhile the main loop watches the channel:
 * SST may ask to hear when the guest reaches a time (TIME_REQ), which the
 * guest answers without stopping (TIME), and a peer that dies ends QEMU at once.
 *
 * Writes to the posted ranges (the SST devices declare them; the bridge
 * passes them in `posted`) do not wait, as on a posted bus: with
 * SST_CAP_POSTED each is stamped with its guest time and queued, and the
 * queue (up to posted-batch writes, one MMIO_POSTED message) goes to SST
 * before anything else QEMU sends, so a later access to the device arrives
 * after them. SST flags a failed posted write on the next access response;
 * it is logged as a guest error, and SST counts and reports each one.
 *
 * Every other access becomes one request frame; the vCPU waits for the response
 * frame (sst_mmio/wire.h). A response with an error status gives the guest
 * all-ones on reads and drops writes (logged as a guest error). A peer that
 * closes the socket, sends a malformed frame or does not answer within
 * timeout-ms ends QEMU with an error message: a co-simulation that lost its
 * device model cannot continue meaningfully, and must not hang.
 *
 * The device has no bus: it maps its own region into system memory, so it
 * works with -device on any machine without board changes.
 */

#include "qemu/osdep.h"
#include "exec/address-spaces.h"
#include "hw/core/cpu.h"
#include "hw/misc/sst-device.h"
#include "hw/qdev-properties.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/main-loop.h"
#include "qemu/cutils.h"
#include "qemu/module.h"
#include "qemu/sockets.h"
#include "sst_mmio/shm_ring.h"
#include "sst_mmio/validate.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/runstate.h"
#include "sysemu/sysemu.h"
#include "trace.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
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
    s->failed = true; /* the stream may hold half a frame: no EXIT message */
    exit(EXIT_FAILURE);
}

/* For error messages: what QEMU was waiting for; NULL means the guest access in
 * flight (described only when needed: formatting on every access costs more than
 * a shared-memory round trip). */
static const char *sst_device_what(SSTDeviceState *s, const char *what)
{
    static char desc[80];

    if (what) {
        return what;
    }
    snprintf(desc, sizeof(desc), "a %u-byte %s at 0x%" PRIx64, s->access_size,
             s->access_type == SST_MMIO_READ ? "read" : "write", s->access_addr);
    return desc;
}

/* Sends all of it (the peer drains the channel as it goes). */
static void sst_device_send_all(SSTDeviceState *s, const void *buf, size_t len)
{
    int err = sst_link_write_all(&s->link, buf, len, s->timeout_ms ? (int)s->timeout_ms : INT_MAX);

    if (err == -EPIPE) {
        sst_device_fail(s, "the peer closed the connection while QEMU was sending to it");
    } else if (err == -ETIMEDOUT) {
        sst_device_fail(s, "the peer took nothing for %" PRIu32 " ms (property timeout-ms)", s->timeout_ms);
    } else if (err) {
        sst_device_fail(s, "sending a request failed: %s", strerror(-err));
    }
}

/* Reads a whole frame within timeout-ms (0: no limit), spinning up to spin-us first. */
static void sst_device_recv_all(SSTDeviceState *s, void *buf, size_t len,
                                const char *what)
{
    size_t got = 0;
    int err = sst_link_read_all(&s->link, buf, len, s->spin_us, s->timeout_ms, &got);

    if (err == -EPIPE && got) {
        sst_device_fail(s, "the peer closed the connection in the middle of a "
                        "response (%zu of %zu bytes) to %s", got, len, sst_device_what(s, what));
    } else if (err == -EPIPE) {
        sst_device_fail(s, "the peer closed the connection before answering %s",
                        sst_device_what(s, what));
    } else if (err == -ETIMEDOUT) {
        sst_device_fail(s, "no response within %" PRIu32 " ms (property timeout-ms) to %s",
                        s->timeout_ms, sst_device_what(s, what));
    } else if (err) {
        sst_device_fail(s, "receiving a response failed: %s", strerror(-err));
    }
}

/* Protocol 1: one request frame, one response frame. */
static SSTMMIOResponse sst_device_transact(SSTDeviceState *s, uint32_t type, hwaddr offset,
                                           unsigned size, uint64_t data)
{
    SSTMMIORequest req = sst_mmio_request(type, s->base + offset, size,
                                          data & sst_mmio_size_mask(size));
    SSTMMIOResponse resp;

    sst_device_send_all(s, &req, sizeof(req));
    sst_device_recv_all(s, &resp, sizeof(resp), NULL);
    if (sst_mmio_check_response(&resp) != SST_MMIO_CHECK_OK) {
        sst_device_fail(s, "the response to %s has magic 0x%08" PRIx32
                        " instead of 0x%08x: the peer does not speak the SST MMIO protocol",
                        sst_device_what(s, NULL), resp.magic, SST_MMIO_RESPONSE_MAGIC);
    }
    return resp;
}

/* ---- protocol 2 ---- */

static int64_t sst_device_guest_ps(void)
{
    return qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) * 1000;
}

/* Accounts `ps` of device time as instructions the vCPU executed (-icount). */
static void sst_device_charge(int64_t ps)
{
    int64_t ns_per_insn, ns;

    if (ps <= 0 || !icount_enabled() || !current_cpu) {
        return;
    }
    ns_per_insn = icount_to_ns(1);
    ns = (ps + 999) / 1000;
    current_cpu->icount_budget += (ns + ns_per_insn - 1) / ns_per_insn;
}

static bool sst_device_dma_range_is_ram(uint64_t addr, uint64_t len)
{
    MemoryRegionSection sec = memory_region_find(get_system_memory(), addr, len);
    bool ok = sec.mr && memory_region_is_ram(sec.mr) && int128_get64(sec.size) >= len;

    if (sec.mr) {
        memory_region_unref(sec.mr);
    }
    return ok;
}

/* The queued posted writes as one MMIO_POSTED; false if there are none. */
static bool sst_device_posted_msg(SSTDeviceState *s, SSTMsg *m)
{
    if (!s->batch_len) {
        return false;
    }
    *m = sst_msg(SST_MSG_MMIO_POSTED, 0, s->batch[s->batch_len - 1].time_ps);
    m->arg0 = s->batch_len;
    m->payload_len = s->batch_len * SST_POSTED_WRITE_SIZE;
    s->batch_len = 0;
    return true;
}

/* Sends the queued posted writes: they go before anything QEMU sends later. */
static void sst_device_flush_posted(SSTDeviceState *s)
{
    SSTMsg m;

    if (sst_device_posted_msg(s, &m)) {
        trace_sst_device_posted_flush(m.arg0, m.time_ps);
        sst_device_send_all(s, &m, sizeof(m));
        sst_device_send_all(s, s->batch, m.payload_len);
    }
}

static void sst_device_send_msg(SSTDeviceState *s, const SSTMsg *m, const void *payload)
{
    sst_device_flush_posted(s);
    sst_device_send_all(s, m, sizeof(*m));
    if (m->payload_len) {
        sst_device_send_all(s, payload, m->payload_len);
    }
}

/*
 * Time reports go out on a fixed grid of guest time (report-period-ns): the
 * report timer is always armed at the next grid point, whether SST has asked
 * or not. A timer armed when SST asks would be due at a time that depends on
 * host timing, and with -smp the round-robin vCPU scheduler splits its turns
 * at every timer: the harts' interleaving, and so the guest, would differ from
 * run to run.
 */
static void sst_device_arm_report(SSTDeviceState *s, int64_t now_ns)
{
    int64_t period = s->report_period_ns;

    timer_mod(s->report_timer, (now_ns / period + 1) * period);
}

/*
 * Sends TIME if SST asked to hear about a time the guest has reached. The
 * virtual clock is the vCPU's at its last accounting, never later than it is
 * and never earlier than any access it has sent: nothing QEMU sends from now
 * on is stamped earlier. The guest does not stop for the answer.
 */
static void sst_device_report_if_due(SSTDeviceState *s, int64_t now_ns)
{
    SSTMsg m;

    if (s->report_at_ns < 0 || now_ns < s->report_at_ns) {
        return;
    }
    s->report_at_ns = -1;
    m = sst_msg(SST_MSG_TIME, 0, sst_device_guest_ps());
    trace_sst_device_time(m.time_ps);
    sst_device_send_msg(s, &m, NULL);
}

/* TIME_REQ: SST wants to hear when the guest reaches time_ps (at once if it has). */
static void sst_device_time_req(SSTDeviceState *s, const SSTMsg *m)
{
    int64_t now_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    trace_sst_device_time_req(m->time_ps, now_ns);
    s->report_at_ns = (int64_t)((m->time_ps + 999) / 1000);
    sst_device_report_if_due(s, now_ns);
}

/* The report timer: a grid point of guest time. */
static void sst_device_report(void *opaque)
{
    SSTDeviceState *s = opaque;
    int64_t now_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    sst_device_report_if_due(s, now_ns);
    sst_device_arm_report(s, now_ns);
}

/* Serves what SST may ask while QEMU waits: interrupts, DMA, time reports. */
static bool sst_device_serve(SSTDeviceState *s, const SSTMsg *m)
{
    SSTMsg reply;
    g_autofree uint8_t *buf = NULL;

    switch (m->type) {
    case SST_MSG_TIME_REQ:
        sst_device_time_req(s, m);
        return true;
    case SST_MSG_IRQ:
        trace_sst_device_irq(m->arg0, m->arg1, m->time_ps);
        if (!s->irqs || m->arg0 >= s->irq_count) {
            sst_device_fail(s, "IRQ on line %" PRIu32 ", but the device has %" PRIu32
                            " interrupt lines (properties irq and irq-count)",
                            m->arg0, s->irqs ? s->irq_count : 0);
        }
        qemu_set_irq(s->irqs[m->arg0], m->arg1);
        return true;
    case SST_MSG_DMA_READ:
        reply = sst_msg(SST_MSG_DMA_READ_DATA, m->tag, m->time_ps);
        buf = g_malloc0(m->arg0);
        if (sst_device_dma_range_is_ram(m->address, m->arg0) &&
            address_space_read(&address_space_memory, m->address, MEMTXATTRS_UNSPECIFIED,
                               buf, m->arg0) == MEMTX_OK) {
            reply.arg0 = SST_DMA_OK;
            reply.payload_len = m->arg0;
        } else {
            reply.arg0 = SST_DMA_ERROR;
        }
        trace_sst_device_dma(false, m->address, m->arg0, reply.arg0);
        sst_device_send_msg(s, &reply, buf);
        return true;
    case SST_MSG_DMA_WRITE:
        reply = sst_msg(SST_MSG_DMA_WRITE_DONE, m->tag, m->time_ps);
        buf = g_malloc(m->payload_len);
        sst_device_recv_all(s, buf, m->payload_len, "DMA write data");
        reply.arg0 = sst_device_dma_range_is_ram(m->address, m->payload_len) &&
                     address_space_write(&address_space_memory, m->address, MEMTXATTRS_UNSPECIFIED,
                                         buf, m->payload_len) == MEMTX_OK ? SST_DMA_OK : SST_DMA_ERROR;
        trace_sst_device_dma(true, m->address, m->payload_len, reply.arg0);
        sst_device_send_msg(s, &reply, NULL);
        return true;
    }
    return false;
}

/* Waits for the message of `type` (and `tag`), serving interrupts and DMA meanwhile. */
static SSTMsg sst_device_await(SSTDeviceState *s, uint16_t type, uint32_t tag, const char *what)
{
    for (;;) {
        SSTMsg m;
        SSTMMIOCheck check;

        sst_device_recv_all(s, &m, sizeof(m), what);
        check = sst_check_msg(&m);
        if (check != SST_MMIO_CHECK_OK) {
            sst_device_fail(s, "malformed message (%s, type %u) while waiting for %s",
                            sst_mmio_check_str(check), m.type, sst_device_what(s, what));
        }
        if (m.type == type && (type == SST_MSG_SYNC_DONE || m.tag == tag)) {
            return m;
        }
        if (!sst_device_serve(s, &m)) {
            sst_device_fail(s, "unexpected %s (tag %u) while waiting for %s",
                            sst_msg_type_str(m.type), m.tag, sst_device_what(s, what));
        }
    }
}

/* One whole frame if one has arrived (never half of one: the waits read the rest). */
static bool sst_device_poll_frame(SSTDeviceState *s, SSTMsg *m)
{
    if (sst_link_ready(&s->link, sizeof(*m)) < sizeof(*m)) {
        if (s->link.peer_gone) {
            sst_device_fail(s, "the SST peer closed the connection while the guest ran "
                            "(the simulation ended or died)");
        }
        return false;
    }
    return sst_link_read(&s->link, m, sizeof(*m)) == sizeof(*m);
}

/* While the guest runs, SST may only ask for time reports. */
static void sst_device_serve_running(SSTDeviceState *s)
{
    SSTMsg m;

    while (sst_device_poll_frame(s, &m)) {
        SSTMMIOCheck check = sst_check_msg(&m);

        if (check != SST_MMIO_CHECK_OK || m.type != SST_MSG_TIME_REQ) {
            sst_device_fail(s, "%s %s (type %u) while the guest runs: only TIME_REQ may come then",
                            check != SST_MMIO_CHECK_OK ? "malformed" : "unexpected",
                            sst_msg_type_str(m.type), m.type);
        }
        sst_device_time_req(s, &m);
    }
}

/* Main loop: SST poked (a TIME_REQ is in the channel), or went away. */
static void sst_device_poked(void *opaque)
{
    SSTDeviceState *s = opaque;

    if (!sst_link_take_poke(&s->link)) {
        sst_device_fail(s, "the SST peer closed the connection while the guest ran "
                        "(the simulation ended or died)");
    }
    if (s->listening) {
        sst_device_serve_running(s);
    } else {
        s->poked = true; /* a wait has the channel: it serves what came when it ends */
    }
}

/* Main loop, transport=shm: the socket carries nothing after set-up; readable means the peer is gone. */
static void sst_device_socket_readable(void *opaque)
{
    SSTDeviceState *s = opaque;

    if (sst_link_notice_gone(&s->link)) {
        sst_device_fail(s, "the SST peer closed the connection (the simulation ended or died)");
    }
}

/* QEMU is about to wait for an answer: the waiting thread reads the channel now. */
static void sst_device_begin_wait(SSTDeviceState *s)
{
    s->listening = false;
}

/* The wait is over: the main loop listens again (SST's poke wakes it). */
static void sst_device_end_wait(SSTDeviceState *s)
{
    if (!(s->capabilities & SST_CAP_DEADLINE)) {
        return;
    }
    s->listening = true;
    while (!sst_link_start_listening(&s->link)) {
        sst_device_serve_running(s); /* it came in meanwhile */
    }
    if (s->poked) {
        s->poked = false;
        sst_device_serve_running(s);
    }
}

/*
 * Arms the sync for the deadline SST gave at guest time now_ns (MMIO_RESP and
 * SYNC_DONE carry it): exactly then, or never (SST_NO_DEADLINE). A peer without
 * SST_CAP_DEADLINE gets a sync at every multiple of quantum-ns instead.
 */
static void sst_device_set_deadline(SSTDeviceState *s, int64_t now_ns, uint64_t deadline_ps)
{
    int64_t q = s->quantum_ns;
    int64_t at;

    if (!(s->capabilities & SST_CAP_DEADLINE)) {
        at = (now_ns / q + 1) * q;
    } else if (deadline_ps == SST_NO_DEADLINE) {
        at = -1;
    } else {
        at = MAX((int64_t)((deadline_ps + 999) / 1000), now_ns);
    }
    if (at == s->deadline_ns) {
        return; /* re-arming a timer kicks the vCPU out of its time slice */
    }
    s->deadline_ns = at;
    if (at < 0) {
        timer_del(s->sync_timer);
    } else {
        timer_mod(s->sync_timer, at);
    }
}

/* Protocol 2: a timed request; the answer's time is charged to the guest. */
static SSTMMIOResponse sst_device_transact_v2(SSTDeviceState *s, uint32_t type, hwaddr offset,
                                              unsigned size, uint64_t data)
{
    SSTMsg req = sst_msg(type == SST_MMIO_READ ? SST_MSG_MMIO_READ : SST_MSG_MMIO_WRITE,
                         ++s->next_tag, sst_device_guest_ps());
    SSTMsg resp;

    req.address = s->base + offset;
    req.data = type == SST_MMIO_WRITE ? data & sst_mmio_size_mask(size) : 0;
    req.arg0 = size;
    if (s->capabilities & SST_CAP_HART) {
        req.arg1 = current_cpu ? current_cpu->cpu_index : 0; /* SST's trace puts it on that hart's track */
    }
    sst_device_send_msg(s, &req, NULL);
    resp = sst_device_await(s, SST_MSG_MMIO_RESP, req.tag, NULL);
    if (resp.flags & SST_MSG_FLAG_POSTED_ERROR) {
        qemu_log_mask(LOG_GUEST_ERROR, "sst-device: a posted write failed before guest time %" PRIu64
                      " ps (SST's output names it)\n", resp.time_ps);
    }
    if (s->capabilities & SST_CAP_TIME) {
        sst_device_charge((int64_t)(resp.time_ps - req.time_ps));
        /* The access may have started work in SST that reaches the guest later. */
        if (s->capabilities & SST_CAP_DEADLINE) {
            sst_device_set_deadline(s, (int64_t)(resp.time_ps / 1000), resp.address);
        }
    }
    return sst_mmio_response(resp.arg0, resp.data, resp.arg1);
}

/* One guest access, in the negotiated protocol. */
static SSTMMIOResponse sst_device_access(SSTDeviceState *s, uint32_t type, hwaddr offset,
                                         unsigned size, uint64_t data)
{
    SSTMMIOResponse resp;

    s->access_type = type;
    s->access_addr = s->base + offset;
    s->access_size = size;
    if (s->version >= 2) {
        sst_device_begin_wait(s);
        resp = sst_device_transact_v2(s, type, offset, size, data);
        sst_device_end_wait(s);
    } else {
        resp = sst_device_transact(s, type, offset, size, data);
    }

    if (resp.status != SST_MMIO_STATUS_OK) {
        qemu_log_mask(LOG_GUEST_ERROR, "sst-device: %s failed with status %" PRIu32 "\n",
                      sst_device_what(s, NULL), resp.status);
    }
    return resp;
}

static void sst_device_sync(void *opaque)
{
    SSTDeviceState *s = opaque;
    int64_t now_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    SSTMsg m = sst_msg(SST_MSG_SYNC, 0, now_ns * 1000);
    SSTMsg done;

    s->deadline_ns = -1; /* it has fired */
    sst_device_begin_wait(s);
    sst_device_send_msg(s, &m, NULL);
    done = sst_device_await(s, SST_MSG_SYNC_DONE, 0, "SYNC_DONE");
    trace_sst_device_sync(now_ns);
    sst_device_set_deadline(s, now_ns, done.address);
    sst_device_end_wait(s);
}

/* Exit notifier (the guest ended, e.g. through the test finisher): sends the
 * guest's last posted writes, and tells SST the guest's final time, so that
 * SST's simulation ends then too. Without posted writes it is best effort and
 * never blocks: at exit SST may already be gone, or be the one stopping QEMU.
 * Posted writes must not be lost: SST is reading then (it waits for the
 * guest), so they wait for it up to timeout-ms. Nothing here may exit(). */
static void sst_device_exiting(Notifier *n, void *data)
{
    SSTDeviceState *s = container_of(n, SSTDeviceState, exit_notifier);
    int timeout = s->timeout_ms ? (int)s->timeout_ms : INT_MAX;
    bool posted;
    SSTMsg m;
    int err = 0;

    if (s->link.sock < 0 || s->link.peer_gone || s->failed) {
        return;
    }
    posted = sst_device_posted_msg(s, &m);
    if (posted) {
        uint32_t count = m.arg0;

        err = sst_link_write_all(&s->link, &m, sizeof(m), timeout);
        if (!err) {
            err = sst_link_write_all(&s->link, s->batch, m.payload_len, timeout);
        }
        if (err) {
            error_report("sst-device (socket %s): the guest's last %" PRIu32 " posted writes could not "
                         "be sent at exit: %s", s->socket_path, count, strerror(-err));
            return;
        }
    }
    m = sst_msg(SST_MSG_EXIT, 0, sst_device_guest_ps());
    m.arg0 = s->guest_reset ? SST_EXIT_GUEST_RESET : SST_EXIT_NORMAL;
    if (posted) {
        err = sst_link_write_all(&s->link, &m, sizeof(m), timeout);
    } else if (s->link.shm && sst_ring_space(&s->link.tx, sizeof(m)) < sizeof(m)) {
        return; /* whole, or not at all */
    } else if (sst_link_write(&s->link, &m, sizeof(m)) != sizeof(m)) {
        return; /* SST is gone or not reading: it ends at its own time */
    }
    if (!err) {
        sst_link_flush(&s->link);
    }
}

/* Shutdown notifier: with -no-reboot a guest reset ends QEMU, with exit status 0.
 * SST hears it in EXIT, so that a guest that reset (a kernel panic) does not pass. */
static void sst_device_shutting_down(Notifier *n, void *data)
{
    SSTDeviceState *s = container_of(n, SSTDeviceState, shutdown_notifier);

    s->guest_reset = *(ShutdownCause *)data == SHUTDOWN_CAUSE_GUEST_RESET;
}

/* Protocol 2: HELLO both ways; a version-1 peer answers with a v1 response. */
static bool sst_device_negotiate(SSTDeviceState *s, Error **errp)
{
    uint32_t want = SST_CAP_TIME | SST_CAP_IRQ | SST_CAP_DMA | SST_CAP_DEADLINE | SST_CAP_HART |
                    (s->posted_count ? SST_CAP_POSTED : 0);
    SSTHello hello = sst_hello(SST_PROTOCOL_VERSION, want, s->quantum_ns * 1000, s->irqs ? s->irq_count : 0);
    SSTHello answer;
    uint32_t first;

    sst_device_send_all(s, &hello, sizeof(hello));
    sst_device_recv_all(s, &answer, SST_MMIO_RESPONSE_SIZE, "the HELLO");
    memcpy(&first, &answer, sizeof(first));
    if (first == SST_MMIO_RESPONSE_MAGIC) {
        warn_report("sst-device: the peer at '%s' speaks protocol version 1 only: "
                    "no guest time, interrupts or DMA", s->socket_path);
        s->version = 1;
        return true;
    }
    sst_device_recv_all(s, (uint8_t *)&answer + SST_MMIO_RESPONSE_SIZE,
                        sizeof(answer) - SST_MMIO_RESPONSE_SIZE, "the HELLO");
    if (sst_check_hello(&answer) != SST_MMIO_CHECK_OK || answer.version > SST_PROTOCOL_VERSION ||
        (answer.capabilities & ~want)) {
        error_setg(errp, "sst-device: invalid HELLO from the peer (magic 0x%08" PRIx32
                   ", version %" PRIu32 ", capabilities 0x%" PRIx32 ")",
                   answer.magic, answer.version, answer.capabilities);
        return false;
    }
    s->version = answer.version;
    s->capabilities = answer.capabilities;
    if (answer.quantum_ps) {
        s->quantum_ns = MAX(1, answer.quantum_ps / 1000);
    }
    if ((s->capabilities & SST_CAP_TIME) && !icount_enabled()) {
        error_setg(errp, "sst-device: protocol 2 with guest time needs -icount "
                   "(e.g. -icount shift=0,sleep=off)");
        return false;
    }
    trace_sst_device_hello(s->version, s->capabilities, s->quantum_ns);
    if (s->capabilities & SST_CAP_TIME) {
        /* Until SST's first answer gives a deadline: the first quantum. */
        s->sync_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, sst_device_sync, s);
        s->deadline_ns = s->quantum_ns;
        timer_mod(s->sync_timer, s->deadline_ns);
        s->exit_notifier.notify = sst_device_exiting;
        qemu_add_exit_notifier(&s->exit_notifier);
        s->shutdown_notifier.notify = sst_device_shutting_down;
        qemu_register_shutdown_notifier(&s->shutdown_notifier);
    }
    if (s->capabilities & SST_CAP_DEADLINE) {
        int err = s->link.shm ? 0 : sst_link_offer_control(&s->link);

        if (err) {
            error_setg_errno(errp, -err, "sst-device: cannot pass the control socket to SST");
            return false;
        }
        s->report_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, sst_device_report, s);
        s->report_at_ns = -1;
        sst_device_arm_report(s, 0);
        qemu_set_fd_handler(sst_link_listen_fd(&s->link), sst_device_poked, NULL, s);
        if (sst_link_gone_fd(&s->link) >= 0) {
            qemu_set_fd_handler(sst_link_gone_fd(&s->link), sst_device_socket_readable, NULL, s);
        }
        s->poked = true; /* a TIME_REQ may have come with the HELLO */
        sst_device_end_wait(s);
    }
    return true;
}

static uint64_t sst_device_read(void *opaque, hwaddr offset, unsigned size)
{
    SSTDeviceState *s = opaque;
    if (s->loopback) {
        return s->loopback_reg & sst_mmio_size_mask(size);
    }
    SSTMMIOResponse resp = sst_device_access(s, SST_MMIO_READ, offset, size, 0);
    uint64_t value = resp.status == SST_MMIO_STATUS_OK ? resp.data : UINT64_MAX;

    value &= sst_mmio_size_mask(size);
    trace_sst_device_read(s->base + offset, size, value, resp.status, resp.latency);
    return value;
}

/* [addr, addr + len) lies within [base, base + size) (without overflow). */
static bool sst_range_holds(uint64_t base, uint64_t size, uint64_t addr, uint64_t len)
{
    return addr >= base && len <= size && addr - base <= size - len;
}

/* With SST_CAP_POSTED: a write to a posted range. */
static bool sst_device_posts(SSTDeviceState *s, uint64_t addr, unsigned size)
{
    if (!(s->capabilities & SST_CAP_POSTED)) {
        return false;
    }
    for (uint32_t i = 0; i < s->posted_count; i++) {
        const SSTPostedRange *r = &s->posted[i];

        if (sst_range_holds(r->base, r->size, addr, size)) {
            return true;
        }
    }
    return false;
}

/* A posted write: done for the guest now; queued for SST with its guest time. */
static void sst_device_post(SSTDeviceState *s, uint64_t addr, unsigned size, uint64_t value)
{
    SSTPostedWrite *w = &s->batch[s->batch_len++];

    w->time_ps = sst_device_guest_ps();
    w->address = addr;
    w->data = value & sst_mmio_size_mask(size);
    w->size = size;
    w->hart = (s->capabilities & SST_CAP_HART) && current_cpu ? current_cpu->cpu_index : 0;
    trace_sst_device_posted_write(addr, size, w->data, w->time_ps);
    if (s->batch_len == s->posted_batch) {
        sst_device_flush_posted(s);
    }
}

static void sst_device_write(void *opaque, hwaddr offset, uint64_t value,
                             unsigned size)
{
    SSTDeviceState *s = opaque;
    if (s->loopback) {
        s->loopback_reg = value;
        return;
    }
    if (sst_device_posts(s, s->base + offset, size)) {
        sst_device_post(s, s->base + offset, size, value);
        return;
    }
    SSTMMIOResponse resp = sst_device_access(s, SST_MMIO_WRITE, offset, size, value);

    trace_sst_device_write(s->base + offset, size, value, resp.status, resp.latency);
}

static const MemoryRegionOps sst_device_ops = {
    .read = sst_device_read,
    .write = sst_device_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 8 },
    .impl = { .min_access_size = 1, .max_access_size = 8 },
};

/* Undoes what connecting set up (handlers, timers, notifiers, lines, the link): after a failed
 * connection or realize, and at unrealize. */
static void sst_device_release(SSTDeviceState *s)
{
    if (s->report_timer) {
        qemu_set_fd_handler(sst_link_listen_fd(&s->link), NULL, NULL, NULL);
        if (sst_link_gone_fd(&s->link) >= 0) {
            qemu_set_fd_handler(sst_link_gone_fd(&s->link), NULL, NULL, NULL);
        }
        timer_free(s->report_timer);
        s->report_timer = NULL;
    }
    if (s->sync_timer) {
        timer_free(s->sync_timer);
        s->sync_timer = NULL;
        notifier_remove(&s->exit_notifier);
        notifier_remove(&s->shutdown_notifier);
    }
    g_free(s->irqs);
    s->irqs = NULL;
    g_free(s->posted);
    s->posted = NULL;
    s->posted_count = 0;
    g_free(s->batch);
    s->batch = NULL;
    s->batch_len = 0;
    sst_link_close(&s->link);
}

/* The posted property: ADDR:SIZE ranges, separated by ';', each inside the window. */
static bool sst_device_parse_posted(SSTDeviceState *s, Error **errp)
{
    g_auto(GStrv) ranges = NULL;

    if (!s->posted_spec || !*s->posted_spec) {
        return true;
    }
    if (s->protocol < 2) {
        error_setg(errp, "sst-device: posted writes need protocol=2 (its guest time and MMIO_POSTED)");
        return false;
    }
    if (s->posted_batch < 1 || s->posted_batch > SST_MSG_MAX_POSTED) {
        error_setg(errp, "sst-device: posted-batch=%" PRIu32 " is outside 1..%u", s->posted_batch,
                   SST_MSG_MAX_POSTED);
        return false;
    }
    ranges = g_strsplit(s->posted_spec, ";", -1);
    s->posted = g_new0(SSTPostedRange, g_strv_length(ranges));
    for (char **r = ranges; *r; r++) {
        SSTPostedRange *range = &s->posted[s->posted_count];
        const char *end;

        if (qemu_strtou64(*r, &end, 0, &range->base) || *end != ':' ||
            qemu_strtou64(end + 1, NULL, 0, &range->size) || !range->size ||
            !sst_range_holds(s->base, s->size, range->base, range->size)) {
            error_setg(errp, "sst-device: posted range '%s' is not ADDR:SIZE inside the window "
                       "0x%" PRIx64 "+0x%" PRIx64, *r, s->base, s->size);
            return false;
        }
        s->posted_count++;
    }
    s->batch = g_new(SSTPostedWrite, s->posted_batch);
    return true;
}

/* Connects to SST and sets up the protocol and transport; on failure nothing is left set up. */
static bool sst_device_connect(SSTDeviceState *s, Error **errp)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };

    if (!s->socket_path || !*s->socket_path) {
        error_setg(errp, "sst-device: property 'socket' (the SST bridge's Unix socket path) is required");
        return false;
    }
    if (strlen(s->socket_path) >= sizeof(addr.sun_path)) {
        error_setg(errp, "sst-device: socket path '%s' is longer than %zu bytes",
                   s->socket_path, sizeof(addr.sun_path) - 1);
        return false;
    }
    if (s->protocol < 1 || s->protocol > SST_PROTOCOL_VERSION) {
        error_setg(errp, "sst-device: protocol=%" PRIu32 " is not 1 or 2", s->protocol);
        return false;
    }
    if (s->retired_max_quantum_ns) {
        error_setg(errp, "sst-device: max-quantum-ns was removed: SST now tells QEMU when to sync "
                   "(its deadlines); how often SST asks a running guest for its time is the "
                   "bridge's max_sync_quantum parameter");
        return false;
    }
    if (s->quantum_ns == 0) {
        error_setg(errp, "sst-device: quantum-ns must not be 0");
        return false;
    }
    if (s->report_period_ns == 0) {
        error_setg(errp, "sst-device: report-period-ns must not be 0");
        return false;
    }
    if (s->transport && strcmp(s->transport, "unix") != 0 && strcmp(s->transport, "shm") != 0) {
        error_setg(errp, "sst-device: transport=%s is not unix or shm", s->transport);
        return false;
    }
    if (s->irq_num) {
        bool ambiguous = false;
        Object *plic = object_resolve_path_type("", "riscv.sifive.plic", &ambiguous);
        if (!plic || ambiguous) {
            error_setg(errp, "sst-device: irq=%" PRIu32 " needs exactly one PLIC in the machine",
                       s->irq_num);
            return false;
        }
        if (s->irq_count < 1 || s->irq_count > 32) {
            error_setg(errp, "sst-device: irq-count=%" PRIu32 " is outside 1..32", s->irq_count);
            return false;
        }
        s->irqs = g_new0(qemu_irq, s->irq_count);
        for (uint32_t i = 0; i < s->irq_count; i++) {
            s->irqs[i] = qdev_get_gpio_in(DEVICE(plic), s->irq_num + i);
        }
    }
    if (!sst_device_parse_posted(s, errp)) {
        goto fail;
    }
    s->version = 1;
    pstrcpy(addr.sun_path, sizeof(addr.sun_path), s->socket_path);
    sst_link_init(&s->link, qemu_socket(AF_UNIX, SOCK_STREAM, 0));
    if (s->link.sock < 0) {
        error_setg_errno(errp, errno, "sst-device: cannot create a socket");
        goto fail;
    }
    if (connect(s->link.sock, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        error_setg_errno(errp, errno, "sst-device: cannot connect to '%s'", s->socket_path);
        goto fail;
    }
    trace_sst_device_connect(s->socket_path, s->base, s->size);
    if (s->transport && strcmp(s->transport, "shm") == 0) {
        int err = sst_link_offer_shm(&s->link);

        if (err) {
            error_setg_errno(errp, -err, "sst-device: cannot pass shared memory to SST");
            goto fail;
        }
    }
    if (s->protocol >= 2 && !sst_device_negotiate(s, errp)) {
        goto fail;
    }
    return true;
fail:
    sst_device_release(s);
    return false;
}

static void sst_device_realize(DeviceState *dev, Error **errp)
{
    SSTDeviceState *s = SST_DEVICE(dev);

    if (!s->size || s->base + (s->size - 1) < s->base) {
        error_setg(errp, "sst-device: window base=0x%" PRIx64 " size=0x%" PRIx64
                   " is empty or wraps past the end of the address space", s->base, s->size);
        return;
    }
    if (!s->loopback && !sst_device_connect(s, errp)) {
        return;
    }
    if (!sst_device_publish_fdt(s, errp)) {
        sst_device_release(s);
        return;
    }
    memory_region_init_io(&s->mmio, OBJECT(s), &sst_device_ops, s, TYPE_SST_DEVICE, s->size);
    memory_region_add_subregion_overlap(get_system_memory(), s->base, &s->mmio, 1);
}

static void sst_device_unrealize(DeviceState *dev)
{
    SSTDeviceState *s = SST_DEVICE(dev);

    memory_region_del_subregion(get_system_memory(), &s->mmio);
    sst_device_release(s);
}

static void sst_device_init(Object *obj)
{
    SSTDeviceState *s = SST_DEVICE(obj);

    sst_link_init(&s->link, -1);
}

static Property sst_device_properties[] = {
    DEFINE_PROP_STRING("socket", SSTDeviceState, socket_path),
    DEFINE_PROP_UINT64("base", SSTDeviceState, base, 0x10200000),
    DEFINE_PROP_UINT64("size", SSTDeviceState, size, 0x1000),
    DEFINE_PROP_UINT32("timeout-ms", SSTDeviceState, timeout_ms, 30000),
    DEFINE_PROP_UINT32("spin-us", SSTDeviceState, spin_us, 50),
    DEFINE_PROP_UINT32("protocol", SSTDeviceState, protocol, 1),
    DEFINE_PROP_UINT64("quantum-ns", SSTDeviceState, quantum_ns, 10000),
    DEFINE_PROP_UINT64("report-period-ns", SSTDeviceState, report_period_ns, 1000000),
    DEFINE_PROP_UINT64("max-quantum-ns", SSTDeviceState, retired_max_quantum_ns, 0),
    DEFINE_PROP_UINT32("irq", SSTDeviceState, irq_num, 0),
    DEFINE_PROP_UINT32("irq-count", SSTDeviceState, irq_count, 1),
    DEFINE_PROP_BOOL("loopback", SSTDeviceState, loopback, false),
    DEFINE_PROP_STRING("transport", SSTDeviceState, transport),
    DEFINE_PROP_STRING("dt-nodes", SSTDeviceState, dt_nodes),
    DEFINE_PROP_STRING("posted", SSTDeviceState, posted_spec),
    DEFINE_PROP_UINT32("posted-batch", SSTDeviceState, posted_batch, 256),
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
