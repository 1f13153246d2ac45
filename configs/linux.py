# SPDX-License-Identifier: BSD-3-Clause
# A Linux guest (rv64, two harts) drives three SST device models through the
# project's kernel driver (linux/driver): the echo device, a ComputeDevice and a
# DMAEngine. sst-device publishes a device-tree node for each, the driver finds
# them there, and the initramfs's init runs the user-space tests (PASS/FAIL
# lines); sst exits with their result.
#
#   sst configs/linux.py [-- --tests echo,compute,dma,concurrent,reload|none]
#       [--dma-bandwidth 1GB/s] [--smp 2] [--memory 256M] [--append WORDS]
#       [--kernel Image] [--initrd initramfs.cpio] [--bios fw_dynamic.bin] [--stats FILE]
#       [--trace FILE.json] [--memory-system]
import argparse
import math
import os
import re
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import OPENSBI, linux  # noqa: E402

parser = argparse.ArgumentParser(prog="linux.py")
parser.add_argument("--kernel", default=linux("Image"))
parser.add_argument("--initrd", default=linux("initramfs.cpio"))
parser.add_argument("--bios", default=OPENSBI, help="SBI firmware (OpenSBI's fw_dynamic.bin)")
parser.add_argument("--memory", default="256M")
parser.add_argument("--smp", type=int, default=2, help="harts (the concurrency test needs 2)")
parser.add_argument("--tests", default="", help="comma-separated tests for init to run (default: all; none: boot only)")
parser.add_argument("--dma-bandwidth", default="1GB/s")
parser.add_argument("--memory-system", action="store_true",
                    help="the DMA engine's copies through L1, L2 and a MemController over the guest's RAM "
                         "(configs/acalsim_memory.py; needs sst-elements' memHierarchy)")
parser.add_argument("--posted", action="store_true",
                    help="the guest posts its writes to the DMA engine's and compute device's configuration registers")
parser.add_argument("--append", default="", help="more kernel command line words")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
parser.add_argument("--verbose", default="0")
args = parser.parse_args()


def bytes_per_second(bandwidth):
    m = re.fullmatch(r"\s*([0-9.]+)\s*([kKMGT]?)(i?)B/s\s*", bandwidth)
    if not m:
        sys.exit(f"linux.py: --dma-bandwidth '{bandwidth}' is not like 1GB/s")
    power = " kMGT".index(m.group(2).replace("K", "k") or " ")
    return float(m.group(1)) * (1024 if m.group(3) else 1000) ** power


DMA_BYTES = 65536  # dma_test copies one whole driver buffer (ACALSIM_DMA_BUFFER_SIZE)
dma_ns = math.ceil(DMA_BYTES / bytes_per_second(args.dma_bandwidth) * 1e9)
# panic=-1 with QEMU's -no-reboot: a kernel panic ends the run at once instead of hanging.
cmdline = ["console=ttyS0", "earlycon", "panic=-1", f"acalsim_dma_ns={dma_ns}"]
if args.tests:
    cmdline.append(f"acalsim_tests={args.tests}")
cmdline += args.append.split()

# Each device's window; device N's interrupt line is PLIC source 12 + N.
ECHO, COMPUTE, DMA = 0x10200000, 0x10201000, 0x10202000
qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": "rv64",
    "binary_path": args.kernel,
    "bios": args.bios,
    "initrd": args.initrd,
    "append": " ".join(cmdline),
    "memory": args.memory,
    "qemu_args": f"-smp {args.smp} -no-reboot",
    "device_bases": f"[{ECHO:#x}, {COMPUTE:#x}, {DMA:#x}]",
    "irq": 12,
    "trace": args.trace,
    "verbose": args.verbose,
})
echo = sst.Component("echo0", "acalsim.QEMUDevice")
echo.addParams({"base_addr": ECHO})
alu = sst.Component("compute0", "acalsim.ComputeDevice")
alu.addParams({"base_addr": COMPUTE, "posted_writes": args.posted})
dma = sst.Component("dma0", "acalsim.DMAEngine")
dma.addParams({"base_addr": DMA, "bandwidth": args.dma_bandwidth, "posted_writes": args.posted})
if args.memory_system:
    from acalsim_memory import behind_caches  # noqa: E402
    from acalsim_paths import guest_ram_file  # noqa: E402
    ram = guest_ram_file()
    # The engine can promise no interrupt only until the bandwidth would let it finish; then the
    # memory system decides, and the guest stops every quantum: 1 us keeps the interrupt that close.
    qemu.addParams({"ram_file": ram, "sync_quantum": "1us"})
    if not re.fullmatch(r"[0-9]+M", args.memory):
        sys.exit(f"linux.py: --memory '{args.memory}' is not in MiB like 256M (the MemController's size)")
    behind_caches(dma, ram, int(args.memory[:-1]))
for port, device in enumerate([echo, alu, dma]):
    sst.Link(f"qemu_dev{port}").connect((qemu, f"device_port_{port}", "1ns"), (device, "cpu_port", "1ns"))
sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
