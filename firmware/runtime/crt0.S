/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Bare-metal start-up for QEMU virt with -bios none: every hart enters here
 * in M-mode. Hart 0 runs the program; the others wait.
 */
#if __riscv_xlen == 64
#define STORE sd
#define LOAD  ld
#define REGBYTES 8
#else
#define STORE sw
#define LOAD  lw
#define REGBYTES 4
#endif
#define SECONDARY_STACK 16384 /* each further hart's stack, below hart 0's */

    .section .text.init, "ax"
    .global _start
_start:
    /* 1. Interrupts off until the program asks for them. */
    csrci   mstatus, 0x8
    csrw    mie, zero

    /* 2. Trap vector: interrupts go to their handlers; any exception ends the run with a report. */
    la      t0, __trap_entry
    csrw    mtvec, t0

    /* 3. Global pointer, for gp-relative access to small data. */
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    /* Hart 0 sets up the program; the others wait in `secondary`. */
    csrr    t0, mhartid
    bnez    t0, secondary

    /* 4. Stack. */
    la      sp, __stack_top

    /* 5. Copy .data and .tdata from their load addresses (ROM) to RAM. */
    la      a0, __data_start
    la      a1, __data_end
    la      a2, __data_load
    call    copy_words
    la      a0, __tdata_start
    la      a1, __tdata_end
    la      a2, __tdata_load
    call    copy_words

    /* 6. Clear .tbss and .bss (adjacent). */
    la      t0, __tbss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:
    /* Thread pointer: picolibc keeps errno in TLS. */
    la      tp, __tdata_start

    /* 7. main(0, NULL). */
    li      a0, 0
    li      a1, 0
    call    main

    /* 8. Its return value ends the run. */
    call    fw_exit

park:
    wfi
    j       park

/* Further harts wait until hart 0 publishes an entry point (fw_start_secondaries),
   then run it on a stack of their own: entry(hartid). */
secondary:
    la      t1, fw_secondary_entry
1:  LOAD    t2, 0(t1)
    beqz    t2, 1b
    la      sp, __stack_top
    li      t3, SECONDARY_STACK
    mul     t3, t3, t0
    sub     sp, sp, t3
    la      tp, __tdata_start
    mv      a0, t0
    jalr    t2
    j       park

/* copy_words(dst=a0, dst_end=a1, src=a2): word copy, both ends 4-byte aligned. */
copy_words:
1:  bgeu    a0, a1, 2f
    lw      t0, 0(a2)
    sw      t0, 0(a0)
    addi    a0, a0, 4
    addi    a2, a2, 4
    j       1b
2:  ret

/* Traps: caller-saved registers are kept, fw_trap (C) handles the trap,
   and an interrupt returns to the interrupted code; exceptions end the run. */
    .balign 4
__trap_entry:
    addi    sp, sp, -16 * REGBYTES
    STORE   ra,  0 * REGBYTES(sp)
    STORE   t0,  1 * REGBYTES(sp)
    STORE   t1,  2 * REGBYTES(sp)
    STORE   t2,  3 * REGBYTES(sp)
    STORE   a0,  4 * REGBYTES(sp)
    STORE   a1,  5 * REGBYTES(sp)
    STORE   a2,  6 * REGBYTES(sp)
    STORE   a3,  7 * REGBYTES(sp)
    STORE   a4,  8 * REGBYTES(sp)
    STORE   a5,  9 * REGBYTES(sp)
    STORE   a6, 10 * REGBYTES(sp)
    STORE   a7, 11 * REGBYTES(sp)
    STORE   t3, 12 * REGBYTES(sp)
    STORE   t4, 13 * REGBYTES(sp)
    STORE   t5, 14 * REGBYTES(sp)
    STORE   t6, 15 * REGBYTES(sp)
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    fw_trap
    LOAD    ra,  0 * REGBYTES(sp)
    LOAD    t0,  1 * REGBYTES(sp)
    LOAD    t1,  2 * REGBYTES(sp)
    LOAD    t2,  3 * REGBYTES(sp)
    LOAD    a0,  4 * REGBYTES(sp)
    LOAD    a1,  5 * REGBYTES(sp)
    LOAD    a2,  6 * REGBYTES(sp)
    LOAD    a3,  7 * REGBYTES(sp)
    LOAD    a4,  8 * REGBYTES(sp)
    LOAD    a5,  9 * REGBYTES(sp)
    LOAD    a6, 10 * REGBYTES(sp)
    LOAD    a7, 11 * REGBYTES(sp)
    LOAD    t3, 12 * REGBYTES(sp)
    LOAD    t4, 13 * REGBYTES(sp)
    LOAD    t5, 14 * REGBYTES(sp)
    LOAD    t6, 15 * REGBYTES(sp)
    addi    sp, sp, 16 * REGBYTES
    mret
