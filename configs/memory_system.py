# SPDX-License-Identifier: BSD-3-Clause
# The DMA engine in SST's memory system: its copies go as StandardMem requests through an L1
# and an L2 cache (memHierarchy.Cache) to a memHierarchy.MemController whose backing store is
# the guest's RAM itself (QEMU's RAM is a shared file the controller maps), so what
# memHierarchy's caches and memory model take is what the copy takes, and no DMA byte crosses
# the QEMU link. The engine writes back and drops its lines before it signals completion.
#
#   guest (QEMU) --device_port--> dma0 --StandardMem--> l1 --> l2 --> memory (simpleMem | timingDRAM)
#          (--stdmem: --memory slot--> memHierarchy.Bus --> dma0's iface)
#        \\____________________ the same RAM (ram_file) ___________________/ backing store
#
#   sst configs/memory_system.py [-- --arch rv64] [--firmware ELF] [--backend simpleMem|timingDRAM]
#                                  [--memory-latency 100ns] [--l1-size 8KiB] [--l2-size 64KiB]
#                                  [--bandwidth 1GB/s] [--cache-policy invalidate|keep] [--stdmem] [--stats FILE.csv] [--trace FILE.json] [--verbose N]
#
# It needs sst-elements' memHierarchy (scripts/run.sh builds it for the embedded engine).
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_memory import behind_caches  # noqa: E402
from acalsim_paths import firmware, guest_ram_file  # noqa: E402

parser = argparse.ArgumentParser(prog="memory_system.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--firmware", help="guest ELF (default: the dma_copy test for --arch)")
parser.add_argument("--backend", choices=["simpleMem", "timingDRAM"], default="simpleMem")
parser.add_argument("--memory-latency", default="100ns", help="simpleMem's access_time")
parser.add_argument("--l1-size", default="8KiB")
parser.add_argument("--l2-size", default="64KiB")
parser.add_argument("--bandwidth", default="1GB/s", help="the DMA engine's own limit")
parser.add_argument("--cache-policy", choices=["invalidate", "keep"], default="invalidate",
                    help="the DMA engine's lines after a copy: dropped, or kept (a repeated copy hits)")
parser.add_argument("--stdmem", action="store_true",
                    help="the guest reaches the engine's registers as a StandardMem endpoint too (the bridge's "
                         "memory slot, a memHierarchy.Bus, the engine's iface slot): no interrupt, the firmware "
                         "polls (default firmware: dma_timing)")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
parser.add_argument("--verbose", default="0")
args = parser.parse_args()

RAM_MIB = 128
ram = guest_ram_file()

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": args.firmware or firmware(args.arch, "dma_timing" if args.stdmem else "dma_copy"),
    "memory": f"{RAM_MIB}M",
    "ram_file": ram,
    "sync_quantum": "1us",
    "trace": args.trace,
    "verbose": args.verbose,
})
dma = sst.Component("dma0", "acalsim.DMAEngine")
dma.addParams({"bandwidth": args.bandwidth, "chunk_size": 256, "cache_policy": args.cache_policy,
               "verbose": args.verbose})
if args.stdmem:
    qemu.addParams({"stdmem_bases": "[0x10200000]", "stdmem_sizes": "[4096]"})
    bus = sst.Component("bus", "memHierarchy.Bus")
    bus.addParams({"bus_frequency": "1GHz"})
    sst.Link("qemu_bus").connect((qemu.setSubComponent("memory", "memHierarchy.standardInterface"), "lowlink", "1ns"),
                                 (bus, "highlink0", "1ns"))
    sst.Link("bus_dma").connect((bus, "lowlink0", "1ns"),
                                (dma.setSubComponent("iface", "memHierarchy.standardInterface"), "lowlink", "1ns"))
else:
    qemu.addParams({"irq": 12})  # PLIC source of the DMA engine's interrupt line
    sst.Link("qemu_dma").connect((qemu, "device_port", "1ns"), (dma, "cpu_port", "1ns"))
behind_caches(dma, ram, RAM_MIB, args.backend, args.memory_latency, args.l1_size, args.l2_size)

sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
