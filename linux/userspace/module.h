/* SPDX-License-Identifier: BSD-3-Clause */
/* Loading and unloading the acalsim module (no modprobe in the initramfs). */
#ifndef ACALSIM_MODULE_H
#define ACALSIM_MODULE_H

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ACALSIM_MODULE_PATH "/lib/modules/acalsim.ko"

/* 0, or -errno. */
static inline int load_acalsim(void)
{
	int fd = open(ACALSIM_MODULE_PATH, O_RDONLY | O_CLOEXEC);
	int ret;

	if (fd < 0)
		return -errno;
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret;
}

/* 0, or -errno. */
static inline int unload_acalsim(void)
{
	return syscall(SYS_delete_module, "acalsim", O_NONBLOCK) ? -errno : 0;
}

#endif /* ACALSIM_MODULE_H */
