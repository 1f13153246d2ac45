# SPDX-License-Identifier: BSD-3-Clause
# A device nobody here wrote: memHierarchy.mmioEx (sst-elements), unmodified, driven by
# firmware on QEMU through the bridge's StandardMem `memory` slot, on a merlin network as in
# memHierarchy's tests/testStdMem-mmio.py. Two mmioEx devices; device 0 also issues its own
# reads and writes to a MemController, as in testStdMem-mmio2.py.
#
#   guest --StandardMem--> standardInterface/MemNIC -- merlin.hr_router --+-- mmio0 (0x10200000) --+ its own
#                                                                         +-- mmio1 (0x10201000)    | reads and
#                                                                         +-- directory -- memory <-+ writes
#                                                                         +-- scratch (0x10300000, 64 KiB)
#
#   sst configs/mmio_ex.py [-- --arch rv64] [--firmware ELF] [--dma-accesses N] [--memory-latency 100ns]
#                             [--trace FILE.json] [--verbose N]
#
# It needs sst-elements' memHierarchy and merlin (scripts/run.sh builds them for the embedded engine).
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="mmio_ex.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--firmware", help="guest ELF (default: the mmio_ex test for --arch)")
parser.add_argument("--dma-accesses", type=int, default=40, help="reads and writes mmio0 makes to memory itself")
parser.add_argument("--memory-latency", default="100ns", help="simpleMem access_time of both memories")
parser.add_argument("--verbose", default="0", help="the bridge's: 2 prints every access")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
args = parser.parse_args()

MMIO_BASES = [0x10200000, 0x10201000]  # firmware/include/mmio_ex.h
SCRATCH_BASE, SCRATCH_SIZE = 0x10300000, 0x10000
MEMORY_END = 1023  # mmioEx's own accesses go to [0, max_addr]
CLOCK = "2GHz"
NETWORK_BW = "25GB/s"
GUEST_GROUP, MMIO_GROUP, MEMORY_GROUP, SCRATCH_GROUP = 0, 1, 2, 3

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": args.firmware or firmware(args.arch, "mmio_ex"),
    "stdmem_bases": str(MMIO_BASES + [SCRATCH_BASE]),
    "stdmem_sizes": str([4, 4, SCRATCH_SIZE]),  # the 32-bit register each device claims, the memory
    "trace": args.trace,
    "verbose": args.verbose,
})
guest_iface = qemu.setSubComponent("memory", "memHierarchy.standardInterface")
guest_nic = guest_iface.setSubComponent("lowlink", "memHierarchy.MemNIC")
guest_nic.addParams({"group": GUEST_GROUP, "destinations": [MMIO_GROUP, SCRATCH_GROUP], "network_bw": NETWORK_BW})

nics = [guest_nic]
for i, base in enumerate(MMIO_BASES):
    mmio = sst.Component(f"mmio{i}", "memHierarchy.mmioEx")
    mmio.addParams({"clock": CLOCK, "base_addr": base, "verbose": 0})
    if i == 0 and args.dma_accesses:
        mmio.addParams({"mem_accesses": args.dma_accesses, "max_addr": MEMORY_END})
    nic = mmio.setSubComponent("iface", "memHierarchy.standardInterface").setSubComponent("lowlink", "memHierarchy.MemNIC")
    nic.addParams({"group": MMIO_GROUP, "sources": [GUEST_GROUP], "destinations": [MEMORY_GROUP],
                   "network_bw": NETWORK_BW})
    nics.append(nic)

# As in testStdMem-mmio2.py, a directory in front of the memory: it gives mmioEx its line size.
directory = sst.Component("directory", "memHierarchy.DirectoryController")
directory.addParams({"clock": CLOCK, "coherence_protocol": "MSI", "entry_cache_size": 16384, "mshr_num_entries": 64,
                     "addr_range_end": MEMORY_END})
dir_nic = directory.setSubComponent("highlink", "memHierarchy.MemNIC")
dir_nic.addParams({"group": MEMORY_GROUP, "sources": [MMIO_GROUP], "network_bw": NETWORK_BW})
nics.append(dir_nic)
memctrl = sst.Component("memory", "memHierarchy.MemController")
memctrl.addParams({"clock": "1GHz", "addr_range_end": MEMORY_END})
memctrl.setSubComponent("backend", "memHierarchy.simpleMem").addParams({"access_time": args.memory_latency,
                                                                        "mem_size": "512MiB"})
sst.Link("dir_mem").connect((directory, "lowlink", "1000ps"), (memctrl, "highlink", "1000ps"))

# Memory the guest reads and writes over StandardMem, uncached, as testStdMem-mmio.py's memory.
scratch = sst.Component("scratch", "memHierarchy.MemController")
scratch.addParams({"clock": "1GHz", "addr_range_start": SCRATCH_BASE, "addr_range_end": SCRATCH_BASE + SCRATCH_SIZE - 1})
scratch.setSubComponent("backend", "memHierarchy.simpleMem").addParams({"access_time": args.memory_latency,
                                                                        "mem_size": "64KiB"})
scratch_nic = scratch.setSubComponent("highlink", "memHierarchy.MemNIC")
scratch_nic.addParams({"group": SCRATCH_GROUP, "sources": [GUEST_GROUP], "network_bw": NETWORK_BW})
nics.append(scratch_nic)

router = sst.Component("router", "merlin.hr_router")
# A router runs at bandwidth / flit size and idles between packets: at testStdMem-mmio's 1GB/s a
# cycle is 72 ns, and a packet waits for the next one. At 72GB/s (1 GHz) a change of the memory's
# latency reaches the guest as it is.
router.addParams({"id": 0, "num_ports": len(nics), "topology": "merlin.singlerouter", "xbar_bw": "72GB/s",
                  "link_bw": "72GB/s", "flit_size": "72B", "input_buf_size": "1KB", "output_buf_size": "1KB"})
router.setSubComponent("topology", "merlin.singlerouter")
for port, nic in enumerate(nics):
    sst.Link(f"net{port}").connect((nic, "port", "1000ps"), (router, f"port{port}", "1000ps"))

sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
