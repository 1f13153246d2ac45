// SPDX-License-Identifier: BSD-3-Clause
/*
 * Shared-memory transport (sst-device transport=shm): the same byte stream
 * as the Unix socket, carried by two single-producer/single-consumer byte
 * rings in a memfd that QEMU creates and passes to SST with SCM_RIGHTS,
 * together with two eventfds (one to wake each side).
 *
 * Setup, on the socket, right after connect: QEMU sends the 4 bytes
 * SST_SHM_TAG with three file descriptors: the memfd (sizeof(SSTShm)
 * bytes), the eventfd SST sleeps on, the eventfd QEMU sleeps on. Everything
 * after that (a v2 HELLO included) goes through the rings; the socket then
 * only signals that the peer has gone.
 *
 * A reader spins for a while when its ring is empty; to sleep it sets
 * `consumer_sleeping`, checks the ring once more, and waits on its eventfd.
 * A writer that sees `consumer_sleeping` after publishing writes the eventfd.
 * Header-only, C and C++ (GCC/Clang __atomic builtins).
 */
#ifndef SST_MMIO_SHM_RING_H
#define SST_MMIO_SHM_RING_H

#include "sst_mmio/wire.h"

#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SST_SHM_TAG        "SHM1"
/* transport=unix with SST_CAP_DEADLINE: right after the HELLO answer QEMU sends these 4
 * bytes with one fd, its peer's end of a socket pair. SST writes a byte to it after each
 * TIME_REQ (QEMU's main loop wakes only then, not for answers on the data socket); its
 * end closing tells QEMU that SST has gone. */
#define SST_CTL_TAG        "CTL1"
#define SST_SHM_RING_BYTES (256u * 1024u) /* more than the largest frame plus payload */

typedef struct SSTRing {
    uint64_t head;              /* bytes ever written; only the producer stores it */
    uint8_t pad0[56];
    uint64_t tail;              /* bytes ever read; only the consumer stores it */
    uint8_t pad1[56];
    uint32_t consumer_sleeping; /* 1 while the consumer waits on its eventfd */
    uint8_t pad2[60];
    uint8_t data[SST_SHM_RING_BYTES];
} SSTRing;

typedef struct SSTShm {
    SSTRing to_sst;  /* QEMU writes, SST reads */
    SSTRing to_qemu; /* SST writes, QEMU reads */
} SSTShm;

SST_MMIO_STATIC_ASSERT(offsetof(SSTRing, tail) == 64, "head and tail on separate cache lines");
SST_MMIO_STATIC_ASSERT(offsetof(SSTRing, consumer_sleeping) == 128, "sleep flag on its own cache line");
SST_MMIO_STATIC_ASSERT(offsetof(SSTRing, data) == 192, "ring data after the control lines");
SST_MMIO_STATIC_ASSERT((SST_SHM_RING_BYTES & (SST_SHM_RING_BYTES - 1)) == 0, "ring size is a power of two");

/*
 * Each side keeps its own end of a ring in private memory: its index, and the
 * last value it saw of the other side's. A writer reads the reader's `tail`
 * only when the ring looks full, and a reader reads `head` only when the ring
 * looks empty, so the cache lines the other core writes are fetched only when
 * needed (a round trip otherwise pays for extra cross-core transfers).
 */
typedef struct SSTRingReader {
    SSTRing *ring;
    uint64_t tail;      /* = ring->tail, which only this reader stores */
    uint64_t head_seen; /* ring->head when last loaded */
} SSTRingReader;

typedef struct SSTRingWriter {
    SSTRing *ring;
    uint64_t head;      /* = ring->head, which only this writer stores */
    uint64_t tail_seen; /* ring->tail when last loaded */
} SSTRingWriter;

static inline SSTRingReader sst_ring_reader(SSTRing *r)
{
    SSTRingReader e = { r, r->tail, r->tail };
    return e;
}

static inline SSTRingWriter sst_ring_writer(SSTRing *r)
{
    SSTRingWriter e = { r, r->head, r->tail };
    return e;
}

/* Bytes ready to read (loads the writer's head only when none are known). */
static inline uint64_t sst_ring_readable(SSTRingReader *e)
{
    if (e->head_seen == e->tail) {
        e->head_seen = __atomic_load_n(&e->ring->head, __ATOMIC_ACQUIRE);
    }
    return e->head_seen - e->tail;
}

/* Copies up to len bytes out; returns how many. */
static inline size_t sst_ring_read(SSTRingReader *e, void *buf, size_t len)
{
    uint64_t avail = sst_ring_readable(e);
    size_t n = avail < len ? (size_t)avail : len;
    size_t at = (size_t)(e->tail & (SST_SHM_RING_BYTES - 1));
    size_t first = n < SST_SHM_RING_BYTES - at ? n : SST_SHM_RING_BYTES - at;

    memcpy(buf, e->ring->data + at, first);
    memcpy((uint8_t *)buf + first, e->ring->data, n - first);
    e->tail += n;
    __atomic_store_n(&e->ring->tail, e->tail, __ATOMIC_RELEASE);
    return n;
}

/* Bytes that can be written now, at least `want` if that many are free (loads the
 * reader's tail only when fewer seem free). */
static inline size_t sst_ring_space(SSTRingWriter *e, size_t want)
{
    size_t space = SST_SHM_RING_BYTES - (size_t)(e->head - e->tail_seen);
    if (space < want) {
        e->tail_seen = __atomic_load_n(&e->ring->tail, __ATOMIC_ACQUIRE);
        space = SST_SHM_RING_BYTES - (size_t)(e->head - e->tail_seen);
    }
    return space;
}

/* Copies up to len bytes in (as many as fit); returns how many. */
static inline size_t sst_ring_write(SSTRingWriter *e, const void *buf, size_t len)
{
    size_t space = sst_ring_space(e, len);
    size_t n = space < len ? space : len;
    size_t at = (size_t)(e->head & (SST_SHM_RING_BYTES - 1));
    size_t first = n < SST_SHM_RING_BYTES - at ? n : SST_SHM_RING_BYTES - at;

    memcpy(e->ring->data + at, buf, first);
    memcpy(e->ring->data, (const uint8_t *)buf + first, n - first);
    e->head += n;
    __atomic_store_n(&e->ring->head, e->head, __ATOMIC_RELEASE);
    return n;
}

/* Reader about to sleep: true if it may (the ring is still empty after announcing it). */
static inline int sst_ring_prepare_sleep(SSTRingReader *e)
{
    __atomic_store_n(&e->ring->consumer_sleeping, 1, __ATOMIC_SEQ_CST);
    if (sst_ring_readable(e)) {
        __atomic_store_n(&e->ring->consumer_sleeping, 0, __ATOMIC_RELAXED);
        return 0;
    }
    return 1;
}

static inline void sst_ring_end_sleep(SSTRingReader *e)
{
    __atomic_store_n(&e->ring->consumer_sleeping, 0, __ATOMIC_RELAXED);
}

/* Writer after publishing: true if the reader must be woken. */
static inline int sst_ring_needs_wake(SSTRingWriter *e)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return __atomic_load_n(&e->ring->consumer_sleeping, __ATOMIC_RELAXED) != 0;
}

#ifdef __cplusplus
}
#endif

#endif /* SST_MMIO_SHM_RING_H */
