# SPDX-License-Identifier: BSD-3-Clause
# N guests that never interact: N QEMU instances, each with its own acalsim.QEMUDevice, each
# computing 1 s of guest time (firmware compute_loop_long, no device access). They should run
# in parallel, each at one guest's speed (bench/independent_guests.sh).
#
#   sst bench/configs/independent_guests.py [-- --instances N] [--firmware ELF]
import argparse
import os
import sys

import sst

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "configs"))
from acalsim_paths import firmware  # noqa: E402

parser = argparse.ArgumentParser(prog="independent_guests.py")
parser.add_argument("--instances", type=int, default=2)
parser.add_argument("--firmware", default=firmware("rv32", "compute_loop_long"))
args = parser.parse_args()

for i in range(args.instances):
    qemu = sst.Component(f"qemu{i}", "qemubinary.QEMUBinary")
    qemu.addParams({"arch": "rv32", "binary_path": args.firmware})
    device = sst.Component(f"device{i}", "acalsim.QEMUDevice")
    sst.Link(f"link{i}").connect((qemu, "device_port", "1ns"), (device, "cpu_port", "1ns"))
