#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Prints every entry of a newc cpio archive (an initramfs) whose mtime is not 0, and
"N entries, M with another mtime"; exit status 1 if any. A reproducible archive has none.

  cpio_mtimes.py ARCHIVE
"""
import sys


def main():
    data = open(sys.argv[1], "rb").read()
    pos = entries = other = 0
    while pos + 110 <= len(data):
        if data[pos:pos + 6] != b"070701":
            sys.exit(f"cpio_mtimes.py: no newc header at offset {pos}")
        fields = [int(data[pos + 6 + 8 * i:pos + 14 + 8 * i], 16) for i in range(13)]
        mtime, filesize, namesize = fields[5], fields[6], fields[11]
        name = data[pos + 110:pos + 110 + namesize - 1].decode()
        if name == "TRAILER!!!":
            break
        entries += 1
        if mtime != 0:
            print(f"{name}: mtime {mtime}")
            other += 1
        pos = (pos + 110 + namesize + 3) & ~3
        pos = (pos + filesize + 3) & ~3
    print(f"{entries} entries, {other} with another mtime")
    return 1 if other or not entries else 0


if __name__ == "__main__":
    sys.exit(main())
