#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The bridge measured against its limits (issue 7). Prints:
#  1. MMIO round trips/s and p50/p99 through QEMU, the bridge, the engine and a
#     zero-latency device, for the unix and shm transports (protocol 1: no icount);
#  2. the same loop on an in-process device (sst-device loopback=on): the ceiling; and
#     the floor under any bridge: bare ping-pong over a socket pair and over the rings
#     (bench/transport_floor.cc);
#  3. guest instructions/s of a compute-only firmware without and with the bridge
#     (protocol 2, -icount): the idle overhead, with a device that says it only answers
#     (the default: the guest never stops; SST asks for its time every max_sync_quantum,
#     10 ms) and with one that does not (announce=false: a sync every 10 us quantum).
# Start-up is cancelled by differencing a short and a long run of each (best of 3 each).
#   bench/bridge.sh [REPEATS]
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
repeats=${1:-3}
QEMU_RUN=("$QEMU_DIR/qemu-system-riscv32" -M virt -bios none -display none -serial stdio -monitor none)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

cat >"$work/loop.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "protocol": "1", "transport": sys.argv[2],
             "report_wall_latency": sys.argv[3] if len(sys.argv) > 3 else "false"})
d = sst.Component("device0", "acalsim.QEMUDevice")
d.addParams({"access_latency": "0"})
sst.Link("l").connect((q, "device_port", "0ns"), (d, "cpu_port", "0ns"))
PY
cat >"$work/idle.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "transport": sys.argv[2]})
d = sst.Component("device0", "acalsim.QEMUDevice")
d.addParams({"announce": sys.argv[3]})
sst.Link("l").connect((q, "device_port", "1ns"), (d, "cpu_port", "1ns"))
PY

echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB"
for run in $(seq "$repeats"); do
  echo "== run $run"
  "$BUILD_DIR/bin/transport_floor"
  for t in unix shm; do
    short=$(best_ns "$BUILD_DIR/bin/sst" "$work/loop.py" -- "$FW/mmio_loop.elf" "$t")
    long=$(best_ns "$BUILD_DIR/bin/sst" "$work/loop.py" -- "$FW/mmio_loop_long.elf" "$t")
    # Percentiles from a separate run: timing requests costs the bridge a little.
    "$BUILD_DIR/bin/sst" "$work/loop.py" -- "$FW/mmio_loop_long.elf" "$t" true >"$work/out" 2>&1
    pct=$(sed -n "s/.*per second, \(p50 .*\)/\1/p" "$work/out")
    echo "round trips, $t transport: $(rate 150000 $((long - short)))/s ($pct)"
  done
  short=$(best_ns "${QEMU_RUN[@]}" -device sst-device,loopback=on -kernel "$FW/mmio_loop.elf")
  long=$(best_ns "${QEMU_RUN[@]}" -device sst-device,loopback=on -kernel "$FW/mmio_loop_huge.elf")
  echo "round trips, in-process device (ceiling): $(rate 19950000 $((long - short)))/s"
  # The host's speed drifts: each comparison measures QEMU alone again, right before.
  alone_time() {
    local short long
    short=$(best_ns "${QEMU_RUN[@]}" -icount shift=0,sleep=off -kernel "$FW/compute_loop.elf")
    long=$(best_ns "${QEMU_RUN[@]}" -icount shift=0,sleep=off -kernel "$FW/compute_loop_long.elf")
    echo $((long - short))
  }
  for t in unix shm; do
    for announce in true false; do
      alone=$(alone_time)
      short=$(best_ns "$BUILD_DIR/bin/sst" "$work/idle.py" -- "$FW/compute_loop.elf" "$t" "$announce")
      long=$(best_ns "$BUILD_DIR/bin/sst" "$work/idle.py" -- "$FW/compute_loop_long.elf" "$t" "$announce")
      with=$((long - short))
      echo "guest instructions/s ($t, device announces: $announce): without the bridge $(rate 900000000 $alone)," \
           "with $(rate 900000000 $with), overhead $(( (with - alone) * 100 / alone ))%"
    done
  done
  # The same on real SST Core (start-up cancels out in the difference, as QEMU's does).
  if [ -n "${SST_CORE_BIN:-}" ]; then
    real=("$SST_CORE_BIN/sst" --add-lib-path "$BUILD_DIR/elements-sst16")
    alone=$(alone_time)
    short=$(best_ns "${real[@]}" "$work/idle.py" -- "$FW/compute_loop.elf" unix true)
    long=$(best_ns "${real[@]}" "$work/idle.py" -- "$FW/compute_loop_long.elf" unix true)
    with=$((long - short))
    echo "guest instructions/s (real SST Core, unix, device announces: true): without the bridge $(rate 900000000 $alone)," \
         "with $(rate 900000000 $with), overhead $(( (with - alone) * 100 / alone ))%"
  fi
done
