// SPDX-License-Identifier: BSD-3-Clause
/* UART-backed stdio for picolibc, program exit and the trap report. */
#include "platform.h"
#include "interrupts.h"
#include "mmio.h"

#include <stdio.h>

#define UART_THR 0 /* transmit holding register */
#define UART_LSR 5 /* line status register */
#define UART_LSR_THRE 0x20

static int uart_putc(char c, FILE *file)
{
    (void)file;
    while (!(mmio_read8(VIRT_UART0 + UART_LSR) & UART_LSR_THRE))
        ;
    mmio_write8(VIRT_UART0 + UART_THR, (uint8_t)c);
    return (unsigned char)c;
}

static FILE uart_stdio = FDEV_SETUP_STREAM(uart_putc, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdout = &uart_stdio;
FILE *const stderr = &uart_stdio;

volatile uintptr_t fw_secondary_entry; /* read by crt0's waiting harts */

void fw_start_secondaries(void (*entry)(unsigned hartid))
{
    __atomic_store_n(&fw_secondary_entry, (uintptr_t)entry, __ATOMIC_RELEASE);
}

void fw_exit(int code)
{
    fflush(stdout);
    uint32_t cmd = code == 0 ? FINISHER_PASS : ((uint32_t)code << 16) | FINISHER_FAIL;
    mmio_write32(VIRT_TEST_FINISHER, cmd);
    for (;;)
        __asm__ volatile("wfi");
}

/* picolibc's exit() ends here. */
void _exit(int code) { fw_exit(code); }

static const char *cause_name(uintptr_t cause)
{
    static const char *const names[] = {
        "instruction address misaligned", "instruction access fault", "illegal instruction", "breakpoint",
        "load address misaligned", "load access fault", "store address misaligned", "store access fault",
        "environment call from U-mode", "environment call from S-mode", "reserved", "environment call from M-mode",
        "instruction page fault", "load page fault", "reserved", "store page fault",
    };
    if (cause >> (__riscv_xlen - 1)) return "interrupt";
    return cause < sizeof(names) / sizeof(names[0]) ? names[cause] : "unknown";
}

void fw_trap(uintptr_t mcause, uintptr_t mepc, uintptr_t mtval)
{
    const uintptr_t interrupt = (uintptr_t)1 << (__riscv_xlen - 1);
    if ((mcause & interrupt) && fw_interrupt(mcause & ~interrupt)) return;
    printf("TRAP: mcause=0x%lx (%s) mepc=0x%lx mtval=0x%lx\n", (unsigned long)mcause, cause_name(mcause),
           (unsigned long)mepc, (unsigned long)mtval);
    fw_exit(FW_EXIT_TRAP);
}
