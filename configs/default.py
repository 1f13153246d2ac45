# SPDX-License-Identifier: BSD-3-Clause
# The default co-simulation: a RISC-V firmware on QEMU drives acalsim.QEMUDevice
# through qemubinary.QEMUBinary.
#
#   sst configs/default.py [-- --arch rv64] [--firmware ELF] [--echo-latency CYCLES]
#                             [--access-latency CYCLES] [--protocol 1|2] [--stats FILE.csv] [--trace FILE.json]
#                             [--verbose N] [--stdmem]
#
# Without --firmware it runs the register test suite (firmware/tests/mmio_registers.c)
# from the build directory ($QEMU_ACALSIM_BUILD_DIR, default build/ in the repository).
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # sst does not put the config's folder there
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="default.py")
parser.add_argument("--arch", choices=["rv32", "rv64"], default="rv32")
parser.add_argument("--firmware", help="guest ELF (default: the mmio_registers test for --arch)")
parser.add_argument("--echo-latency", default="10", help="device cycles an echo keeps the device busy")
parser.add_argument("--verbose", default="0")
parser.add_argument("--access-latency", default="1", help="device cycles of a register access")
parser.add_argument("--protocol", default="2", choices=["1", "2"], help="2: guest time is simulated time")
parser.add_argument("--stdmem", action="store_true",
                    help="reach the device as a StandardMem endpoint: the bridge's memory slot, a memHierarchy.Bus "
                         "and the device's iface slot instead of device_port (needs sst-elements' memHierarchy)")
parser.add_argument("--stats", help="write statistics to this CSV file instead of the console")
parser.add_argument("--trace", default="", help="write a Trace Event Format trace (ui.perfetto.dev) to this file")
args = parser.parse_args()
firmware = args.firmware or firmware(args.arch, "mmio_registers")

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams({
    "arch": args.arch,
    "binary_path": firmware,
    "device_base": "0x10200000",
    "device_size": "4096",
    "protocol": args.protocol,
    "trace": args.trace,
    "verbose": args.verbose,
})

device = sst.Component("device0", "acalsim.QEMUDevice")
device.addParams({
    "clock": "1GHz",
    "base_addr": "0x10200000",
    "size": "4096",
    "echo_latency": args.echo_latency,
    "access_latency": args.access_latency,
    "verbose": args.verbose,
})

if args.stdmem:
    qemu.addParams({"stdmem_bases": "[0x10200000]", "stdmem_sizes": "[4096]"})
    bus = sst.Component("bus", "memHierarchy.Bus")
    bus.addParams({"bus_frequency": "1GHz"})
    qemu_iface = qemu.setSubComponent("memory", "memHierarchy.standardInterface")
    device_iface = device.setSubComponent("iface", "memHierarchy.standardInterface")
    sst.Link("qemu_bus").connect((qemu_iface, "lowlink", "1ns"), (bus, "highlink0", "1ns"))
    sst.Link("bus_device").connect((bus, "lowlink0", "1ns"), (device_iface, "lowlink", "1ns"))
else:
    sst.Link("qemu_device_link").connect((qemu, "device_port", "1ns"), (device, "cpu_port", "1ns"))
sst.setStatisticLoadLevel(7)  # SST records no statistic at its default level 0
sst.enableAllStatisticsForAllComponents()
if args.stats:
    sst.setStatisticOutput("sst.statOutputCSV", {"filepath": args.stats})
