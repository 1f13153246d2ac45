# SPDX-License-Identifier: BSD-3-Clause
# QEMUBinary + QEMUDevice with QEMUBinary params overridden from the command line:
#   sst bridge.py -- [param=value ...] [device=lib.Element] [device.param=value ...] [memory_slot=lib.SubComponent]
# Defaults: the rv32 mmio_readback firmware from $QEMU_ACALSIM_BUILD_DIR.
import os
import sys

import sst

build = os.environ["QEMU_ACALSIM_BUILD_DIR"]
params = {"arch": "rv32", "binary_path": os.path.join(build, "firmware", "rv32", "mmio_readback.elf")}
device_type = "acalsim.QEMUDevice"
device_params = {}
memory_type = None
for arg in sys.argv[1:]:
    key, _, value = arg.partition("=")
    if key == "device":
        device_type = value
    elif key == "memory_slot":  # the bridge's StandardMem slot (memory= is QEMU's -m)
        memory_type = value
    elif key.startswith("device."):
        device_params[key[len("device."):]] = value
    else:
        params[key] = value

qemu = sst.Component("qemu0", "qemubinary.QEMUBinary")
qemu.addParams(params)
if memory_type:
    qemu.setSubComponent("memory", memory_type)
device = sst.Component("device0", device_type)
device.addParams(device_params)
sst.Link("link").connect((qemu, "device_port", "1ns"), (device, "cpu_port", "1ns"))
sst.setStatisticLoadLevel(7)
sst.enableAllStatisticsForAllComponents()
