// SPDX-License-Identifier: BSD-3-Clause
/*
 * The channel between QEMU's sst-device and SST's bridge, for both ends: one
 * implementation of its set-up, byte I/O, spin-then-sleep waits, peer-gone
 * detection and main-loop pokes, over either transport:
 *
 *   unix  the Unix stream socket carries the byte stream;
 *   shm   two rings in a memfd carry it (shm_ring.h); QEMU passes the memfd and
 *         two eventfds over the socket, which then only tells that the peer
 *         has gone.
 *
 * With deadlines (SST_CAP_DEADLINE) QEMU's main loop listens while the guest
 * runs: on unix QEMU passes a control socket (SST_CTL_TAG) that SST writes a
 * byte to after a TIME_REQ, so that answers on the data socket never wake the
 * main loop; on shm the rings' eventfd does it. Either way the peer closing
 * its end is seen at once.
 *
 * Plain C (QEMU compiles it into sst-device; the bridge links it). No
 * allocation; every call is non-blocking unless it says otherwise; errors are
 * negative errno values.
 */
#ifndef SST_MMIO_LINK_H
#define SST_MMIO_LINK_H

#include "sst_mmio/shm_ring.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct SSTLink {
    int sock;           /* the connected Unix socket, owned */
    SSTShm *shm;        /* transport=shm: the mapping; NULL for unix */
    SSTRingReader rx;
    SSTRingWriter tx;
    int efd_rx;         /* shm: this end sleeps on it */
    int efd_tx;         /* shm: wakes the other end */
    int ctl;            /* unix with deadlines: the control socket (QEMU: its end; SST: the other) */
    int peer_gone;      /* the other end has closed */
} SSTLink;

/* A link over the connected socket `sock` (taken over), transport unix until shm is set up. */
void sst_link_init(SSTLink *l, int sock);
/* Closes everything the link holds. */
void sst_link_close(SSTLink *l);

/* QEMU's end, right after connecting: creates the rings and eventfds and passes them. */
int sst_link_offer_shm(SSTLink *l);
/* SST's end: takes them, waiting up to timeout_ms; -ETIMEDOUT, or -EPROTO if something else came. */
int sst_link_accept_shm(SSTLink *l, int timeout_ms);
/* QEMU's end, unix transport with deadlines, after the HELLO: passes a control socket. */
int sst_link_offer_control(SSTLink *l);
/* SST's end: takes it, waiting up to timeout_ms. */
int sst_link_accept_control(SSTLink *l, int timeout_ms);

/* Bytes read (> 0); 0 once the peer has closed; -1 with errno EAGAIN when nothing is there yet. */
ssize_t sst_link_read(SSTLink *l, void *buf, size_t len);
/* Bytes ready to read without waiting (at most `want`), never consuming them. */
size_t sst_link_ready(SSTLink *l, size_t want);
/* Bytes written (> 0); -1 with errno EAGAIN (full) or EPIPE (the peer has gone). */
ssize_t sst_link_write(SSTLink *l, const void *buf, size_t len);
/* After writing a message: wakes the other end if it sleeps. */
void sst_link_flush(SSTLink *l);
/* Writes all of it, waiting while the other end drains it: 0, -EPIPE, -ETIMEDOUT, -errno. */
int sst_link_write_all(SSTLink *l, const void *buf, size_t len, int timeout_ms);

/* Sleeping until data may be there: sst_link_prepare_sleep() is 0 if it came meanwhile (do
 * not sleep); else poll sst_link_wake_fd() (and sst_link_gone_fd()) for POLLIN, then call
 * sst_link_end_sleep(), which also notices a peer that has gone. */
int sst_link_prepare_sleep(SSTLink *l);
void sst_link_end_sleep(SSTLink *l);
int sst_link_wake_fd(const SSTLink *l);
int sst_link_gone_fd(const SSTLink *l); /* shm: the socket; unix: -1 (a read sees the end) */
/* shm, when sst_link_gone_fd() is readable: true if the peer has gone (the socket ended). */
int sst_link_notice_gone(SSTLink *l);
/* Read tries per clock read while spinning: a socket read (a syscall) is slower than the
 * clock, a ring probe is faster. A power of two. */
unsigned sst_link_tries_per_clock_read(const SSTLink *l);

/* Reads all `len` bytes: spins up to spin_us, then sleeps, in all up to timeout_ms
 * (0: no limit). 0; -EPIPE when the peer closed first (*got: how many had come);
 * -ETIMEDOUT; -errno. */
int sst_link_read_all(SSTLink *l, void *buf, size_t len, unsigned spin_us, unsigned timeout_ms, size_t *got);

/* SST's end, after a message for the other end's main loop: wakes it. */
void sst_link_poke(SSTLink *l);
/* QEMU's end: what its main loop watches (POLLIN) while it listens. */
int sst_link_listen_fd(const SSTLink *l);
/* QEMU's end, when the listen fd is readable: clears it; 0 if the peer has gone. */
int sst_link_take_poke(SSTLink *l);
/* QEMU's end, listening again after a wait of its own (pokes need no announcement to wake
 * the listen fd): 0 if data is there (on the rings: the wait may have taken its wake-up):
 * serve it, then try again; on the socket the poke's byte is still there for the main loop. */
int sst_link_start_listening(SSTLink *l);

/* A bounded spin: sst_spin_more() is true for up to spin_us after the first call, reading the
 * clock only every `tries_per_clock_read` calls. */
typedef struct SSTSpin {
    int64_t end_ns;
    unsigned tries, stride_mask, spin_us;
} SSTSpin;
void sst_spin_start(SSTSpin *s, unsigned spin_us, unsigned tries_per_clock_read);
int sst_spin_more(SSTSpin *s);

#ifdef __cplusplus
}
#endif

#endif /* SST_MMIO_LINK_H */
