// SPDX-License-Identifier: BSD-3-Clause
/* Never ends and never touches the device (the bridge waits on QEMU meanwhile). */
#include <stdio.h>

int main(void)
{
    printf("computing forever\n");
    for (volatile unsigned long i = 0;; ++i) {
    }
}
