/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What every test program shares: PASS/FAIL lines, a count of failures that
 * becomes the exit status, and the settings init passes on from the kernel
 * command line (as environment variables).
 */
#ifndef ACALSIM_CHECK_H
#define ACALSIM_CHECK_H

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int check_failures;

/* Prints "PASS: <what>" or "FAIL: <what>"; returns ok. */
__attribute__((format(printf, 2, 3)))
static int check(int ok, const char *fmt, ...)
{
	va_list ap;

	printf("%s: ", ok ? "PASS" : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	if (!ok)
		check_failures++;
	return ok;
}

/* The exit status of a test program: 0 when every check passed. */
static inline int check_status(void)
{
	return check_failures ? 1 : 0;
}

/* Opens /dev/<name>, or fails the check naming why. */
static inline int open_device(const char *name)
{
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "/dev/%s", name);
	fd = open(path, O_RDWR);
	if (fd < 0)
		check(0, "open %s: %s", path, strerror(errno));
	return fd;
}

/* A setting from the kernel command line (init's environment), or `def`. */
static inline unsigned long setting(const char *name, unsigned long def)
{
	const char *v = getenv(name);

	return v && *v ? strtoul(v, NULL, 0) : def;
}

/* Guest time in nanoseconds (the simulated time under -icount). */
static inline unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

#endif /* ACALSIM_CHECK_H */
