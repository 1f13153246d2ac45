#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Scale run: N QEMU instances (default 8) pass a token around acalsim.Mailbox.
#   bench/multi_instance.sh [INSTANCES] [REPEATS]
# Prints wall time, simulated time and messages per run; record in bench/RESULTS.md.
source "$(dirname "$0")/../scripts/lib.sh"
build_all >/dev/null
n=${1:-8} repeats=${2:-3}
echo "mailbox ring: $n QEMU instances, $repeats runs ($(nproc) cores)"
for i in $(seq "$repeats"); do
  start=$(date +%s.%N)
  out=$(QEMU_ACALSIM_BUILD_DIR=$BUILD_DIR "$BUILD_DIR/bin/sst" --print-timing-info "$REPO_ROOT/configs/mailbox_ring.py" -- --instances "$n")
  end=$(date +%s.%N)
  passes=$(grep -c "PASS" <<<"$out")
  sim=$(sed -n 's/^Simulation is complete, simulated time: //p' <<<"$out")
  msgs=$(sed -n 's/^ mailbox.messages : Accumulator : Sum.u64 = \([0-9]*\);.*/\1/p' <<<"$out")
  printf 'run %d: %s PASS lines, %s messages, simulated %s, wall %.2f s (QEMU start-up included)\n' \
    "$i" "$passes" "$msgs" "$sim" "$(echo "$end - $start" | bc)"
done
