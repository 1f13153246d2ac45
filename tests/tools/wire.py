# SPDX-License-Identifier: BSD-3-Clause
"""The QEMU <-> SST wire format for the Python test peers, from the C headers themselves.

Every constant (magics, types, capabilities, status codes, sizes, tags) is read from the
#defines of protocol/include/sst_mmio/wire.h and shm_ring.h, so the peers cannot drift from
what QEMU and the bridge compile; the frame layouts below are checked against the headers'
sizes when this module loads.
"""
import os
import re
import struct

_INCLUDE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "protocol", "include", "sst_mmio")


def _defines(name):
    text = open(os.path.join(_INCLUDE, name)).read()
    found = {}
    for m in re.finditer(r'^#define\s+(SST_\w+)\s+(0x[0-9a-fA-F]+|\d+)u?\b', text, re.M):
        found[m.group(1)] = int(m.group(2), 0)
    for m in re.finditer(r'^#define\s+(SST_\w+)\s+"([^"]*)"', text, re.M):
        found[m.group(1)] = m.group(2).encode()
    return found


globals().update(_defines("wire.h"))
globals().update(_defines("shm_ring.h"))
SST_NO_DEADLINE = (1 << 64) - 1  # UINT64_MAX

# Packed, little-endian, as wire.h lays them out.
REQUEST = struct.Struct("<IIQIQ")        # magic, type, address, size, data
RESPONSE = struct.Struct("<IIQI")        # magic, status, data, latency
HELLO = struct.Struct("<IIIQII")         # magic, version, capabilities, quantum_ps, irq_lines, reserved
MSG = struct.Struct("<IHHIIQQQII")       # magic, type, flags, tag, payload_len, time_ps, address, data, arg0, arg1
POSTED = struct.Struct("<QQQII")         # time_ps, address, data, size, hart: one entry of MMIO_POSTED

for _layout, _size in ((REQUEST, SST_MMIO_REQUEST_SIZE), (RESPONSE, SST_MMIO_RESPONSE_SIZE),  # noqa: F821
                       (HELLO, SST_HELLO_SIZE), (MSG, SST_MSG_SIZE), (POSTED, SST_POSTED_WRITE_SIZE)):  # noqa: F821
    assert _layout.size == _size, f"a Python layout is {_layout.size} bytes, wire.h says {_size}"


def hello(capabilities, quantum_ps=0, version=None):
    return HELLO.pack(SST_HELLO_MAGIC, SST_PROTOCOL_VERSION if version is None else version,  # noqa: F821
                      capabilities, quantum_ps, 0, 0)


def msg(type_, tag=0, time_ps=0, address=0, data=0, arg0=0, arg1=0, payload_len=0):
    return MSG.pack(SST_MSG_MAGIC, type_, 0, tag, payload_len, time_ps, address, data, arg0, arg1)  # noqa: F821
