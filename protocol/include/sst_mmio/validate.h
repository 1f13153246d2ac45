// SPDX-License-Identifier: BSD-3-Clause
/*
 * Building and checking SST MMIO frames (see wire.h). Header-only, C and C++:
 * QEMU's sst-device and the SST bridge both use it, so both ends agree on
 * what a malformed frame is.
 */
#ifndef SST_MMIO_VALIDATE_H
#define SST_MMIO_VALIDATE_H

#include "sst_mmio/wire.h"

#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum SSTMMIOCheck {
    SST_MMIO_CHECK_OK = 0,
    SST_MMIO_CHECK_TRUNCATED,      /* fewer bytes than a frame */
    SST_MMIO_CHECK_BAD_MAGIC,      /* not a request (or response) magic */
    SST_MMIO_CHECK_BAD_TYPE,       /* request type neither read nor write */
    SST_MMIO_CHECK_BAD_SIZE,       /* request size not 1, 2, 4 or 8 */
    SST_MMIO_CHECK_DATA_TOO_WIDE,  /* write data has bits above its size */
    SST_MMIO_CHECK_ADDRESS_WRAPS,  /* address + size passes 2^64 */
    SST_MMIO_CHECK_BAD_VERSION,    /* HELLO with version 0 */
    SST_MMIO_CHECK_BAD_PAYLOAD,    /* payload on a message that has none, or too large */
    SST_MMIO_CHECK_BAD_FIELD,      /* nonzero flags/reserved, or an IRQ level other than 0/1 */
} SSTMMIOCheck;

static inline const char *sst_mmio_check_str(SSTMMIOCheck c)
{
    switch (c) {
    case SST_MMIO_CHECK_OK: return "ok";
    case SST_MMIO_CHECK_TRUNCATED: return "truncated frame";
    case SST_MMIO_CHECK_BAD_MAGIC: return "bad magic";
    case SST_MMIO_CHECK_BAD_TYPE: return "unknown access type";
    case SST_MMIO_CHECK_BAD_SIZE: return "access size not 1, 2, 4 or 8";
    case SST_MMIO_CHECK_DATA_TOO_WIDE: return "write data wider than the access size";
    case SST_MMIO_CHECK_ADDRESS_WRAPS: return "access wraps past the end of the address space";
    case SST_MMIO_CHECK_BAD_VERSION: return "protocol version 0";
    case SST_MMIO_CHECK_BAD_PAYLOAD: return "payload length not allowed for this message";
    case SST_MMIO_CHECK_BAD_FIELD: return "reserved field set or value out of range";
    }
    return "unknown check result";
}

/* SST_MMIO_STATUS_* by name, for messages. */
static inline const char *sst_mmio_status_str(uint32_t status)
{
    switch (status) {
    case SST_MMIO_STATUS_OK: return "OK";
    case SST_MMIO_STATUS_ERROR: return "ERROR";
    case SST_MMIO_STATUS_BAD_ADDRESS: return "BAD_ADDRESS";
    case SST_MMIO_STATUS_ACCESS: return "ACCESS";
    case SST_MMIO_STATUS_BAD_SIZE: return "BAD_SIZE";
    case SST_MMIO_STATUS_BAD_REQUEST: return "BAD_REQUEST";
    }
    return "unknown status";
}

static inline int sst_mmio_size_valid(uint32_t size)
{
    return size == 1 || size == 2 || size == 4 || size == 8;
}

/* Mask of the low `size` bytes (size must be valid). */
static inline uint64_t sst_mmio_size_mask(uint32_t size)
{
    return size >= 8 ? ~(uint64_t)0 : (((uint64_t)1 << (size * 8)) - 1);
}

static inline SSTMMIORequest sst_mmio_request(uint32_t type, uint64_t address, uint32_t size, uint64_t data)
{
    SSTMMIORequest r;
    r.magic = SST_MMIO_REQUEST_MAGIC;
    r.type = type;
    r.address = address;
    r.size = size;
    r.data = type == SST_MMIO_WRITE ? data : 0;
    return r;
}

static inline SSTMMIOResponse sst_mmio_response(uint32_t status, uint64_t data, uint32_t latency)
{
    SSTMMIOResponse r;
    r.magic = SST_MMIO_RESPONSE_MAGIC;
    r.status = status;
    r.data = data;
    r.latency = latency;
    return r;
}

static inline SSTMMIOCheck sst_mmio_check_request(const SSTMMIORequest *r)
{
    if (r->magic != SST_MMIO_REQUEST_MAGIC) return SST_MMIO_CHECK_BAD_MAGIC;
    if (r->type != SST_MMIO_READ && r->type != SST_MMIO_WRITE) return SST_MMIO_CHECK_BAD_TYPE;
    if (!sst_mmio_size_valid(r->size)) return SST_MMIO_CHECK_BAD_SIZE;
    if (r->type == SST_MMIO_WRITE && (r->data & ~sst_mmio_size_mask(r->size))) return SST_MMIO_CHECK_DATA_TOO_WIDE;
    if (r->address > UINT64_MAX - (r->size - 1)) return SST_MMIO_CHECK_ADDRESS_WRAPS;
    return SST_MMIO_CHECK_OK;
}

static inline SSTMMIOCheck sst_mmio_check_response(const SSTMMIOResponse *r)
{
    return r->magic == SST_MMIO_RESPONSE_MAGIC ? SST_MMIO_CHECK_OK : SST_MMIO_CHECK_BAD_MAGIC;
}

/* Decode `len` received bytes into *out and check them. */
static inline SSTMMIOCheck sst_mmio_parse_request(const void *buf, size_t len, SSTMMIORequest *out)
{
    if (len < sizeof(*out)) return SST_MMIO_CHECK_TRUNCATED;
    memcpy(out, buf, sizeof(*out));
    return sst_mmio_check_request(out);
}

static inline SSTMMIOCheck sst_mmio_parse_response(const void *buf, size_t len, SSTMMIOResponse *out)
{
    if (len < sizeof(*out)) return SST_MMIO_CHECK_TRUNCATED;
    memcpy(out, buf, sizeof(*out));
    return sst_mmio_check_response(out);
}

/* ---- version 2 ---- */

static inline SSTHello sst_hello(uint32_t version, uint32_t capabilities, uint64_t quantum_ps, uint32_t irq_lines)
{
    SSTHello h;
    h.magic = SST_HELLO_MAGIC;
    h.version = version;
    h.capabilities = capabilities;
    h.quantum_ps = quantum_ps;
    h.irq_lines = irq_lines;
    h.reserved = 0;
    return h;
}

static inline SSTMMIOCheck sst_check_hello(const SSTHello *h)
{
    if (h->magic != SST_HELLO_MAGIC) return SST_MMIO_CHECK_BAD_MAGIC;
    if (h->version == 0) return SST_MMIO_CHECK_BAD_VERSION;
    if (h->reserved != 0) return SST_MMIO_CHECK_BAD_FIELD;
    return SST_MMIO_CHECK_OK;
}

static inline SSTMsg sst_msg(uint16_t type, uint32_t tag, uint64_t time_ps)
{
    SSTMsg m;
    memset(&m, 0, sizeof(m));
    m.magic = SST_MSG_MAGIC;
    m.type = type;
    m.tag = tag;
    m.time_ps = time_ps;
    return m;
}

static inline const char *sst_msg_type_str(uint16_t type)
{
    switch (type) {
    case SST_MSG_MMIO_READ: return "MMIO_READ";
    case SST_MSG_MMIO_WRITE: return "MMIO_WRITE";
    case SST_MSG_MMIO_RESP: return "MMIO_RESP";
    case SST_MSG_SYNC: return "SYNC";
    case SST_MSG_SYNC_DONE: return "SYNC_DONE";
    case SST_MSG_IRQ: return "IRQ";
    case SST_MSG_DMA_READ: return "DMA_READ";
    case SST_MSG_DMA_READ_DATA: return "DMA_READ_DATA";
    case SST_MSG_DMA_WRITE: return "DMA_WRITE";
    case SST_MSG_DMA_WRITE_DONE: return "DMA_WRITE_DONE";
    case SST_MSG_EXIT: return "EXIT";
    case SST_MSG_TIME_REQ: return "TIME_REQ";
    case SST_MSG_TIME: return "TIME";
    case SST_MSG_MMIO_POSTED: return "MMIO_POSTED";
    }
    return "unknown";
}

/* Checks a v2 frame's header and the fields its type uses. */
static inline SSTMMIOCheck sst_check_msg(const SSTMsg *m)
{
    if (m->magic != SST_MSG_MAGIC) return SST_MMIO_CHECK_BAD_MAGIC;
    if (m->flags & ~(m->type == SST_MSG_MMIO_RESP ? SST_MSG_FLAG_POSTED_ERROR : 0u)) return SST_MMIO_CHECK_BAD_FIELD;
    switch (m->type) {
    case SST_MSG_MMIO_POSTED:
        if (m->arg0 == 0 || m->arg0 > SST_MSG_MAX_POSTED || m->payload_len != m->arg0 * SST_POSTED_WRITE_SIZE)
            return SST_MMIO_CHECK_BAD_PAYLOAD;
        return SST_MMIO_CHECK_OK;
    case SST_MSG_MMIO_READ:
    case SST_MSG_MMIO_WRITE:
        if (m->payload_len) return SST_MMIO_CHECK_BAD_PAYLOAD;
        if (!sst_mmio_size_valid(m->arg0)) return SST_MMIO_CHECK_BAD_SIZE;
        if (m->type == SST_MSG_MMIO_WRITE && (m->data & ~sst_mmio_size_mask(m->arg0)))
            return SST_MMIO_CHECK_DATA_TOO_WIDE;
        if (m->address > UINT64_MAX - (m->arg0 - 1)) return SST_MMIO_CHECK_ADDRESS_WRAPS;
        return SST_MMIO_CHECK_OK;
    case SST_MSG_IRQ:
        if (m->payload_len) return SST_MMIO_CHECK_BAD_PAYLOAD;
        return m->arg1 <= 1 ? SST_MMIO_CHECK_OK : SST_MMIO_CHECK_BAD_FIELD;
    case SST_MSG_DMA_READ:
        if (m->payload_len) return SST_MMIO_CHECK_BAD_PAYLOAD;
        if (m->arg0 == 0 || m->arg0 > SST_MSG_MAX_PAYLOAD) return SST_MMIO_CHECK_BAD_SIZE;
        if (m->address > UINT64_MAX - (m->arg0 - 1)) return SST_MMIO_CHECK_ADDRESS_WRAPS;
        return SST_MMIO_CHECK_OK;
    case SST_MSG_DMA_WRITE:
        if (m->payload_len == 0 || m->payload_len > SST_MSG_MAX_PAYLOAD) return SST_MMIO_CHECK_BAD_PAYLOAD;
        if (m->address > UINT64_MAX - (m->payload_len - 1)) return SST_MMIO_CHECK_ADDRESS_WRAPS;
        return SST_MMIO_CHECK_OK;
    case SST_MSG_DMA_READ_DATA:
        return m->payload_len <= SST_MSG_MAX_PAYLOAD ? SST_MMIO_CHECK_OK : SST_MMIO_CHECK_BAD_PAYLOAD;
    case SST_MSG_MMIO_RESP:
    case SST_MSG_SYNC:
    case SST_MSG_SYNC_DONE:
    case SST_MSG_DMA_WRITE_DONE:
    case SST_MSG_EXIT:
    case SST_MSG_TIME_REQ:
    case SST_MSG_TIME:
        return m->payload_len ? SST_MMIO_CHECK_BAD_PAYLOAD : SST_MMIO_CHECK_OK;
    }
    return SST_MMIO_CHECK_BAD_TYPE;
}

/* Checks one entry of MMIO_POSTED's payload as a write request. */
static inline SSTMMIOCheck sst_check_posted_write(const SSTPostedWrite *w)
{
    if (!sst_mmio_size_valid(w->size)) return SST_MMIO_CHECK_BAD_SIZE;
    if (w->data & ~sst_mmio_size_mask(w->size)) return SST_MMIO_CHECK_DATA_TOO_WIDE;
    if (w->address > UINT64_MAX - (w->size - 1)) return SST_MMIO_CHECK_ADDRESS_WRAPS;
    return SST_MMIO_CHECK_OK;
}

#ifdef __cplusplus
}
#endif

#endif /* SST_MMIO_VALIDATE_H */
