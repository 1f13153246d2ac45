#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Wall time of a Linux guest to its first user-space line and to power-off, through the
bridge and on plain QEMU (same kernel, initramfs, -icount, -smp, -seed), side by side.

  linux_boot.py --qemu QEMU_DIR --sst SST [--sst-real SST16...] [--tries N] [--tests none]

Each figure is the fastest of --tries runs, the runs of the variants interleaved so that
host drift hits them alike. Prints one line per variant and the ratios to plain QEMU.
"""
import argparse
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "configs"))
from acalsim_paths import OPENSBI, linux  # noqa: E402

FIRST_LINE = b"init: user space is up"


def timed(cmd):
    """(seconds to FIRST_LINE, seconds to exit) of one run."""
    start = time.monotonic()
    first = None
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = []
    for line in p.stdout:
        out.append(line)
        if first is None and FIRST_LINE in line:
            first = time.monotonic() - start
    status = p.wait()
    end = time.monotonic() - start
    if status != 0 or first is None:
        sys.stdout.write(b"".join(out[-20:]).decode(errors="replace"))
        sys.exit(f"linux_boot.py: {' '.join(cmd)} failed (status {status})")
    return first, end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qemu", required=True, help="directory with qemu-system-riscv64")
    ap.add_argument("--sst", required=True, help="the embedded engine's sst")
    ap.add_argument("--sst-real", help="real SST Core, one string: \"sst --add-lib-path DIR\"")
    ap.add_argument("--tries", type=int, default=5)
    ap.add_argument("--tests", default="none", help="init's tests (none: boot and power off)")
    a = ap.parse_args()

    cfg = os.path.join(REPO, "configs", "linux.py")
    append = f"console=ttyS0 earlycon acalsim_dma_ns=65536 acalsim_tests={a.tests}"
    variants = {
        "plain QEMU": [os.path.join(a.qemu, "qemu-system-riscv64"), "-M", "virt", "-bios", OPENSBI,
                       "-display", "none", "-monitor", "none", "-serial", "stdio", "-seed", "0",
                       "-kernel", linux("Image"), "-initrd", linux("initramfs.cpio"), "-append", append,
                       "-m", "256M", "-smp", "2", "-icount", "shift=0,sleep=off"],
        "bridge, embedded": [a.sst, cfg, "--", "--tests", a.tests],
    }
    if a.sst_real:
        variants["bridge, real SST 1 rank"] = a.sst_real.split() + [cfg, "--", "--tests", a.tests]
    best = {name: (float("inf"), float("inf")) for name in variants}
    for _ in range(a.tries):
        for name, cmd in variants.items():
            first, end = timed(cmd)
            best[name] = (min(best[name][0], first), min(best[name][1], end))
    base = best["plain QEMU"]
    for name, (first, end) in best.items():
        print(f"{name:24s} first user-space line {first:6.3f} s ({first / base[0]:.2f}x)   "
              f"power-off {end:6.3f} s ({end / base[1]:.2f}x)")


if __name__ == "__main__":
    main()
