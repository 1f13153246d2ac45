#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Prints the nodes of a flattened device tree (a .dtb, e.g. QEMU's -M virt,dumpdtb=FILE)
whose compatible matches a pattern, one line each: path, compatible, reg, interrupts,
interrupt-parent (cells in hex).

  fdt_nodes.py FILE.dtb [REGEX]
"""
import re
import struct
import sys

FDT_MAGIC, BEGIN_NODE, END_NODE, PROP, NOP, END = 0xD00DFEED, 1, 2, 3, 4, 9


def nodes(blob):
    magic, _, off_struct, off_strings = struct.unpack_from(">IIII", blob, 0)
    if magic != FDT_MAGIC:
        sys.exit("fdt_nodes.py: not a flattened device tree (bad magic)")
    pos, path, props = off_struct, [], []
    while True:
        (token,) = struct.unpack_from(">I", blob, pos)
        pos += 4
        if token == BEGIN_NODE:
            end = blob.index(b"\0", pos)
            path.append(blob[pos:end].decode())
            props.append({})
            pos = (end + 4) & ~3
        elif token == END_NODE:
            yield "/".join(path) or "/", props.pop()
            path.pop()
        elif token == PROP:
            length, name_off = struct.unpack_from(">II", blob, pos)
            name = blob[off_strings + name_off:blob.index(b"\0", off_strings + name_off)].decode()
            props[-1][name] = blob[pos + 8:pos + 8 + length]
            pos = (pos + 8 + length + 3) & ~3
        elif token == NOP:
            continue
        elif token == END:
            return
        else:
            sys.exit(f"fdt_nodes.py: bad token {token} at {pos - 4}")


def cells(value):
    return " ".join(f"{c:#x}" for c in struct.unpack(f">{len(value) // 4}I", value)) if value else "-"


def main():
    blob = open(sys.argv[1], "rb").read()
    pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else ".")
    for path, props in nodes(blob):
        compatible = props.get("compatible", b"").rstrip(b"\0").replace(b"\0", b" ").decode()
        if compatible and pattern.search(compatible):
            print(f"{path} compatible={compatible} reg={cells(props.get('reg'))} "
                  f"interrupts={cells(props.get('interrupts'))} interrupt-parent={cells(props.get('interrupt-parent'))}")


if __name__ == "__main__":
    main()
