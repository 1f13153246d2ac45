// SPDX-License-Identifier: BSD-3-Clause
/* An illegal instruction: the trap handler reports it and fails the run. */
#include <stdio.h>

int main(void)
{
    printf("executing an illegal instruction\n");
    __asm__ volatile(".word 0x00000000");
    printf("not reached\n");
    return 0;
}
