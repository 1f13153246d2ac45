// SPDX-License-Identifier: BSD-3-Clause
/* main's return value becomes QEMU's exit status. */
#include <stdio.h>

int main(void)
{
    printf("exiting with status 7\n");
    return 7;
}
