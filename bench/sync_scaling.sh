#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Time synchronization that scales (issue 13), measured side by side. Prints, per run:
#  1. N independent compute-bound guests (bench/configs/independent_guests.py, 1 s of guest
#     time each) for N = 1, 2, 4, 8 on the embedded engine, real SST 1 rank and mpirun -np 2
#     (when real SST is built), with wall(N) / (N/2 x wall(1)) (target <= 1.2 for N >= 2 on
#     2 cores), real SST's wall(1) over the embedded engine's (target <= 1.1) and two ranks'
#     wall over one rank's (target <= 1);
#  2. the mailbox ring (configs/mailbox_ring.py, 4 and 8 guests);
#  3. protocol-2 MMIO round trips per second (the default protocol; mmio_loop minus
#     mmio_loop_long, as bench/bridge.sh does for protocol 1).
# With OLD_BUILD=DIR (a build of an earlier commit, its sst finding its own QEMU), every
# embedded-engine figure is also measured on it, right after the new one: the host's
# speed drifts between runs, so only figures from the same run compare.
# Each figure is the fastest of TRIES runs (default 3). Real SST's start-up (MPI_Init, loading
# libraries) is measured with a guest that ends at once and shown, and subtracted where said.
#   [OLD_BUILD=DIR] [TRIES=3] bench/sync_scaling.sh [REPEATS] [MAX_N]
source "$(dirname "$0")/../scripts/lib.sh"
build_all >/dev/null
repeats=${1:-1} max_n=${2:-8} tries=${TRIES:-3}
find_real_sst_core >/dev/null 2>&1 || true
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

wall() { # seconds of the fastest of $tries runs of a command (the least disturbed is closest to its cost)
  local best="" s t
  for _ in $(seq "$tries"); do
    s=$(date +%s%N)
    "$@" >"$work/out" 2>&1 || { tail -5 "$work/out" >&2; echo "error: $* failed" >&2; exit 1; }
    t=$(( $(date +%s%N) - s ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "scale=2; $best / 1000000000" | bc
}
ratio() { echo "scale=2; $1 / $2" | bc; }

builds=("new:$BUILD_DIR")
[ -n "${OLD_BUILD:-}" ] && builds+=("old:$OLD_BUILD")
engines=("embedded")
declare -A sst16_w # wall time per N on one rank, for the two-rank runs
if [ -n "${SST_CORE_BIN:-}" ]; then
  engines+=("sst16" "sst16-mpi2")
fi
run_on() { # ENGINE BUILD CONFIG ARGS...
  local engine=$1 build=$2; shift 2
  case $engine in
    embedded) QEMU_ACALSIM_BUILD_DIR=$build "$build/bin/sst" "$@" ;;
    sst16) QEMU_ACALSIM_BUILD_DIR=$build "$SST_CORE_BIN/sst" --add-lib-path "$build/elements-sst16" "$@" ;;
    sst16-mpi2) QEMU_ACALSIM_BUILD_DIR=$build mpirun --allow-run-as-root --oversubscribe -np 2 \
                  "$SST_CORE_BIN/sst" --add-lib-path "$build/elements-sst16" "$@" ;;
  esac
}

echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
for run in $(seq "$repeats"); do
  echo "== run $run"
  for b in "${builds[@]}"; do
    name=${b%%:*} dir=${b#*:}
    for engine in "${engines[@]}"; do
      [ "$name" = old ] && [ "$engine" != embedded ] && continue
      line="independent guests, $engine ($name build):"
      w1=""
      up=$(wall run_on "$engine" "$dir" "$REPO_ROOT/bench/configs/independent_guests.py" -- --instances 1 \
             --firmware "$dir/firmware/rv32/hello.elf")
      line+=" start-up $up s,"
      for n in 1 2 4 8; do
        [ "$n" -gt "$max_n" ] && break
        [ "$engine" = sst16-mpi2 ] && [ "$n" -eq 1 ] && continue
        w=$(wall run_on "$engine" "$dir" "$REPO_ROOT/bench/configs/independent_guests.py" -- --instances "$n")
        grep -q "simulated time: 1 s" "$work/out" || { cat "$work/out" >&2; exit 1; }
        if [ "$n" -eq 1 ]; then
          w1=$w; line+=" N=1 $w s"
          [ "$engine" = embedded ] && [ "$name" = new ] && { embedded_w1=$w; embedded_up=$up; }
          [ "$engine" = sst16 ] && line+=" (x$(ratio "$w" "$embedded_w1") of embedded;" &&
            line+=" without start-up x$(ratio "$(echo "$w - $up" | bc)" "$(echo "$embedded_w1 - $embedded_up" | bc)"))"
        elif [ "$engine" = sst16-mpi2 ]; then
          line+=", N=$n $w s (x$(ratio "$w" "${sst16_w[$n]}") of 1 rank)"
        else
          line+=", N=$n $w s (x$(ratio "$w" "$(echo "$n / 2 * $w1" | bc -l)") of N/2 x wall(1))"
        fi
        [ "$engine" = sst16 ] && sst16_w[$n]=$w
      done
      echo "$line"
    done
  done
  for n in 4 8; do
    [ "$n" -gt "$max_n" ] && break
    line="mailbox ring, $n guests:"
    for b in "${builds[@]}"; do
      w=$(wall run_on embedded "${b#*:}" "$REPO_ROOT/configs/mailbox_ring.py" -- --instances "$n")
      line+=" ${b%%:*} $w s"
    done
    echo "$line"
  done
  cat >"$work/loop.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "transport": sys.argv[2]})
d = sst.Component("device0", "acalsim.QEMUDevice")
d.addParams({"access_latency": "0"})
sst.Link("l").connect((q, "device_port", "0ns"), (d, "cpu_port", "0ns"))
PY
  for t in unix shm; do
    line="protocol-2 round trips/s, $t:"
    for b in "${builds[@]}"; do
      fw=${b#*:}/firmware/rv32
      short=$(wall run_on embedded "${b#*:}" "$work/loop.py" -- "$fw/mmio_loop.elf" "$t")
      long=$(wall run_on embedded "${b#*:}" "$work/loop.py" -- "$fw/mmio_loop_long.elf" "$t")
      line+=" ${b%%:*} $(echo "150000 / ($long - $short)" | bc)"
    done
    echo "$line"
  done
done
