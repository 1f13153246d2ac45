#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Checks that every source file in the repository names its license in an
SPDX-License-Identifier line within its first five lines, and that it names the
license LICENSE gives its folder. Prints each file that does not; exit status 1 if any.

  spdx_check.py REPO
"""
import os
import re
import subprocess
import sys

SOURCE = re.compile(r"(\.(c|h|cc|hpp|S|ld|py|sh|cmake|in|append|supp|patch|config)|/(CMakeLists\.txt|Makefile|"
                    r"trace-events|run))$")
# Where LICENSE makes an exception to BSD-3-Clause.
RULES = [("qemu/hw/", "GPL-2.0-or-later"), ("qemu/include/", "GPL-2.0-or-later"),
         ("qemu/patches/", "GPL-2.0-or-later"), ("linux/driver/", "GPL-2.0"),
         ("linux/uapi/", "GPL-2.0 WITH Linux-syscall-note")]


def expected(path):
    return next((lic for prefix, lic in RULES if path.startswith(prefix)), "BSD-3-Clause")


def main():
    repo = sys.argv[1]
    files = subprocess.run(["git", "-C", repo, "ls-files"], stdout=subprocess.PIPE, text=True, check=True).stdout.split()
    bad = 0
    checked = 0
    for path in files:
        if not SOURCE.search("/" + path):
            continue
        checked += 1
        with open(os.path.join(repo, path), encoding="utf-8", errors="replace") as f:
            head = "".join(f.readline() for _ in range(5))
        m = re.search(r"SPDX-License-Identifier: ([^*\n]+?)\s*(\*/)?$", head, re.M)
        if not m:
            print(f"{path}: no SPDX-License-Identifier in its first five lines")
            bad += 1
        elif m.group(1) != expected(path):
            print(f"{path}: SPDX-License-Identifier is '{m.group(1)}', LICENSE says '{expected(path)}'")
            bad += 1
    print(f"{checked} source files checked, {bad} without the right SPDX line")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
