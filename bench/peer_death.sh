#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# How fast QEMU goes when SST dies while the guest computes (issue 13 target: 100 ms).
#  1. sst is killed with SIGKILL (QEMU is its child: PR_SET_PDEATHSIG, and its main loop sees
#     the channel close), on each engine and transport;
#  2. a peer that is not QEMU's parent closes the connection (tests/tools/mmio_peer.py
#     --mode v2-leave): only the main loop's watch on the channel can notice.
#   bench/peer_death.sh [REPEATS]
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
repeats=${1:-3}
engines=("embedded:$BUILD_DIR/bin/sst")
[ -n "${SST_CORE_BIN:-}" ] && engines+=("sst16:$SST_CORE_BIN/sst --add-lib-path $BUILD_DIR/elements-sst16")

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'); $(date -u +%F)"
for run in $(seq "$repeats"); do
  for e in "${engines[@]}"; do
    for t in unix shm; do
      # shellcheck disable=SC2086 # the engine's command is words
      QEMU_ACALSIM_TRANSPORT=$t ${e#*:} "$REPO_ROOT/configs/default.py" -- --firmware "$FW/compute_forever.elf" \
        >/dev/null 2>&1 &
      sst=$!
      qemu=""
      for _ in $(seq 200); do
        qemu=$(pgrep -P $sst -f "qemu-system-riscv32" || true)
        [ -n "$qemu" ] && break
        sleep 0.05
      done
      [ -n "$qemu" ] || { echo "error: QEMU did not start" >&2; kill -9 $sst; exit 1; }
      qemu=${qemu%%$'\n'*}
      sleep 0.5 # the guest computes
      start=$(date +%s%N)
      kill -9 $sst
      # Gone: no process, or a zombie (dead, waiting for init to reap it).
      while [ -e /proc/$qemu ] && [ "$(awk '{print $3}' /proc/$qemu/stat 2>/dev/null)" != Z ]; do sleep 0.001; done
      echo "run $run, ${e%%:*}, $t: QEMU gone $(ms_since "$start") ms after SIGKILL of sst"
      wait $sst 2>/dev/null || true
    done
  done
  python3 "$REPO_ROOT/tests/tools/mmio_peer.py" --mode v2-leave -- "$QEMU_DIR/qemu-system-riscv32" -M virt -bios none \
    -display none -serial none -monitor none -icount shift=0,sleep=off \
    -device sst-device,socket={socket},protocol=2 -kernel "$FW/compute_forever.elf" 2>&1 |
    sed -n "s/^peer: QEMU exited \(.*\) after the connection closed/run $run, a peer not its parent leaves: QEMU gone \1 after/p" ||
    true # QEMU's status is 1 there, as it should be
done
