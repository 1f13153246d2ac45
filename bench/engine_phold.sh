#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Engine event rate: PHOLD on a 2-D torus, one thread, on the embedded engine and on real
# SST Core 16 (sst-core/build-sst-core.sh finds or builds it), alternating run by run so that
# both see the same machine; prints each run and the ratio of the best run-loop times.
#   bench/engine_phold.sh [NODES] [EVENTS_PER_NODE] [STOP_AT] [REPEATS]
# BASELINE_BUILD=DIR adds a third engine: an older build tree's embedded engine (its bin/sst and
# elements/), to show a change is no slower side by side.
# Record results in bench/RESULTS.md.
source "$(dirname "$0")/../scripts/lib.sh"
find_real_sst_core
build_all "${SST_CORE_CMAKE_ARGS[@]}" >/dev/null
nodes=${1:-1000} events=${2:-10} stop_at=${3:-10us} repeats=${4:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cfg=$REPO_ROOT/bench/phold/phold.py
echo "PHOLD: $nodes nodes x $events events, stop-at $stop_at, $repeats runs per engine ($(nproc) cores, $(uname -m))"

# run ENGINE: one run; prints "seconds activities max_rss" (activities: "-" where not reported).
run() {
  if [ "$1" = embedded ]; then # SST Core's report, as the engine prints it: the "execute" region
    (cd "$work" && "$BUILD_DIR/bin/sst" --print-timing-info --stop-at "$stop_at" "$cfg" -- "$nodes" "$events") |
      awk '/ execute:/ {x=1} x && /Duration:/ {t=$2; x=0} /Max Resident Set Size/ {m=$5 $6} END {print t, "-", m}'
  elif [ "$1" = baseline ]; then # an older engine: SST Core's report, or its own from before it printed that
    (cd "$work" && "$BASELINE_BUILD/bin/sst" --lib-path "$BASELINE_BUILD/elements" --print-timing-info \
        --stop-at "$stop_at" "$cfg" -- "$nodes" "$events") |
      awk '/ execute:/ {x=1} x && /Duration:/ {t=$2; x=0} /Max Resident Set Size/ {m=$5 $6}
           /Run loop time/ {t=$4} /Activities executed/ {n=$3} /Max resident/ {m=$4 $5}
           END {print t, (n == "" ? "-" : n), m}'
  else # SST Core's timing report: the "execute" region's duration is its run loop
    (cd "$work" && "$SST_CORE_BIN/sst" --add-lib-path "$BUILD_DIR/elements-sst16" --print-timing-info \
        --stop-at "$stop_at" "$cfg" -- "$nodes" "$events") |
      awk '/■ execute/ {x=1} x && /Duration:/ {t=$3; x=0} /Max Resident Set Size/ {m=$5 $6} END {print t, "-", m}'
  fi
}

engines=(embedded)
[ -n "${BASELINE_BUILD:-}" ] && engines+=(baseline)
[ -n "$SST_CORE_BIN" ] && engines+=(sst16) || echo "(real SST Core unavailable: $SST_CORE_SKIP_REASON)"
declare -A best
for i in $(seq "$repeats"); do
  for e in "${engines[@]}"; do
    read -r t n m < <(run "$e")
    printf "run %d %-9s run loop %.3f s, activities %s, max RSS %s\n" "$i" "$e" "$t" "$n" "$m"
    if [ -z "${best[$e]:-}" ] || awk -v a="$t" -v b="${best[$e]}" 'BEGIN {exit !(a < b)}'; then best[$e]=$t; fi
  done
done
for e in "${engines[@]}"; do printf "best %-9s %.3f s\n" "$e" "${best[$e]}"; done
if [ -n "${best[baseline]:-}" ]; then
  awk -v a="${best[baseline]}" -v b="${best[embedded]}" 'BEGIN {printf "baseline / embedded: %.2f\n", a / b}'
fi
if [ -n "${best[sst16]:-}" ]; then
  awk -v a="${best[sst16]}" -v b="${best[embedded]}" 'BEGIN {printf "real SST / embedded: %.2f\n", a / b}'
fi
