// SPDX-License-Identifier: BSD-3-Clause
/*
 * Two processes, one on each hart (-smp 2), use the echo device and the
 * compute device at once: each gets its own results back, every time.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "acalsim.h"
#include "check.h"

#define ROUNDS 200

/* Returns the number of wrong answers. */
static int hammer(int cpu)
{
	int echo = open_device("acalsim-echo0");
	int alu = open_device("acalsim-compute0");
	int wrong = 0;
	cpu_set_t set;

	if (echo < 0 || alu < 0)
		return ROUNDS;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		return ROUNDS;
	for (uint32_t i = 0; i < ROUNDS; i++) {
		uint32_t value = (uint32_t)cpu << 24 | i, out = ~value;
		struct acalsim_compute c = { .op = ACALSIM_OP_ADD, .a = value, .b = i };

		if (write(echo, &value, sizeof(value)) != sizeof(value) ||
		    read(echo, &out, sizeof(out)) != sizeof(out) || out != value)
			wrong++;
		if (ioctl(alu, ACALSIM_IOC_COMPUTE, &c) || c.result != value + i)
			wrong++;
	}
	close(echo);
	close(alu);
	return wrong;
}

int main(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	pid_t child[2];
	int wrong[2] = { -1, -1 };

	if (!check(cpus >= 2, "concurrent: %ld harts online (needs -smp 2)", cpus))
		return check_status();
	for (int i = 0; i < 2; i++) {
		child[i] = fork();
		if (child[i] == 0)
			_exit(hammer(i) ? 1 : 0);
	}
	for (int i = 0; i < 2; i++) {
		int status;

		if (child[i] > 0 && waitpid(child[i], &status, 0) == child[i] && WIFEXITED(status))
			wrong[i] = WEXITSTATUS(status);
	}
	for (int i = 0; i < 2; i++)
		check(wrong[i] == 0, "concurrent: process on hart %d got every one of %d echoes and sums right",
		      i, ROUNDS);
	return check_status();
}
