#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# sst-info documents SST's test elements the same on both engines, line for line, but for the
# search path and the source file each element was compiled from.
# Usage: sst_info_agrees.sh EMBEDDED_BINDIR REAL_BINDIR
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for engine in embedded:$1 real:$2; do
  "${engine#*:}/sst-info" coreTestElement 2>&1 | grep -v -e "^PROCESSED " -e "Compiled using file:" > "$work/${engine%%:*}"
done
diff "$work/real" "$work/embedded" && echo "sst-info coreTestElement: the same on both engines ($(wc -l < "$work/real") lines)"
