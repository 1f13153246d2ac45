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

#endif /* SST_MMIO_WIRE_H */
