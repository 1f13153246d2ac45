#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The trace (QEMUBinary's trace parameter) on a long run (issue 15): memory stays flat and
# the counts stay exact. A firmware reads a device register N times (200 k, then 10 M), with
# and without a trace, on the embedded engine and, when it is built, real SST Core 16.
# Prints, per run: wall time, sst's own peak RSS (its --print-timing-info), the trace's size
# and its read slices (which must equal N). Interleaved, so that load on this shared machine
# hits both variants alike.
#   bench/trace.sh [REPEATS]
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
repeats=${1:-1}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat >"$work/loop.py" <<'PY'
import sys, sst
q = sst.Component("qemu0", "qemubinary.QEMUBinary")
q.addParams({"binary_path": sys.argv[1], "trace": sys.argv[2] if len(sys.argv) > 2 else ""})
d = sst.Component("device0", "acalsim.QEMUDevice")
sst.Link("l").connect((q, "device_port", "1ns"), (d, "cpu_port", "1ns"))
PY
engines=("embedded:$BUILD_DIR/bin/sst")
[ -n "$SST_CORE_BIN" ] && engines+=("sst16:$SST_CORE_BIN/sst --add-lib-path=$BUILD_DIR/elements-sst16")

echo "machine: $(nproc) x $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
printf '%-8s %-9s %-5s %9s %12s %12s %14s\n' engine accesses trace "wall s" "peak RSS" "trace MB" "read slices"
for run in $(seq "$repeats"); do
  for fw in mmio_loop_long:200000 mmio_loop_10m:10000000; do
    for e in "${engines[@]}"; do
      for traced in no yes; do
        name=${e%%:*} cmd=${e#*:} elf=$FW/${fw%%:*}.elf n=${fw#*:}
        args=("$elf"); [ "$traced" = yes ] && args+=("$work/trace.json")
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # cmd is a command line
        out=$($cmd --print-timing-info "$work/loop.py" -- "${args[@]}" 2>&1) || { echo "$out" >&2; exit 1; }
        wall=$(echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc)
        grep -q "\[qemu0\] $n reads done" <<<"$out" || { echo "$out" >&2; exit 1; }
        # The embedded engine prints MiB; SST Core prints "Max Resident Set Size: X KB" (or MB).
        rss=$(sed -n -e 's/^ *Max resident memory: *\([0-9.]*\) MiB/\1 MiB/p' \
                     -e 's/^ *Max Resident Set Size: *\([0-9.]* [KMG]*B\).*/\1/p' <<<"$out" | head -n1)
        size=- slices=-
        if [ "$traced" = yes ]; then
          size=$(echo "scale=1; $(stat -c %s "$work/trace.json") / 1000000" | bc)
          slices=$(grep -c '"name":"read"' "$work/trace.json")
          [ "$slices" -eq "$n" ] || { echo "error: $slices read slices for $n reads" >&2; exit 1; }
          rm -f "$work/trace.json"
        fi
        printf '%-8s %-9s %-5s %9s %12s %12s %14s\n' "$name" "$n" "$traced" "$wall" "$rss" "$size" "$slices"
      done
    done
  done
done
