// SPDX-License-Identifier: BSD-3-Clause
/* The module unloads (its devices go away) and loads again (they come back and work). */
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "module.h"

static int exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

int main(void)
{
	uint32_t value = 0xc0ffee, out = 0;
	int ret, fd;

	ret = unload_acalsim();
	check(ret == 0, "reload: module unloaded (%s)", strerror(-ret));
	check(!exists("/dev/acalsim-echo0") && !exists("/dev/acalsim-dma0"),
	      "reload: its devices are gone");
	ret = load_acalsim();
	check(ret == 0, "reload: module loaded again (%s)", strerror(-ret));
	fd = open_device("acalsim-echo0");
	if (fd >= 0) {
		check(write(fd, &value, sizeof(value)) == sizeof(value) &&
		      read(fd, &out, sizeof(out)) == sizeof(out) && out == value,
		      "reload: echo works after the reload (0x%x)", out);
		close(fd);
	}
	check(exists("/dev/acalsim-compute0") && exists("/dev/acalsim-dma0"),
	      "reload: every device is back");
	return check_status();
}
