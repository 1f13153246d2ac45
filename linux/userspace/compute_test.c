// SPDX-License-Identifier: BSD-3-Clause
/* acalsim.ComputeDevice through ACALSIM_IOC_COMPUTE, including its errors. */
#include <stdint.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "acalsim.h"
#include "check.h"

static const char *const op_names[] = { "ADD", "SUB", "MUL", "DIV" };

static void expect(int fd, uint32_t op, uint32_t a, uint32_t b, uint32_t want)
{
	struct acalsim_compute c = { .op = op, .a = a, .b = b };
	int ret = ioctl(fd, ACALSIM_IOC_COMPUTE, &c);

	check(ret == 0 && c.result == want, "compute: %u %s %u = %u (got %u, ret %d)",
	      a, op_names[op], b, want, c.result, ret);
}

int main(void)
{
	struct acalsim_compute c = { .op = ACALSIM_OP_DIV, .a = 7, .b = 0 };
	int fd = open_device("acalsim-compute0");
	int ret;

	if (fd < 0)
		return 1;
	expect(fd, ACALSIM_OP_ADD, 40, 2, 42);
	expect(fd, ACALSIM_OP_SUB, 5, 7, (uint32_t)-2);
	expect(fd, ACALSIM_OP_MUL, 6, 7, 42);
	expect(fd, ACALSIM_OP_DIV, 100, 7, 14);
	ret = ioctl(fd, ACALSIM_IOC_COMPUTE, &c);
	check(ret < 0 && errno == EDOM, "compute: 7 DIV 0 fails with EDOM (ret %d, %s)",
	      ret, strerror(errno));
	expect(fd, ACALSIM_OP_ADD, 1, 1, 2); /* the device recovers */
	c.op = 9;
	ret = ioctl(fd, ACALSIM_IOC_COMPUTE, &c);
	check(ret < 0 && errno == EINVAL, "compute: op 9 fails with EINVAL");
	ret = ioctl(fd, ACALSIM_IOC_DMA_COPY, &c);
	check(ret < 0 && errno == ENOTTY, "compute: a DMA ioctl fails with ENOTTY");
	close(fd);
	return check_status();
}
