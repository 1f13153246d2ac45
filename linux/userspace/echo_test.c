// SPDX-License-Identifier: BSD-3-Clause
/* Echo through acalsim.QEMUDevice: each value written comes back. */
#include <stdint.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
	static const uint32_t values[] = { 0, 1, 0x12345678, 0xdeadbeef, 0xffffffff };
	uint32_t out = 0;
	int fd = open_device("acalsim-echo0");

	if (fd < 0)
		return 1;
	check(read(fd, &out, sizeof(out)) < 0 && errno == ENODATA,
	      "echo: read before any write fails with ENODATA");
	for (unsigned int i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		int wrote = write(fd, &values[i], sizeof(values[i])) == sizeof(values[i]);
		int got = read(fd, &out, sizeof(out)) == sizeof(out);

		check(wrote && got && out == values[i], "echo: 0x%08x came back as 0x%08x",
		      values[i], out);
	}
	check(write(fd, &out, 2) < 0 && errno == EINVAL, "echo: a 2-byte write fails with EINVAL");
	close(fd);
	return check_status();
}
