/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * acalsim.ComputeDevice, an ALU with a peer link:
 *   0x00 A, 0x04 B       RW  operands
 *   0x08 OP              RW  CD_OP_ADD, _SUB, _MUL, _DIV
 *   0x0C RESULT          R   the last operation's result
 *   0x10 STATUS          R   bit0 BUSY, bit1 READY, bit2 ERROR (bad OP, divide by zero), bit3 PEER_VALID
 *   0x14 CONTROL         W   bit0 TRIGGER runs OP, bit1 RESET
 *   0x18 PEER_OUT        W   sends the value to the peer device
 *   0x1C PEER_IN         R   the last value from the peer (clears PEER_VALID)
 */
#ifndef ACALSIM_COMPUTE_DEVICE_REGS_H
#define ACALSIM_COMPUTE_DEVICE_REGS_H

#define CD_A        0x00u
#define CD_B        0x04u
#define CD_OP       0x08u
#define CD_RESULT   0x0Cu
#define CD_STATUS   0x10u
#define CD_CONTROL  0x14u
#define CD_PEER_OUT 0x18u
#define CD_PEER_IN  0x1Cu
#define CD_REGS_SIZE 0x20u /* bytes the registers span */

#define CD_OP_ADD 0u
#define CD_OP_SUB 1u
#define CD_OP_MUL 2u
#define CD_OP_DIV 3u

#define CD_STATUS_BUSY       (1u << 0)
#define CD_STATUS_READY      (1u << 1)
#define CD_STATUS_ERROR      (1u << 2)
#define CD_STATUS_PEER_VALID (1u << 3)
#define CD_CONTROL_TRIGGER   (1u << 0)
#define CD_CONTROL_RESET     (1u << 1)

#endif
