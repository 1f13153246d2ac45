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
    }
    return "unknown check result";
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

#ifdef __cplusplus
}
#endif

#endif /* SST_MMIO_VALIDATE_H */
