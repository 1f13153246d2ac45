#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Posted writes (issue 23), side by side in one run: the guest writes acalsim.DMAEngine's SRC
# in a loop, with the engine's posted_writes off (each write waits for its answer, as before)
# and on (posted, batched), on the unix and shm transports; then the same loop with a read of
# SRC after each write. Protocol 2 (-icount), the embedded engine. Start-up is cancelled by
# differencing a short and a long run of each (best of 3 each). Target: posted >= 10x the
# waiting writes; the mixed loop not slower. Last, the Linux guest's DMA test (configs/linux.py
# -- --tests dma) with and without --posted: wall time and the bridge's syncs.
# With BASELINE=DIR (the build directory of an earlier commit, e.g. one configured from a git
# worktree), the same loops also run through that build ("before"), and so do bench/bridge.sh's
# protocol-1 round-trip loop and its idle guest (a compute loop, the device announcing): the
# bridge must be no slower than before where nothing is posted.
#   [BASELINE=DIR] bench/posted_writes.sh [REPEATS]
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
repeats=${1:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

cat >"$work/loop.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "transport": sys.argv[2]})
d = sst.Component("dma0", "acalsim.DMAEngine")
if sys.argv[3] == "true":  # a build from before posted writes does not know the parameter
    d.addParams({"posted_writes": "true"})
sst.Link("l").connect((q, "device_port", "1ns"), (d, "cpu_port", "1ns"))
PY
cat >"$work/bridge.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "transport": sys.argv[2], "protocol": sys.argv[3]})
d = sst.Component("device0", "acalsim.QEMUDevice")
d.addParams({"access_latency": "0"})
lat = "0ns" if sys.argv[3] == "1" else "1ns"  # as bench/bridge.sh: protocol 2's lookahead is the link's
sst.Link("l").connect((q, "device_port", lat), (d, "cpu_port", lat))
PY
builds=("now:$BUILD_DIR/bin/sst")
[ -n "${BASELINE:-}" ] && builds=("before:$BASELINE/bin/sst" "${builds[@]}")
diff_rate() { # TURNS SST CONFIG SHORT_ELF LONG_ELF ARGS...: turns/s of the long run beyond the short one
  local turns=$1 sst=$2 cfg=$3 short_elf=$4 long_elf=$5 short long
  shift 5
  short=$(best_ns "$sst" "$cfg" -- "$short_elf" "$@")
  long=$(best_ns "$sst" "$cfg" -- "$long_elf" "$@")
  rate "$turns" $((long - short))
}

echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
for run in $(seq "$repeats"); do
  echo "== run $run"
  for loop in write mixed; do
    for t in unix shm; do
      line="$loop loop, $t:"
      for b in "${builds[@]}"; do
        r=$(diff_rate 80000 "${b#*:}" "$work/loop.py" "$FW/dma_${loop}_loop.elf" "$FW/dma_${loop}_loop_long.elf" "$t" false)
        line+=" ${b%%:*} waiting $r/s,"
      done
      posted=$(diff_rate 80000 "$BUILD_DIR/bin/sst" "$work/loop.py" "$FW/dma_${loop}_loop.elf" \
               "$FW/dma_${loop}_loop_long.elf" "$t" true)
      echo "$line now posted $posted/s: posted / waiting (now) $(echo "scale=1; $posted / $r" | bc)x"
    done
  done
  if [ -n "${BASELINE:-}" ]; then # where nothing is posted, the bridge as before
    for t in unix shm; do
      line="round trips (protocol 1, $t):"
      for b in "${builds[@]}"; do
        line+=" ${b%%:*} $(diff_rate 150000 "${b#*:}" "$work/bridge.py" "$FW/mmio_loop.elf" "$FW/mmio_loop_long.elf" "$t" 1)/s"
      done
      echo "$line"
      line="idle guest instructions/s (protocol 2, $t):"
      for b in "${builds[@]}"; do
        line+=" ${b%%:*} $(diff_rate 900000000 "${b#*:}" "$work/bridge.py" "$FW/compute_loop.elf" "$FW/compute_loop_long.elf" "$t" 2)"
      done
      echo "$line"
    done
  fi
done

# The Linux DMA test: syncs (deterministic) and wall time (best of 3).
for posted in "" --posted; do
  best=0
  for _ in 1 2 3; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # posted is one word or none
    out=$(cd "$work" && "$BUILD_DIR/bin/sst" "$REPO_ROOT/configs/linux.py" -- --tests dma $posted 2>&1) ||
      { echo "$out" >&2; exit 1; }
    t=$(( ($(date +%s%N) - start) / 1000000 ))
    grep -q "init: dma_test passed" <<<"$out" || { echo "$out" >&2; exit 1; }
    if [ "$best" -eq 0 ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  syncs=$(sed -n 's/^ qemu0.syncs : Accumulator : Sum.u64 = \([0-9]*\);.*/\1/p' <<<"$out")
  printf 'linux dma test%-9s best %6d ms, syncs %s\n' " ${posted:-(waiting)}" "$best" "$syncs"
done
