#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""A stand-in for the SST side of the MMIO protocol, for device-level tests.

  mmio_peer.py [--mode MODE] -- QEMU COMMAND with {socket} where the socket path goes

Creates a Unix socket in a private 0700 directory, starts QEMU, accepts its
connection and answers requests (protocol v1, protocol/include/sst_mmio/wire.h)
according to MODE, then exits with QEMU's exit status. Each request is logged
to stderr as "peer: read|write addr=0x... size=N [data=0x...]".

Modes:
  device           the register model of the default device (firmware/include/sst_device.h), no timing
  memory           a byte-addressed memory filling the window
  partial          'device', but each response is sent one byte at a time
  bad-magic        answers the first request with a wrong magic
  close            closes the connection at the first request
  close-mid-frame  sends half a response to the first request, then closes
  hang             never answers
  v2-leave         answers QEMU's protocol-2 HELLO (time and deadlines), lets the guest run for
                   0.5 s, closes the connection and reports how long QEMU took to exit
"""
import argparse
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import registers
import wire
from command_line import options_and_command
from wire import REQUEST as REQ, RESPONSE as RESP

REQ_MAGIC, RESP_MAGIC = wire.SST_MMIO_REQUEST_MAGIC, wire.SST_MMIO_RESPONSE_MAGIC
READ, WRITE = wire.SST_MMIO_READ, wire.SST_MMIO_WRITE
OK, BAD_ADDRESS, ACCESS = wire.SST_MMIO_STATUS_OK, wire.SST_MMIO_STATUS_BAD_ADDRESS, wire.SST_MMIO_STATUS_ACCESS
BAD_SIZE, BAD_REQUEST = wire.SST_MMIO_STATUS_BAD_SIZE, wire.SST_MMIO_STATUS_BAD_REQUEST
_REGS = registers.defines("qemu_device_regs.h")  # acalsim.QEMUDevice's map
DATA_IN, DATA_OUT, STATUS, CONTROL = (_REGS[f"SST_REG_{r}"] for r in ("DATA_IN", "DATA_OUT", "STATUS", "CONTROL"))
BUSY, READY, ERROR = (_REGS[f"SST_STATUS_{b}"] for b in ("BUSY", "DATA_READY", "ERROR"))
START, RESET = _REGS["SST_CONTROL_START"], _REGS["SST_CONTROL_RESET"]


def log(msg):
    print(f"peer: {msg}", file=sys.stderr, flush=True)


class DeviceModel:
    """Functional model of acalsim.QEMUDevice: an echo stays BUSY for two STATUS reads."""

    def __init__(self, base, size):
        self.base, self.size = base, size
        self.reset()

    def reset(self):
        self.data_in = self.data_out = self.status = self.busy_reads = 0

    def start(self):
        self.status = (self.status | BUSY) & ~READY
        self.busy_reads = 2

    def complete(self):
        if self.status & BUSY:
            self.data_out, self.status, self.busy_reads = self.data_in, (self.status & ~BUSY) | READY, 0

    def error(self, status):
        self.status |= ERROR
        return status, 0xFFFFFFFF

    def access(self, kind, addr, size, data):
        off = addr - self.base
        if not 0 <= off < self.size or off not in (DATA_IN, DATA_OUT, STATUS, CONTROL):
            return self.error(BAD_ADDRESS)
        if size != 4:
            return self.error(BAD_SIZE)
        if kind == READ:
            if off == DATA_IN:
                return OK, self.data_in
            if off == DATA_OUT:
                self.complete()  # a read while busy is answered when the operation completes
                return OK, self.data_out
            if off == STATUS:
                if self.status & BUSY:
                    self.busy_reads -= 1
                    if self.busy_reads <= 0:
                        self.complete()
                        return OK, self.status | BUSY  # this read still saw BUSY
                return OK, self.status
            return self.error(ACCESS)  # CONTROL is write-only
        if off == DATA_IN:
            self.data_in = data
            self.start()
        elif off == STATUS:
            if data & ERROR:
                self.status &= ~ERROR
        elif off == CONTROL:
            if data & RESET:
                self.reset()
            elif data & START:
                self.start()
        else:
            return self.error(ACCESS)  # DATA_OUT is read-only
        return OK, 0


class MemoryModel:
    def __init__(self, base, size):
        self.base, self.mem = base, bytearray(size)

    def access(self, kind, addr, size, data):
        off = addr - self.base
        if not 0 <= off <= len(self.mem) - size:
            return BAD_ADDRESS, 0
        if kind == WRITE:
            self.mem[off:off + size] = data.to_bytes(size, "little")
            return OK, 0
        return OK, int.from_bytes(self.mem[off:off + size], "little")


def recv_exact(conn, n):
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return buf
        buf += chunk
    return buf


def leave_running_guest(conn, qemu):
    """Protocol 2: the guest runs (no deadline), then SST goes away: QEMU must notice by itself."""
    hello = recv_exact(conn, wire.HELLO.size)
    magic = wire.HELLO.unpack(hello)[0]
    if magic != wire.SST_HELLO_MAGIC:
        log(f"expected a HELLO, got magic 0x{magic:08x}")
        return
    conn.sendall(wire.hello(wire.SST_CAP_TIME | wire.SST_CAP_DEADLINE))
    tag, fds, _, _ = socket.recv_fds(conn, 4, 1)  # QEMU's control socket
    if tag != wire.SST_CTL_TAG or len(fds) != 1:
        log(f"expected the control socket, got {tag!r} with {len(fds)} fds")
        return
    control = socket.socket(fileno=fds[0])
    # Before SST's first answer the guest syncs once, at the first quantum: no deadline after it.
    frame = recv_exact(conn, wire.MSG.size)
    if len(frame) < wire.MSG.size:
        log("QEMU closed the connection before its first sync")
        return
    sync = wire.MSG.unpack(frame)
    conn.sendall(wire.msg(wire.SST_MSG_SYNC_DONE, time_ps=sync[5], address=wire.SST_NO_DEADLINE))
    time.sleep(0.5)
    if qemu.poll() is not None:
        log(f"QEMU exited early with {qemu.returncode}")
        return
    conn.close()
    control.close()
    start = time.monotonic()
    try:
        qemu.wait(timeout=30)
    except subprocess.TimeoutExpired:
        log("QEMU still runs 30 s after the connection closed")
        return
    log(f"QEMU exited {1000 * (time.monotonic() - start):.0f} ms after the connection closed")


def serve(conn, mode, model, qemu):
    if mode == "v2-leave":
        return leave_running_guest(conn, qemu)
    while True:
        raw = recv_exact(conn, REQ.size)
        if len(raw) < REQ.size:
            if raw:
                log(f"connection closed mid-request ({len(raw)} bytes)")
            return
        magic, kind, addr, size, data = REQ.unpack(raw)
        if magic != REQ_MAGIC or kind not in (READ, WRITE) or size not in (1, 2, 4, 8):
            log(f"malformed request magic=0x{magic:08x} type={kind} size={size}")
            conn.sendall(RESP.pack(RESP_MAGIC, BAD_REQUEST, 0, 0))
            continue
        log(("read" if kind == READ else "write") + f" addr=0x{addr:x} size={size}" +
            (f" data=0x{data:x}" if kind == WRITE else ""))
        if mode == "close":
            return
        if mode == "hang":
            qemu.wait()  # QEMU must give up by itself
            return
        status, value = model.access(kind, addr, size, data)
        resp = RESP.pack(RESP_MAGIC, status, value if kind == READ else 0, 1)
        if mode == "bad-magic":
            resp = RESP.pack(0x12345678, OK, 0, 0)
        if mode == "close-mid-frame":
            conn.sendall(resp[:10])
            return
        if mode == "partial":
            for i in range(len(resp)):
                conn.sendall(resp[i:i + 1])
                time.sleep(0.0005)
        else:
            conn.sendall(resp)


def main():
    options, command = options_and_command("the QEMU command")
    p = argparse.ArgumentParser()
    p.add_argument("--mode", default="device",
                   choices=["device", "memory", "partial", "bad-magic", "close", "close-mid-frame", "hang",
                            "v2-leave"])
    p.add_argument("--base", type=lambda s: int(s, 0), default=0x10200000)
    p.add_argument("--size", type=lambda s: int(s, 0), default=0x1000)
    p.add_argument("--connect-timeout", type=float, default=30)
    args = p.parse_args(options)

    workdir = tempfile.mkdtemp(prefix="sst-peer-")  # mode 0700: no other user can reach the socket
    path = os.path.join(workdir, "mmio.sock")
    qemu = None
    try:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(path)
        server.listen(1)
        cmd = [a.replace("{socket}", path) for a in command]
        qemu = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + args.connect_timeout
        conn = None
        while conn is None:
            if qemu.poll() is not None:
                log(f"QEMU exited with {qemu.returncode} before connecting")
                return qemu.returncode
            if time.monotonic() > deadline:
                log("QEMU did not connect in time")
                return 2
            if select.select([server], [], [], 0.1)[0]:
                conn, _ = server.accept()
        model = (MemoryModel if args.mode == "memory" else DeviceModel)(args.base, args.size)
        serve(conn, args.mode, model, qemu)
        conn.close()
        return qemu.wait(timeout=60)
    finally:
        if qemu and qemu.poll() is None:
            qemu.kill()
            qemu.wait()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
