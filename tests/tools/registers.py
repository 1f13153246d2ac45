# SPDX-License-Identifier: BSD-3-Clause
"""A device's register map for the Python test peers, from registers/NAME_regs.h itself, so
that a peer standing in for a device cannot drift from what the model, the firmware and the
driver compile."""
import os
import re

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "registers")


def defines(header):
    """{name: value} of the header's numeric #defines: 0x1Cu, 28 or (1u << 3)."""
    values = {}
    text = open(os.path.join(_DIR, header)).read()
    for m in re.finditer(r"^#define\s+(\w+)\s+(?:(0x[0-9a-fA-F]+|\d+)u?|\(1u << (\d+)\))", text, re.M):
        values[m.group(1)] = int(m.group(2), 0) if m.group(2) else 1 << int(m.group(3))
    return values
