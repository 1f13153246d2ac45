// SPDX-License-Identifier: BSD-3-Clause
/*
 * QEMU <-> SST MMIO wire format, version 1 (the seed's, byte for byte).
 *
 * One request frame per guest access, answered by exactly one response
 * frame, in order, over a stream socket. Frames are packed and in the host's
 * byte order, which must be little-endian (both ends run on one host).
 * This header is shared by QEMU's sst-device (C) and the SST elements (C++):
 * it defines the format and nothing else.
 */
#ifndef SST_MMIO_WIRE_H
#define SST_MMIO_WIRE_H

#include <stddef.h>
#include <stdint.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the SST MMIO wire format is little-endian; big-endian hosts are not supported"
#endif

#ifdef __cplusplus
#define SST_MMIO_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#else
#define SST_MMIO_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#endif

#define SST_MMIO_REQUEST_MAGIC  0x53535452u /* "SSTR" as a little-endian u32 reads "RTSS" in bytes */
#define SST_MMIO_RESPONSE_MAGIC 0x53535450u /* "SSTP" */

/* MMIORequest.type */
#define SST_MMIO_READ  0u
#define SST_MMIO_WRITE 1u

/* MMIOResponse.status: 0 is success, anything else an error. */
#define SST_MMIO_STATUS_OK           0u /* access done */
#define SST_MMIO_STATUS_ERROR        1u /* unspecified device error */
#define SST_MMIO_STATUS_BAD_ADDRESS  2u /* no register at this address, or outside the device window */
#define SST_MMIO_STATUS_ACCESS       3u /* register does not allow this access (e.g. write to read-only) */
#define SST_MMIO_STATUS_BAD_SIZE     4u /* access size not supported by this register */
#define SST_MMIO_STATUS_BAD_REQUEST  5u /* malformed request frame (magic, type, size or data) */

/* Guest access: sizes 1, 2, 4 or 8 bytes at a guest-physical address. */
typedef struct __attribute__((packed)) SSTMMIORequest {
    uint32_t magic;   /* SST_MMIO_REQUEST_MAGIC */
    uint32_t type;    /* SST_MMIO_READ or SST_MMIO_WRITE */
    uint64_t address; /* guest-physical address of the access */
    uint32_t size;    /* 1, 2, 4 or 8 */
    uint64_t data;    /* write data in the low `size` bytes; 0 for reads */
} SSTMMIORequest;

typedef struct __attribute__((packed)) SSTMMIOResponse {
    uint32_t magic;   /* SST_MMIO_RESPONSE_MAGIC */
    uint32_t status;  /* SST_MMIO_STATUS_* */
    uint64_t data;    /* read data in the low bytes; 0 for writes */
    uint32_t latency; /* device cycles the access took in the model */
} SSTMMIOResponse;

#define SST_MMIO_REQUEST_SIZE  28u
#define SST_MMIO_RESPONSE_SIZE 20u

SST_MMIO_STATIC_ASSERT(sizeof(SSTMMIORequest) == SST_MMIO_REQUEST_SIZE, "MMIORequest is 28 bytes");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIORequest, magic) == 0, "request magic at 0");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIORequest, type) == 4, "request type at 4");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIORequest, address) == 8, "request address at 8");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIORequest, size) == 16, "request size at 16");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIORequest, data) == 20, "request data at 20");

SST_MMIO_STATIC_ASSERT(sizeof(SSTMMIOResponse) == SST_MMIO_RESPONSE_SIZE, "MMIOResponse is 20 bytes");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIOResponse, magic) == 0, "response magic at 0");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIOResponse, status) == 4, "response status at 4");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIOResponse, data) == 8, "response data at 8");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMMIOResponse, latency) == 16, "response latency at 16");

/* ------------------------------------------------------------------------
 * Version 2: negotiated, timed, bidirectional.
 *
 * Handshake: QEMU (protocol=2) first sends a HELLO, 28 bytes like a v1
 * request. A v2 peer answers with its own HELLO; from then on both ends
 * exchange SSTMsg frames. A v1-only peer reads the HELLO as one malformed
 * request and answers with a v1 response (status BAD_REQUEST): QEMU then
 * stays on version 1.
 *
 * Times are simulated picoseconds since the start of the run; QEMU's guest
 * time (with -icount) and SST's time are the same clock.
 * ------------------------------------------------------------------------ */

#define SST_HELLO_MAGIC 0x48545353u /* "SSTH" */
#define SST_MSG_MAGIC   0x32545353u /* "SST2" */
#define SST_PROTOCOL_VERSION 2u

/* HELLO.capabilities */
#define SST_CAP_TIME 0x1u /* requests carry guest time; responses charge latency to guest time; SYNC */
#define SST_CAP_IRQ  0x2u /* IRQ messages from SST */
#define SST_CAP_DMA  0x4u /* DMA_READ / DMA_WRITE messages from SST */
#define SST_CAP_DEADLINE 0x8u /* MMIO_RESP and SYNC_DONE carry a deadline; TIME_REQ / TIME */
#define SST_CAP_HART     0x10u /* arg1 of MMIO_READ / MMIO_WRITE: the hart (QEMU CPU index) that accessed */
#define SST_CAP_POSTED   0x20u /* MMIO_POSTED: writes to the ranges in sst-device's `posted` property do not wait
                                  (needs SST_CAP_DEADLINE) */

/* With SST_CAP_DEADLINE, `address` of MMIO_RESP / SYNC_DONE is the guest's deadline:
 * the earliest time (ps) at which anything from SST can reach the guest. QEMU syncs
 * exactly then, and not before; SST_NO_DEADLINE: nothing can reach it until its next
 * message. Without the capability QEMU syncs every quantum instead. */
#define SST_NO_DEADLINE UINT64_MAX

typedef struct __attribute__((packed)) SSTHello {
    uint32_t magic;        /* SST_HELLO_MAGIC */
    uint32_t version;      /* highest version the sender speaks; the answer is the version used */
    uint32_t capabilities; /* SST_CAP_*; the answer is the set both ends use */
    uint64_t quantum_ps;   /* QEMU: its SYNC period; SST: the period it wants (0: keep QEMU's) */
    uint32_t irq_lines;    /* QEMU: interrupt lines the device has */
    uint32_t reserved;     /* 0 */
} SSTHello;

/* SSTMsg.type. "Q->S": QEMU to SST; "S->Q": SST to QEMU. */
#define SST_MSG_MMIO_READ      1u  /* Q->S tag, time_ps (guest time of the access), address, arg0 size,
                                      arg1 the hart with SST_CAP_HART (else 0) */
#define SST_MSG_MMIO_WRITE     2u  /* Q->S tag, time_ps, address, data, arg0 size */
#define SST_MSG_MMIO_RESP      3u  /* S->Q tag, time_ps (completion; QEMU charges the difference), data,
                                      arg0 status, arg1 device cycles (informational), address: deadline */
#define SST_MSG_SYNC           4u  /* Q->S time_ps: guest time reached; QEMU waits for SYNC_DONE */
#define SST_MSG_SYNC_DONE      5u  /* S->Q time_ps: SST has simulated up to that time; address: deadline */
#define SST_MSG_IRQ            6u  /* S->Q time_ps, arg0 line, arg1 level (0 or 1) */
#define SST_MSG_DMA_READ       7u  /* S->Q tag, address, arg0 length: QEMU answers DMA_READ_DATA */
#define SST_MSG_DMA_READ_DATA  8u  /* Q->S tag, arg0 status, payload_len bytes of data follow */
#define SST_MSG_DMA_WRITE      9u  /* S->Q tag, address, payload_len bytes of data follow: QEMU answers DMA_WRITE_DONE */
#define SST_MSG_DMA_WRITE_DONE 10u /* Q->S tag, arg0 status */
#define SST_MSG_EXIT           11u /* Q->S time_ps: guest time as QEMU exits (then it closes), arg0 an
                                      SST_EXIT_* reason; no answer */
#define SST_MSG_TIME_REQ       12u /* S->Q time_ps: send TIME once guest time reaches it (at once if it has);
                                      a later TIME_REQ replaces it. QEMU does not stop for it */
/* EXIT's arg0: why the guest ended. */
#define SST_EXIT_NORMAL      0u /* the guest ended the run (test finisher, power-off) */
#define SST_EXIT_GUEST_RESET 1u /* the guest reset the machine, which -no-reboot turns into QEMU's end
                                   (a Linux kernel panic with panic=-1 does this) */
#define SST_MSG_TIME           13u /* Q->S time_ps: guest time reached; nothing QEMU sends later is stamped
                                      earlier (a null message); QEMU goes on without an answer */

#define SST_MSG_MMIO_POSTED    14u /* Q->S posted writes: arg0 entries of SSTPostedWrite follow (payload_len =
                                      arg0 * 32), in guest-time order; time_ps: the last one's. No answer: each
                                      completed for the guest as it was made. Nothing QEMU sends later is
                                      stamped earlier (as TIME) */

/* SSTMsg.flags: only MMIO_RESP has any. */
#define SST_MSG_FLAG_POSTED_ERROR 0x1u /* MMIO_RESP: a posted write failed since the previous MMIO_RESP */

/* One posted write, in MMIO_POSTED's payload. */
typedef struct __attribute__((packed)) SSTPostedWrite {
    uint64_t time_ps; /* guest time of the write */
    uint64_t address; /* guest-physical */
    uint64_t data;    /* in the low `size` bytes */
    uint32_t size;    /* 1, 2, 4 or 8 */
    uint32_t hart;    /* QEMU's CPU index (with SST_CAP_HART, else 0) */
} SSTPostedWrite;

#define SST_POSTED_WRITE_SIZE 32u

SST_MMIO_STATIC_ASSERT(sizeof(SSTPostedWrite) == SST_POSTED_WRITE_SIZE, "SSTPostedWrite is 32 bytes");
SST_MMIO_STATIC_ASSERT(offsetof(SSTPostedWrite, time_ps) == 0, "posted time at 0");
SST_MMIO_STATIC_ASSERT(offsetof(SSTPostedWrite, address) == 8, "posted address at 8");
SST_MMIO_STATIC_ASSERT(offsetof(SSTPostedWrite, data) == 16, "posted data at 16");
SST_MMIO_STATIC_ASSERT(offsetof(SSTPostedWrite, size) == 24, "posted size at 24");
SST_MMIO_STATIC_ASSERT(offsetof(SSTPostedWrite, hart) == 28, "posted hart at 28");

/* Largest DMA payload in one message. */
#define SST_MSG_MAX_PAYLOAD 65536u

/* SSTMsg DMA status (arg0 of DMA_READ_DATA / DMA_WRITE_DONE) */
#define SST_DMA_OK    0u
#define SST_DMA_ERROR 1u /* the guest-physical range is not all RAM */

typedef struct __attribute__((packed)) SSTMsg {
    uint32_t magic;       /* SST_MSG_MAGIC */
    uint16_t type;        /* SST_MSG_* */
    uint16_t flags;       /* SST_MSG_FLAG_*; 0 on every type but MMIO_RESP */
    uint32_t tag;         /* pairs a request with its answer */
    uint32_t payload_len; /* bytes following this frame (DMA data), at most SST_MSG_MAX_PAYLOAD */
    uint64_t time_ps;     /* simulated time, picoseconds */
    uint64_t address;     /* guest-physical address */
    uint64_t data;        /* access data */
    uint32_t arg0;        /* size, status, line or length, by type */
    uint32_t arg1;        /* level or cycles, by type */
} SSTMsg;

#define SST_HELLO_SIZE 28u
#define SST_MSG_SIZE   48u

SST_MMIO_STATIC_ASSERT(sizeof(SSTHello) == SST_HELLO_SIZE, "HELLO is exactly as long as a v1 request");
SST_MMIO_STATIC_ASSERT(SST_HELLO_SIZE == SST_MMIO_REQUEST_SIZE, "a v1 peer must read HELLO as one request");
SST_MMIO_STATIC_ASSERT(offsetof(SSTHello, version) == 4, "hello version at 4");
SST_MMIO_STATIC_ASSERT(offsetof(SSTHello, capabilities) == 8, "hello capabilities at 8");
SST_MMIO_STATIC_ASSERT(offsetof(SSTHello, quantum_ps) == 12, "hello quantum at 12");
SST_MMIO_STATIC_ASSERT(offsetof(SSTHello, irq_lines) == 20, "hello irq_lines at 20");
SST_MMIO_STATIC_ASSERT(offsetof(SSTHello, reserved) == 24, "hello reserved at 24");

/* The most posted writes one MMIO_POSTED carries. */
#define SST_MSG_MAX_POSTED (SST_MSG_MAX_PAYLOAD / SST_POSTED_WRITE_SIZE)

SST_MMIO_STATIC_ASSERT(sizeof(SSTMsg) == SST_MSG_SIZE, "SSTMsg is 48 bytes");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, type) == 4, "msg type at 4");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, flags) == 6, "msg flags at 6");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, tag) == 8, "msg tag at 8");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, payload_len) == 12, "msg payload_len at 12");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, time_ps) == 16, "msg time at 16");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, address) == 24, "msg address at 24");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, data) == 32, "msg data at 32");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, arg0) == 40, "msg arg0 at 40");
SST_MMIO_STATIC_ASSERT(offsetof(SSTMsg, arg1) == 44, "msg arg1 at 44");

#endif /* SST_MMIO_WIRE_H */
