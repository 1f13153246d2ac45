#!/usr/bin/env bash
# Engine event rate: PHOLD on a 2-D torus, single thread.
#   bench/engine_phold.sh [NODES] [EVENTS_PER_NODE] [STOP_AT] [REPEATS]
# Prints the activity rate of each run; record results in bench/RESULTS.md.
source "$(dirname "$0")/../scripts/lib.sh"
build_all >/dev/null
nodes=${1:-1000} events=${2:-10} stop_at=${3:-10us} repeats=${4:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "PHOLD: $nodes nodes x $events events, stop-at $stop_at, $repeats runs ($(nproc) cores, $(uname -m))"
for i in $(seq "$repeats"); do
  (cd "$work" && "$BUILD_DIR/bin/sst" --print-timing-info --stop-at "$stop_at" \
      "$REPO_ROOT/bench/phold/phold.py" -- "$nodes" "$events") |
    awk -v run="$i" '/Run loop time/ {t=$4} /Activities executed/ {n=$3} /Activity rate/ {r=$3}
                     /Max resident/ {m=$4} END {printf "run %d: %d activities in %.3f s = %.2f M/s, max RSS %s MiB\n", run, n, t, r/1e6, m}'
done
