# SPDX-License-Identifier: BSD-3-Clause
# Several devices behind one QEMU: the echo device (device_port_0 at 0x10200000)
# and two ComputeDevices (0x10300000, 0x10400000) joined by their peer ports.
#
#   sst configs/multi_device.py [-- --arch rv64] [--firmware ELF] [--peer-latency 50ns] [--trace FILE.json]
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="multi_device.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--firmware")
parser.add_argument("--peer-latency", default="50ns")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
args = parser.parse_args()

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": args.firmware or firmware(args.arch, "multi_device"),
    "device_bases": "[0x10200000, 0x10300000, 0x10400000]",
    "device_sizes": "[4096, 4096, 4096]",
    "trace": args.trace,
})
echo = sst.Component("echo", "acalsim.QEMUDevice")
echo.addParams({"base_addr": "0x10200000"})
alu = [sst.Component(f"alu{i}", "acalsim.ComputeDevice") for i in (1, 2)]
alu[0].addParams({"base_addr": "0x10300000", "compute_latency": 5})
alu[1].addParams({"base_addr": "0x10400000", "compute_latency": 5})

for port, device in enumerate([echo] + alu):
    sst.Link(f"qemu_dev{port}").connect((qemu, f"device_port_{port}", "1ns"), (device, "cpu_port", "1ns"))
sst.Link("peer").connect((alu[0], "peer_port", args.peer_latency), (alu[1], "peer_port", args.peer_latency))
sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
