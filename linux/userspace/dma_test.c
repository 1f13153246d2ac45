// SPDX-License-Identifier: BSD-3-Clause
/*
 * A copy through acalsim.DMAEngine: the destination matches the source byte
 * for byte, and the copy takes as long as the model says. The expected time
 * comes from the kernel command line (acalsim_dma_ns=, what the configuration
 * computes from the engine's bandwidth); 0 skips the timing check.
 */
#include <stdint.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "acalsim.h"
#include "check.h"

static uint8_t src[ACALSIM_DMA_BUFFER_SIZE], dst[ACALSIM_DMA_BUFFER_SIZE];

int main(void)
{
	uint32_t len = ACALSIM_DMA_BUFFER_SIZE;
	unsigned long expect_ns = setting("acalsim_dma_ns", 0);
	unsigned long long start, took;
	size_t diff = 0;
	int fd = open_device("acalsim-dma0");
	int ret;

	if (fd < 0)
		return 1;
	for (uint32_t i = 0; i < len; i++)
		src[i] = (uint8_t)(i * 7 + (i >> 8));
	check(write(fd, src, len) == (ssize_t)len, "dma: %u bytes into the source buffer", len);
	start = now_ns();
	ret = ioctl(fd, ACALSIM_IOC_DMA_COPY, &len);
	took = now_ns() - start;
	check(ret == 0, "dma: copy of %u bytes completed by its interrupt (ret %d)", len, ret);
	check(read(fd, dst, len) == (ssize_t)len, "dma: %u bytes from the destination buffer", len);
	for (uint32_t i = 0; i < len; i++)
		diff += src[i] != dst[i];
	check(diff == 0, "dma: destination equals source byte for byte (%zu differ)", diff);
	if (expect_ns) {
		/* The model's time plus the driver's few register accesses and one wake-up. */
		check(took >= expect_ns && took <= expect_ns + expect_ns / 10,
		      "dma: user space saw %llu ns, the model says %lu ns (within 10%%)",
		      took, expect_ns);
	} else {
		printf("dma: the copy took %llu ns\n", took);
	}
	len = 0;
	ret = ioctl(fd, ACALSIM_IOC_DMA_COPY, &len);
	check(ret < 0 && errno == EINVAL, "dma: a copy of 0 bytes fails with EINVAL");
	close(fd);
	return check_status();
}
