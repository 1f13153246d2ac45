// SPDX-License-Identifier: BSD-3-Clause
/* The runtime itself: .data, .rodata, .bss and TLS set up, stdio, exit status. */
#include "fwtest.h"

#include <errno.h>
#include <string.h>

static int initialized = 42;
static const char message[] = "rodata";
static uint32_t zeroed[64];
static __thread int tls_counter = 5;
static __thread int tls_zero;

int main(void)
{
    printf("hello from rv%d firmware\n", __riscv_xlen);
    check("initialized .data copied to RAM", initialized == 42);
    int all_zero = 1;
    for (unsigned i = 0; i < sizeof(zeroed) / sizeof(zeroed[0]); ++i)
        all_zero &= zeroed[i] == 0;
    check(".bss cleared", all_zero);
    check("TLS initialized", tls_counter == 5 && tls_zero == 0);
    unsigned failures_before = fwtest_failures;
    errno = EINVAL;
    check("errno (TLS) writable", errno == EINVAL);
    all_zero = 1;
    for (unsigned i = 0; i < sizeof(zeroed) / sizeof(zeroed[0]); ++i)
        all_zero &= zeroed[i] == 0;
    check("writing errno leaves .bss alone", all_zero && fwtest_failures == failures_before);
    char buf[32];
    snprintf(buf, sizeof buf, "%d-%x-%s", -7, 0xbeef, message);
    check("printf formats", strcmp(buf, "-7-beef-rodata") == 0);
    return fwtest_summary();
}
