# SPDX-License-Identifier: BSD-3-Clause
# The DMA engine in SST's memory system: its copies go as StandardMem requests through an L1
# and an L2 cache (memHierarchy.Cache) to a memHierarchy.MemController whose backing store is
# the guest's RAM itself (QEMU's RAM is a shared file the controller maps), so what
# memHierarchy's caches and memory model take is what the copy takes, and no DMA byte crosses
# the QEMU link. The engine writes back and drops its lines before it signals completion.
#
#   guest (QEMU) --device_port--> dma0 --StandardMem--> l1 --> l2 --> memory (simpleMem | timingDRAM)
#        \\____________________ the same RAM (ram_file) ___________________/ backing store
#
#   sst configs/memory_system.py [-- --arch rv64] [--firmware ELF] [--backend simpleMem|timingDRAM]
#                                  [--memory-latency 100ns] [--l1-size 8KiB] [--l2-size 64KiB]
#                                  [--bandwidth 1GB/s] [--stats FILE.csv] [--trace FILE.json] [--verbose N]
#
# It needs sst-elements' memHierarchy (scripts/run.sh builds it for the embedded engine).
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware, guest_ram_file  # noqa: E402

parser = argparse.ArgumentParser(prog="memory_system.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--firmware", help="guest ELF (default: the dma_copy test for --arch)")
parser.add_argument("--backend", choices=["simpleMem", "timingDRAM"], default="simpleMem")
parser.add_argument("--memory-latency", default="100ns", help="simpleMem's access_time")
parser.add_argument("--l1-size", default="8KiB")
parser.add_argument("--l2-size", default="64KiB")
parser.add_argument("--bandwidth", default="1GB/s", help="the DMA engine's own limit")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
parser.add_argument("--verbose", default="0")
args = parser.parse_args()

RAM_BASE, RAM_MIB = 0x80000000, 128  # QEMU virt's RAM
ram = guest_ram_file()

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": args.firmware or firmware(args.arch, "dma_copy"),
    "memory": f"{RAM_MIB}M",
    "ram_file": ram,
    "irq": 12,  # PLIC source of the DMA engine's interrupt line
    "sync_quantum": "1us",
    "trace": args.trace,
    "verbose": args.verbose,
})
dma = sst.Component("dma0", "acalsim.DMAEngine")
dma.addParams({"bandwidth": args.bandwidth, "chunk_size": 256, "verbose": args.verbose,
               "memory_addr_range_start": RAM_BASE, "memory_addr_range_end": RAM_BASE + RAM_MIB * 2**20 - 1})
sst.Link("qemu_dma").connect((qemu, "device_port", "1ns"), (dma, "cpu_port", "1ns"))
dma_iface = dma.setSubComponent("memory", "memHierarchy.standardInterface")


def cache(name, size, latency_cycles, l1):
    c = sst.Component(name, "memHierarchy.Cache")
    c.addParams({"cache_frequency": "1GHz", "cache_size": size, "cache_line_size": 64, "associativity": 8,
                 "access_latency_cycles": latency_cycles, "replacement_policy": "lru", "coherence_protocol": "MESI",
                 "L1": int(l1)})
    return c


l1 = cache("l1", args.l1_size, 2, True)
l2 = cache("l2", args.l2_size, 10, False)
memctrl = sst.Component("memory", "memHierarchy.MemController")
memctrl.addParams({"clock": "1GHz", "addr_range_start": RAM_BASE, "addr_range_end": RAM_BASE + RAM_MIB * 2**20 - 1,
                   "backing": "mmap", "backing_out_file": ram})
if args.backend == "simpleMem":
    memctrl.setSubComponent("backend", "memHierarchy.simpleMem").addParams(
        {"mem_size": f"{RAM_MIB}MiB", "access_time": args.memory_latency})
else:  # memHierarchy's sdl-3.py DRAM, one channel
    dram = memctrl.setSubComponent("backend", "memHierarchy.timingDRAM")
    dram.addParams({"mem_size": f"{RAM_MIB}MiB", "id": 0, "addrMapper": "memHierarchy.roundRobinAddrMapper",
                    "addrMapper.interleave_size": "64B", "addrMapper.row_size": "1KiB", "channels": 1,
                    "channel.numRanks": 2, "channel.rank.numBanks": 8, "channel.transaction_Q_size": 32,
                    "channel.rank.bank.CL": 14, "channel.rank.bank.CL_WR": 12, "channel.rank.bank.RCD": 14,
                    "channel.rank.bank.TRP": 14, "channel.rank.bank.dataCycles": 2,
                    "channel.rank.bank.pagePolicy": "memHierarchy.simplePagePolicy",
                    "channel.rank.bank.transactionQ": "memHierarchy.reorderTransactionQ"})
    dram.setSubComponent("transactionQ", "memHierarchy.reorderTransactionQ")
    dram.setSubComponent("pagePolicy", "memHierarchy.simplePagePolicy").addParams({"close": 0})

sst.Link("dma_l1").connect((dma_iface, "lowlink", "1ns"), (l1, "highlink", "1ns"))
sst.Link("l1_l2").connect((l1, "lowlink", "1ns"), (l2, "highlink", "1ns"))
sst.Link("l2_memory").connect((l2, "lowlink", "1ns"), (memctrl, "highlink", "1ns"))

sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
