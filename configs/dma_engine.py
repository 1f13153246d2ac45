# SPDX-License-Identifier: BSD-3-Clause
# A DMA engine behind QEMU: the firmware starts a copy and sleeps (WFI) until
# the completion interrupt, which travels SST -> bridge -> sst-device -> PLIC.
#
#   sst configs/dma_engine.py [-- --arch rv64] [--bandwidth 1GB/s] [--quantum 1us] [--firmware ELF]
#                             [--posted] [--stats FILE.csv] [--trace FILE.json]
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="dma_engine.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--bandwidth", default="1GB/s")
parser.add_argument("--quantum", default="1us", help="sync quantum: the interrupt is at most this late")
parser.add_argument("--posted", action="store_true",
                    help="the guest posts its writes to SRC, DST and LEN (the engine's posted_writes)")
parser.add_argument("--firmware")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
parser.add_argument("--verbose", default="0")
args = parser.parse_args()

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": args.firmware or firmware(args.arch, "dma_copy"),
    "irq": 12,  # PLIC source of the DMA engine's interrupt line
    "sync_quantum": args.quantum,
    "trace": args.trace,
    "verbose": args.verbose,
})
dma = sst.Component("dma0", "acalsim.DMAEngine")
dma.addParams({"bandwidth": args.bandwidth, "chunk_size": 256, "posted_writes": args.posted, "verbose": args.verbose})
sst.Link("qemu_dma_link").connect((qemu, "device_port", "1ns"), (dma, "cpu_port", "1ns"))
sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
