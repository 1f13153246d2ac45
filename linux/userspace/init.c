// SPDX-License-Identifier: BSD-3-Clause
/*
 * /init of the acalsim initramfs: mounts /dev, /proc and /sys, loads the
 * acalsim module, runs the test programs in /bin one after another (each
 * prints PASS/FAIL lines), and ends the machine with the result: power-off
 * when every test passed, else the virt test finisher with the number of
 * failed tests as QEMU's exit status, which the bridge makes sst's.
 *
 * Kernel command line (unknown parameters reach init as environment):
 *   acalsim_tests=echo,compute,...   which tests to run (default: all; none: boot only)
 *   acalsim_dma_ns=N                 dma_test's expected copy time
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>

#include "module.h"

#define VIRT_TEST_FINISHER	0x100000
#define FINISHER_FAIL		0x3333	/* | code << 16: QEMU exits with code */

static const char *const all_tests[] = { "echo", "compute", "dma", "concurrent", "reload" };

static int wanted(const char *list, const char *test)
{
	size_t n = strlen(test);

	if (!list || !*list)
		return 1;
	for (const char *p = list; (p = strstr(p, test)); p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* Runs /bin/<test>_test; returns its exit status (or 128 + signal). */
static int run(const char *test)
{
	char path[64];
	int status;
	pid_t pid;

	snprintf(path, sizeof(path), "/bin/%s_test", test);
	pid = fork();
	if (pid == 0) {
		execl(path, path, (char *)NULL);
		printf("FAIL: %s: cannot run %s: %s\n", test, path, strerror(errno));
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return 127;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void __attribute__((noreturn)) end(int failed)
{
	sync();
	if (failed) {
		int fd = open("/dev/mem", O_RDWR | O_SYNC);
		volatile uint32_t *finisher = fd < 0 ? MAP_FAILED :
			mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, VIRT_TEST_FINISHER);

		if (finisher != MAP_FAILED)
			*finisher = (uint32_t)failed << 16 | FINISHER_FAIL;
		printf("init: cannot end the machine with a failure status (/dev/mem: %s)\n",
		       strerror(errno));
	}
	reboot(RB_POWER_OFF);
	for (;;)
		pause();
}

int main(void)
{
	const char *tests = getenv("acalsim_tests");
	int failed = 0, ret;

	setvbuf(stdout, NULL, _IONBF, 0);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	printf("init: user space is up\n");
	if (tests && strcmp(tests, "none") == 0)
		end(0);

	ret = load_acalsim();
	if (ret) {
		printf("FAIL: init: cannot load %s: %s\n", ACALSIM_MODULE_PATH, strerror(-ret));
		end(1);
	}
	for (size_t i = 0; i < sizeof(all_tests) / sizeof(all_tests[0]); i++) {
		if (!wanted(tests, all_tests[i]))
			continue;
		ret = run(all_tests[i]);
		printf("init: %s_test %s\n", all_tests[i], ret ? "FAILED" : "passed");
		failed += ret != 0;
	}
	printf("init: %d test program(s) failed\n", failed);
	end(failed);
}
