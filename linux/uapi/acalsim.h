/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * User-space interface of the acalsim driver (linux/driver/): one character
 * device per device instance, named for its model and number:
 *
 *   /dev/acalsim-echoN     acalsim.QEMUDevice: write() a __u32, it is echoed
 *                          through the device; read() returns the echoed value
 *   /dev/acalsim-computeN  acalsim.ComputeDevice: ACALSIM_IOC_COMPUTE
 *   /dev/acalsim-dmaN      acalsim.DMAEngine: write() fills the source buffer,
 *                          ACALSIM_IOC_DMA_COPY copies it by DMA to the
 *                          destination buffer (the caller sleeps until the
 *                          completion interrupt), read() returns that buffer
 */
#ifndef _UAPI_ACALSIM_H
#define _UAPI_ACALSIM_H

#include <linux/ioctl.h>
#include <linux/types.h>

#define ACALSIM_OP_ADD	0
#define ACALSIM_OP_SUB	1
#define ACALSIM_OP_MUL	2
#define ACALSIM_OP_DIV	3	/* unsigned; dividing by zero fails with EDOM */

struct acalsim_compute {
	__u32 op;	/* ACALSIM_OP_* */
	__u32 a;
	__u32 b;
	__u32 result;	/* out */
};

/* Bytes each DMA buffer holds: the most one ACALSIM_IOC_DMA_COPY moves. */
#define ACALSIM_DMA_BUFFER_SIZE	65536

#define ACALSIM_IOC_MAGIC	0xB5
#define ACALSIM_IOC_COMPUTE	_IOWR(ACALSIM_IOC_MAGIC, 1, struct acalsim_compute)
/* Argument: the number of bytes to copy (1..ACALSIM_DMA_BUFFER_SIZE). */
#define ACALSIM_IOC_DMA_COPY	_IOW(ACALSIM_IOC_MAGIC, 2, __u32)

#endif /* _UAPI_ACALSIM_H */
