// SPDX-License-Identifier: BSD-3-Clause
/* The channel between sst-device and the bridge: sst_mmio/link.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memfd_create, MSG_CMSG_CLOEXEC */
#endif
#include "sst_mmio/link.h"

#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void close_fd(int *fd)
{
    if (*fd >= 0) {
        close(*fd);
        *fd = -1;
    }
}

void sst_link_init(SSTLink *l, int sock)
{
    memset(l, 0, sizeof(*l));
    l->sock = sock;
    l->efd_rx = l->efd_tx = l->ctl = -1;
}

void sst_link_close(SSTLink *l)
{
    if (l->shm) {
        munmap(l->shm, sizeof(SSTShm));
        l->shm = NULL;
    }
    close_fd(&l->efd_rx);
    close_fd(&l->efd_tx);
    close_fd(&l->ctl);
    close_fd(&l->sock);
}

/* Sends the 4-byte tag with `n` file descriptors. */
static int send_fds(int sock, const char *tag, const int *fds, unsigned n)
{
    char t[4];
    struct iovec iov = { .iov_base = t, .iov_len = sizeof(t) };
    union {
        char buf[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
                          .msg_control = control.buf, .msg_controllen = CMSG_SPACE(n * sizeof(int)) };
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);

    memcpy(t, tag, sizeof(t));
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(n * sizeof(int));
    memcpy(CMSG_DATA(cmsg), fds, n * sizeof(int));
    return sendmsg(sock, &msg, MSG_NOSIGNAL) == (ssize_t)sizeof(t) ? 0 : -(errno ? errno : EIO);
}

/* Receives the tag with exactly `n` descriptors within timeout_ms; on any mismatch none are kept. */
static int recv_fds(int sock, const char *tag, int *fds, unsigned n, int timeout_ms)
{
    struct pollfd p = { .fd = sock, .events = POLLIN };
    char t[4];
    int got[3] = { -1, -1, -1 };
    struct iovec iov = { .iov_base = t, .iov_len = sizeof(t) };
    union {
        char buf[CMSG_SPACE(sizeof(got))];
        struct cmsghdr align;
    } control;
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
                          .msg_control = control.buf, .msg_controllen = sizeof(control.buf) };
    struct cmsghdr *cmsg;
    unsigned have = 0;
    ssize_t r;

    if (poll(&p, 1, timeout_ms) <= 0) {
        return -ETIMEDOUT;
    }
    r = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC | MSG_WAITALL);
    cmsg = CMSG_FIRSTHDR(&msg);
    if (cmsg && cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS) {
        have = (unsigned)((cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        if (have > 3) {
            have = 3;
        }
        memcpy(got, CMSG_DATA(cmsg), have * sizeof(int));
    }
    if (r != (ssize_t)sizeof(t) || memcmp(t, tag, sizeof(t)) != 0 || have != n) {
        for (unsigned i = 0; i < have; i++) {
            close(got[i]);
        }
        return -EPROTO;
    }
    memcpy(fds, got, n * sizeof(int));
    return 0;
}

int sst_link_offer_shm(SSTLink *l)
{
    int memfd = memfd_create("sst-device", MFD_CLOEXEC);
    int fds[3];
    void *map;
    int err;

    if (memfd < 0 || ftruncate(memfd, sizeof(SSTShm)) < 0) {
        err = -errno;
        goto fail;
    }
    map = mmap(NULL, sizeof(SSTShm), PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
    if (map == MAP_FAILED) {
        err = -errno;
        goto fail;
    }
    l->shm = map;
    l->tx = sst_ring_writer(&l->shm->to_sst);
    l->rx = sst_ring_reader(&l->shm->to_qemu);
    l->efd_tx = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); /* SST sleeps on it */
    l->efd_rx = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); /* QEMU sleeps on it */
    if (l->efd_tx < 0 || l->efd_rx < 0) {
        err = -errno;
        goto fail;
    }
    fds[0] = memfd;
    fds[1] = l->efd_tx;
    fds[2] = l->efd_rx;
    err = send_fds(l->sock, SST_SHM_TAG, fds, 3);
fail:
    if (memfd >= 0) {
        close(memfd);
    }
    return err;
}

int sst_link_accept_shm(SSTLink *l, int timeout_ms)
{
    int fds[3];
    void *map;
    int err = recv_fds(l->sock, SST_SHM_TAG, fds, 3, timeout_ms);

    if (err) {
        return err;
    }
    map = mmap(NULL, sizeof(SSTShm), PROT_READ | PROT_WRITE, MAP_SHARED, fds[0], 0);
    err = map == MAP_FAILED ? -errno : 0;
    close(fds[0]);
    if (err) {
        close(fds[1]);
        close(fds[2]);
        return err;
    }
    l->shm = map;
    l->rx = sst_ring_reader(&l->shm->to_sst);
    l->tx = sst_ring_writer(&l->shm->to_qemu);
    l->efd_rx = fds[1];
    l->efd_tx = fds[2];
    return 0;
}

int sst_link_offer_control(SSTLink *l)
{
    int sv[2];
    int err;

    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv) < 0) {
        return -errno;
    }
    err = send_fds(l->sock, SST_CTL_TAG, &sv[1], 1);
    close(sv[1]);
    if (err) {
        close(sv[0]);
        return err;
    }
    l->ctl = sv[0];
    return 0;
}

int sst_link_accept_control(SSTLink *l, int timeout_ms)
{
    return recv_fds(l->sock, SST_CTL_TAG, &l->ctl, 1, timeout_ms);
}

ssize_t sst_link_read(SSTLink *l, void *buf, size_t len)
{
    size_t n;

    if (!l->shm) {
        return recv(l->sock, buf, len, MSG_DONTWAIT);
    }
    n = sst_ring_read(&l->rx, buf, len);
    if (n) {
        return (ssize_t)n;
    }
    if (l->peer_gone) {
        return 0;
    }
    errno = EAGAIN; /* no syscall: the peer's end is noticed when a sleep ends */
    return -1;
}

size_t sst_link_ready(SSTLink *l, size_t want)
{
    char probe[256];
    ssize_t n;

    if (l->shm) {
        uint64_t avail = sst_ring_readable(&l->rx);
        return avail < want ? (size_t)avail : want;
    }
    n = recv(l->sock, probe, want < sizeof(probe) ? want : sizeof(probe), MSG_DONTWAIT | MSG_PEEK);
    if (n == 0) {
        l->peer_gone = 1;
    }
    return n > 0 ? (size_t)n : 0;
}

ssize_t sst_link_write(SSTLink *l, const void *buf, size_t len)
{
    size_t n;

    if (!l->shm) {
        return send(l->sock, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    if (l->peer_gone) {
        errno = EPIPE;
        return -1;
    }
    n = sst_ring_write(&l->tx, buf, len);
    if (!n) {
        errno = EAGAIN;
        return -1;
    }
    return (ssize_t)n;
}

void sst_link_flush(SSTLink *l)
{
    uint64_t one = 1;

    if (l->shm && sst_ring_needs_wake(&l->tx) && write(l->efd_tx, &one, sizeof(one)) < 0) {
        /* EAGAIN: the counter is full, which wakes it just the same */
    }
}

int sst_link_write_all(SSTLink *l, const void *buf, size_t len, int timeout_ms)
{
    const uint8_t *p = buf;
    int64_t deadline = 0; /* read the clock only once it has to wait: a clock read costs */

    while (len) {
        ssize_t n = sst_link_write(l, p, len);
        if (n > 0) {
            p += n;
            len -= (size_t)n;
            continue;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno == EPIPE || errno == ECONNRESET) {
            return -EPIPE;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            return -errno;
        }
        if (!deadline) {
            deadline = now_ns() + (int64_t)timeout_ms * 1000000;
        } else if (now_ns() > deadline) {
            return -ETIMEDOUT;
        }
        if (l->shm) {
            sst_link_flush(l); /* it drains what it knows of */
            sched_yield();
        } else {
            struct pollfd pfd = { .fd = l->sock, .events = POLLOUT };
            poll(&pfd, 1, 10);
        }
    }
    sst_link_flush(l);
    return 0;
}

int sst_link_prepare_sleep(SSTLink *l)
{
    return l->shm ? sst_ring_prepare_sleep(&l->rx) : 1;
}

int sst_link_notice_gone(SSTLink *l)
{
    char probe;

    /* The socket carries nothing after set-up: readable means the peer has gone. */
    if (l->shm && recv(l->sock, &probe, 1, MSG_DONTWAIT | MSG_PEEK) == 0) {
        l->peer_gone = 1;
    }
    return l->peer_gone;
}

void sst_link_end_sleep(SSTLink *l)
{
    uint64_t count;

    if (!l->shm) {
        return;
    }
    sst_ring_end_sleep(&l->rx);
    if (read(l->efd_rx, &count, sizeof(count)) < 0) {
        /* EAGAIN: woken by something else */
    }
    sst_link_notice_gone(l);
}

int sst_link_wake_fd(const SSTLink *l)
{
    return l->shm ? l->efd_rx : l->sock;
}

int sst_link_gone_fd(const SSTLink *l)
{
    return l->shm ? l->sock : -1;
}

unsigned sst_link_tries_per_clock_read(const SSTLink *l)
{
    return l->shm ? 64 : 1;
}

void sst_spin_start(SSTSpin *s, unsigned spin_us, unsigned tries_per_clock_read)
{
    s->end_ns = 0;
    s->tries = 0;
    s->stride_mask = tries_per_clock_read - 1;
    s->spin_us = spin_us;
}

int sst_spin_more(SSTSpin *s)
{
    int64_t now;

    if (!s->spin_us) {
        return 0;
    }
    if ((++s->tries & s->stride_mask) != 0) { /* the first clock read after a stride of tries */
        return 1;
    }
    now = now_ns();
    if (!s->end_ns) {
        s->end_ns = now + (int64_t)s->spin_us * 1000;
    }
    return now < s->end_ns;
}

int sst_link_read_all(SSTLink *l, void *buf, size_t len, unsigned spin_us, unsigned timeout_ms, size_t *got)
{
    int64_t deadline = 0; /* set when it first has to sleep: a clock read costs */
    size_t have = 0;
    int err = 0;

    while (have < len) {
        SSTSpin spin;
        ssize_t n;

        sst_spin_start(&spin, spin_us, sst_link_tries_per_clock_read(l));
        do {
            n = sst_link_read(l, (uint8_t *)buf + have, len - have);
        } while (n < 0 && (errno == EAGAIN || errno == EINTR) && sst_spin_more(&spin));
        if (n > 0) {
            have += (size_t)n;
            continue;
        }
        if (n == 0 || errno == ECONNRESET) { /* reset: it closed with our data unread */
            err = -EPIPE;
            break;
        }
        if (errno != EAGAIN && errno != EINTR) {
            err = -errno;
            break;
        }
        {
            struct pollfd pfd[2] = { { .fd = sst_link_wake_fd(l), .events = POLLIN },
                                     { .fd = sst_link_gone_fd(l), .events = POLLIN } };
            int wait_ms = -1;

            if (timeout_ms && !deadline) {
                deadline = now_ns() + (int64_t)timeout_ms * 1000000;
            }
            if (deadline) {
                int64_t left = deadline - now_ns();
                if (left <= 0) {
                    err = -ETIMEDOUT;
                    break;
                }
                wait_ms = (int)((left + 999999) / 1000000);
            }
            if (!sst_link_prepare_sleep(l)) {
                continue; /* it came meanwhile */
            }
            if (poll(pfd, 2, wait_ms) < 0 && errno != EINTR) {
                err = -errno;
                sst_link_end_sleep(l);
                break;
            }
            sst_link_end_sleep(l);
        }
    }
    if (got) {
        *got = have;
    }
    return err;
}

void sst_link_poke(SSTLink *l)
{
    const char one = 1;
    uint64_t count = 1;

    /* Always: the listener does not announce that it listens (that would move the ring's
     * sleep flag between cores on every access). */
    if (l->shm) {
        if (write(l->efd_tx, &count, sizeof(count)) < 0) {
            /* EAGAIN: the counter is full, which wakes it just the same */
        }
    } else if (l->ctl >= 0 && send(l->ctl, &one, 1, MSG_NOSIGNAL | MSG_DONTWAIT) < 0) {
        /* EAGAIN: bytes are already waiting, which wakes it just the same */
    }
}

int sst_link_listen_fd(const SSTLink *l)
{
    return l->shm ? l->efd_rx : l->ctl;
}

int sst_link_take_poke(SSTLink *l)
{
    uint64_t count;
    char bytes[64];

    if (l->shm) {
        if (read(l->efd_rx, &count, sizeof(count)) < 0) {
            /* EAGAIN: a wait took the wake-up */
        }
        return 1;
    }
    if (read(l->ctl, bytes, sizeof(bytes)) == 0) {
        l->peer_gone = 1;
        return 0;
    }
    return 1;
}

int sst_link_start_listening(SSTLink *l)
{
    /* A wait may have taken the wake-up of something that came after its answer. On the
     * rings that is cheap to see (the cached index; the line is here after the answer). */
    return l->shm ? sst_ring_readable(&l->rx) == 0 : 1;
}
