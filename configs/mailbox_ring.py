# SPDX-License-Identifier: BSD-3-Clause
# Several QEMU instances, each running its own firmware, share acalsim.Mailbox
# and pass a token around a ring.
#
#   sst configs/mailbox_ring.py [-- --instances 4] [--arch rv32] [--quantum 10us] [--max-quantum 1ms]
#                               [--stats FILE.csv] [--trace trace-{name}.json]
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="mailbox_ring.py")
parser.add_argument("--instances", type=int, default=4)
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--quantum", default="10us")
parser.add_argument("--max-quantum", default="10ms", help="longest time between syncs (max_sync_quantum)")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="each guest's trace file; {name} becomes the guest's name (qemu0, ...)")
args = parser.parse_args()

mailbox = sst.Component("mailbox", "acalsim.Mailbox")
for i in range(args.instances):
    qemu = sst.Component(f"qemu{i}", "qemubinary.QEMUBinary")
    qemu.addParams({
        "arch": args.arch,
        "binary_path": firmware(args.arch, "mailbox_ring"),
        "sync_quantum": args.quantum,
        "max_sync_quantum": args.max_quantum,
        "trace": args.trace.replace("{name}", f"qemu{i}"),
    })
    sst.Link(f"link{i}").connect((qemu, "device_port", "1ns"), (mailbox, f"cpu_port_{i}", "1ns"))
sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
