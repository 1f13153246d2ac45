#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# A configuration written by one engine's --output-json runs on the other with the same output
# (sorted lines, as SST's config_input_output suite compares): SST's test_MessageMesh.py
# (SubComponents, no-cut links, statistics options), both ways.
# Usage: json_interchange.sh EMBEDDED_BINDIR REAL_BINDIR SST_TESTS_DIR
set -eu
embedded=$1/sst real=$2/sst cfg=$3/test_MessageMesh.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
check() { # NAME WRITER READER
  "$2" --output-json="$1.json" --model-options="2 2" "$cfg" > "$1.written.out" 2>&1
  "$3" "$1.json" > "$1.read.out" 2>&1
  sort "$1.written.out" > a; sort "$1.read.out" > b
  cmp -s a b || { echo "$1: the run from the JSON differs:"; diff a b | head -20; exit 1; }
  echo "$1: same output"
}
check embedded_to_real "$embedded" "$real"
check real_to_embedded "$real" "$embedded"
