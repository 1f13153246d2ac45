# SPDX-License-Identifier: BSD-3-Clause
# Two echo devices on device_port_0/1 with QEMUBinary params from the command line.
import os
import sys

import sst

build = os.environ["QEMU_ACALSIM_BUILD_DIR"]
params = {"binary_path": os.path.join(build, "firmware", "rv32", "mmio_readback.elf")}
for arg in sys.argv[1:]:
    key, _, value = arg.partition("=")
    params[key] = value
qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams(params)
for i in range(2):
    device = sst.Component(f"device{i}", "acalsim.QEMUDevice")
    sst.Link(f"link{i}").connect((qemu, f"device_port_{i}", "1ns"), (device, "cpu_port", "1ns"))
