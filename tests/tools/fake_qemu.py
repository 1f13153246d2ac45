#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Stands in for QEMU where real QEMU cannot misbehave on demand.

QEMUBinary runs it like QEMU (qemu_path=.../fake_qemu.py). It takes the
socket from '-device sst-device,socket=PATH,...' and its behaviour from
'-fake-mode MODE' (given through QEMUBinary's qemu_args):

  bad-frames       sends requests with a bad type, a bad size and over-wide data,
                   expects status 5 for each, then a good read; exits 0 if all held
  bad-magic        sends a frame that does not start with the request magic
  close-mid-frame  sends 10 bytes of a request, then exits 0
  hang-mid-frame   sends 10 bytes of a request, then waits forever
  die              connects, then kills itself with SIGKILL
  v2-oversized     negotiates protocol 2, then sends a message announcing a 16 MiB payload
  v2-random        negotiates protocol 2, then sends 48 random bytes
  v2-no-control    negotiates protocol 2 with DEADLINE, then never passes its control socket
  v2-posted-*      negotiates protocol 2 with DEADLINE and POSTED, prints the capabilities SST
                   grants, then sends MMIO_POSTED with two posted writes to the window's first
                   register, at 1 and 2 us (-ok), at 2 and then 1 us (-backwards), or with the
                   second one to base + 0xC (-elsewhere); then syncs at 3 us and sends EXIT
  v2-deadline      negotiates protocol 2 with DEADLINE, writes DATA_IN at 1 us, syncs at 2 us,
                   prints each answer's time and deadline (and each TIME_REQ, which it leaves
                   unanswered), then sends EXIT at 50 us and exits 0
"""
import os
import re
import signal
import socket
import sys
import time

import wire
from wire import REQUEST as REQ, RESPONSE as RESP

MAGIC = wire.SST_MMIO_REQUEST_MAGIC


def main():
    args = sys.argv[1:]
    mode = args[args.index("-fake-mode") + 1]
    device = args[args.index("-device") + 1]
    # QEMU's option syntax: properties split at single commas; ",," is a comma in a value.
    fields = [f.replace(",,", ",") for f in re.split(r"(?<!,),(?!,)", device)]
    props = dict(p.split("=", 1) for p in fields[1:])
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(props["socket"])
    base = int(props["base"], 0)

    def transact(frame):
        conn.sendall(frame)
        data = b""
        while len(data) < RESP.size:
            chunk = conn.recv(RESP.size - len(data))
            if not chunk:
                sys.exit("fake-qemu: connection closed")
            data += chunk
        return RESP.unpack(data)

    if mode == "bad-frames":
        ok = True
        for what, frame in [("bad type", REQ.pack(MAGIC, 7, base, 4, 0)),
                            ("bad size", REQ.pack(MAGIC, 0, base, 3, 0)),
                            ("wide data", REQ.pack(MAGIC, 1, base, 1, 0x1FF))]:
            _, status, _, _ = transact(frame)
            print(f"fake-qemu: {what} -> status {status}", flush=True)
            ok &= status == 5
        _, status, data, _ = transact(REQ.pack(MAGIC, 0, base + 8, 4, 0))
        print(f"fake-qemu: good read -> status {status} data 0x{data:x}", flush=True)
        sys.exit(0 if ok and status == 0 else 1)
    if mode == "bad-magic":
        conn.sendall(b"GET / HTTP/1.0\r\n\r\n" + bytes(10))
        time.sleep(30)
    if mode in ("close-mid-frame", "hang-mid-frame"):
        conn.sendall(REQ.pack(MAGIC, 0, base, 4, 0)[:10])
        if mode == "hang-mid-frame":
            time.sleep(3600)
        sys.exit(0)
    if mode in ("v2-oversized", "v2-random"):
        conn.sendall(wire.hello(wire.SST_CAP_TIME | wire.SST_CAP_IRQ | wire.SST_CAP_DMA, 10_000_000))
        answer = conn.recv(28, socket.MSG_WAITALL)
        print(f"fake-qemu: HELLO answered with version {wire.HELLO.unpack(answer)[1]}", flush=True)
        if mode == "v2-oversized":
            conn.sendall(wire.msg(wire.SST_MSG_MMIO_READ, tag=1, payload_len=16 << 20, address=base, arg0=4))
        else:
            conn.sendall(os.urandom(48))
        time.sleep(30)
    if mode == "v2-no-control":
        conn.sendall(wire.hello(wire.SST_CAP_TIME | wire.SST_CAP_DEADLINE, 10_000_000))
        conn.recv(wire.HELLO.size, socket.MSG_WAITALL)
        time.sleep(30)
    if mode == "v2-deadline":
        conn.sendall(wire.hello(wire.SST_CAP_TIME | wire.SST_CAP_DEADLINE, 10_000_000))
        answer = conn.recv(28, socket.MSG_WAITALL)
        print(f"fake-qemu: capabilities 0x{wire.HELLO.unpack(answer)[2]:x}", flush=True)
        control, theirs = socket.socketpair()  # SST pokes our main loop through it (SST_CTL_TAG)
        socket.send_fds(conn, [wire.SST_CTL_TAG], [theirs.fileno()])
        theirs.close()

        def exchange(type_, time_ps, address=0, data=0, arg0=0):
            conn.sendall(wire.msg(type_, tag=1, time_ps=time_ps, address=address, data=data, arg0=arg0))
            while True:
                _, kind, _, _, _, t, deadline, _, _, _ = wire.MSG.unpack(conn.recv(wire.MSG.size, socket.MSG_WAITALL))
                if kind != wire.SST_MSG_TIME_REQ:  # a real QEMU would report its time when it gets there
                    break
                print(f"fake-qemu: TIME_REQ for {t} ps", flush=True)
            due = "none" if deadline == wire.SST_NO_DEADLINE else f"{deadline} ps"
            print(f"fake-qemu: answer {kind} at {t} ps, deadline {due}", flush=True)
        exchange(wire.SST_MSG_MMIO_WRITE, 1_000_000, base, 0x1234, 4)  # DATA_IN
        exchange(wire.SST_MSG_SYNC, 2_000_000)
        conn.sendall(wire.msg(wire.SST_MSG_EXIT, time_ps=50_000_000))
        sys.exit(0)
    if mode.startswith("v2-posted-"):
        conn.sendall(wire.hello(wire.SST_CAP_TIME | wire.SST_CAP_DEADLINE | wire.SST_CAP_POSTED, 10_000_000))
        answer = conn.recv(28, socket.MSG_WAITALL)
        print(f"fake-qemu: capabilities 0x{wire.HELLO.unpack(answer)[2]:x}", flush=True)
        control, theirs = socket.socketpair()
        socket.send_fds(conn, [wire.SST_CTL_TAG], [theirs.fileno()])
        theirs.close()
        times = {"v2-posted-backwards": (2_000_000, 1_000_000)}.get(mode, (1_000_000, 2_000_000))
        second = base + (0xC if mode == "v2-posted-elsewhere" else 0)
        entries = (wire.POSTED.pack(times[0], base, 0x1234, 4, 0) +
                   wire.POSTED.pack(times[1], second, 0x5678, 4, 0))
        conn.sendall(wire.msg(wire.SST_MSG_MMIO_POSTED, time_ps=times[1], arg0=2, payload_len=len(entries)) + entries)
        conn.sendall(wire.msg(wire.SST_MSG_SYNC, tag=1, time_ps=3_000_000))
        while True:
            kind = wire.MSG.unpack(conn.recv(wire.MSG.size, socket.MSG_WAITALL))[1]
            if kind == wire.SST_MSG_SYNC_DONE:
                break
        conn.sendall(wire.msg(wire.SST_MSG_EXIT, time_ps=4_000_000))
        sys.exit(0)
    if mode == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.exit(f"fake-qemu: unknown mode {mode}")


if __name__ == "__main__":
    main()
