// SPDX-License-Identifier: BSD-3-Clause
/* The QEMU 'virt' board as the firmware sees it. */
#ifndef FIRMWARE_PLATFORM_H
#define FIRMWARE_PLATFORM_H

#include <stdint.h>

#define VIRT_TEST_FINISHER 0x00100000UL /* sifive_test: ends QEMU with a status */
#define VIRT_UART0         0x10000000UL /* ns16550a, register shift 0 */

#define FINISHER_FAIL 0x3333u /* | (code << 16): QEMU exits with `code` */
#define FINISHER_PASS 0x5555u /* QEMU exits with 0 */

/* Exit status of a run that ended in an unexpected trap. */
#define FW_EXIT_TRAP 99

/* Starts every hart other than 0 (QEMU -smp N) at entry(hartid), each on its own
 * 16 KiB stack (up to 4 harts). They share errno. */
void fw_start_secondaries(void (*entry)(unsigned hartid));

/* Ends the run: QEMU's exit status becomes `code` (0..65535, low 8 bits seen by the shell). */
__attribute__((noreturn)) void fw_exit(int code);

#endif
