#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The DMA engine behind SST's memory system (issue 22): the Linux guest's 64 KiB DMA test
# (configs/linux.py -- --tests dma) with the engine's copies through the bridge (direct) and
# through L1, L2 and a MemController over the guest's RAM (--memory-system). Whole runs (boot,
# test, power-off), interleaved so that load on this shared machine hits both alike, on the
# embedded engine and, when it is built, real SST Core 16. Target: memory system <= 2x direct.
#   [TRIES=5] bench/memory_system.sh
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
build_sst_elements >/dev/null
engines=("embedded:$BUILD_DIR/bin/sst")
[ -n "$SST_CORE_BIN" ] && engines+=("sst16:$SST_CORE_BIN/sst --add-lib-path=$BUILD_DIR/elements-sst16")
# The copy's time in the memory system's model (dma0.copy_time): what the DMA test is told to expect.
declare -A variant=([direct]="" [memory]="--memory-system --append acalsim_dma_ns=68347")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
for e in "${engines[@]}"; do
  name=${e%%:*} cmd=${e#*:}
  export SST_CONFIG_FILE_PATH=$BUILD_DIR/sst-elements/$name/sstsimulator.conf
  for try in $(seq "${TRIES:-5}"); do
    for v in direct memory; do
      start=$(date +%s%N)
      # shellcheck disable=SC2086 # cmd and the variant's arguments are word lists
      out=$(cd "$work" && $cmd "$REPO_ROOT/configs/linux.py" -- --tests dma ${variant[$v]} 2>&1) || { echo "$out" >&2; exit 1; }
      echo "$(( ($(date +%s%N) - start) / 1000000 ))" >>"$work/$name.$v"
      grep -q "init: dma_test passed" <<<"$out" || { echo "$out" >&2; exit 1; }
      sed -n 's/^ qemu0.syncs : Accumulator : Sum.u64 = \([0-9]*\);.*/\1/p' <<<"$out" >"$work/$name.$v.syncs"
    done
  done
  best() { sort -n "$work/$name.$1" | head -n1; }
  median() { sort -n "$work/$name.$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  for v in direct memory; do
    printf '%-8s %-7s best %5d ms  median %5d ms  syncs %s\n' "$name" "$v" "$(best $v)" "$(median $v)" "$(cat "$work/$name.$v.syncs")"
  done
  echo "$name: memory system / direct, best against best: $(echo "scale=2; $(best memory) / $(best direct)" | bc)," \
       "median against median: $(echo "scale=2; $(median memory) / $(median direct)" | bc)"
done
