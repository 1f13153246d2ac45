// SPDX-License-Identifier: BSD-3-Clause
/* Checks for firmware tests: one PASS/FAIL line each, and the run's exit status. */
#ifndef FIRMWARE_FWTEST_H
#define FIRMWARE_FWTEST_H

#include <stdint.h>
#include <stdio.h>

static unsigned fwtest_checks, fwtest_failures;

static inline int check(const char *what, int ok)
{
    ++fwtest_checks;
    if (!ok) ++fwtest_failures;
    printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    return ok;
}

static inline int check_eq(const char *what, uint64_t got, uint64_t want)
{
    ++fwtest_checks;
    if (got != want) {
        ++fwtest_failures;
        printf("FAIL: %s = 0x%llx (expected 0x%llx)\n", what, (unsigned long long)got, (unsigned long long)want);
        return 0;
    }
    printf("PASS: %s = 0x%llx\n", what, (unsigned long long)got);
    return 1;
}

/* Prints the totals; returns the exit status (0 when every check passed). */
static inline int fwtest_summary(void)
{
    printf("firmware checks: %u run, %u failed\n", fwtest_checks, fwtest_failures);
    return fwtest_failures ? 1 : 0;
}

#endif
