#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Makes the README's timeline pictures (docs/images/) from a trace of the DMA example, with
# scripts/timeline.py; --check makes them elsewhere and fails if docs/images differs (test
# timeline.readme_pictures_are_current).
#   scripts/readme_pictures.sh [--check]   (needs a build: scripts/run.sh)
source "$(dirname "$0")/lib.sh"
pictures=$REPO_ROOT/docs/images
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
out=$pictures; [ "${1:-}" = --check ] && out=$work
(cd "$work" && QEMU_ACALSIM_BUILD_DIR=$BUILD_DIR "$BUILD_DIR/bin/sst" "$REPO_ROOT/configs/dma_engine.py" -- --trace dma.json >/dev/null)
"$REPO_ROOT/scripts/timeline.py" "$work/dma.json" -o "$out/dma_timeline.png" --from 49.5us --to 54.5us \
  --title "configs/dma_engine.py: a 4 KiB copy at 1 GB/s, 256-byte chunks"
"$REPO_ROOT/scripts/timeline.py" "$work/dma.json" -o "$out/dma_timeline_zoom.png" --from 49.6us --to 49.66us \
  --title "the same, zoomed: the register writes that start the copy"
if [ "$out" = "$work" ]; then
  for p in dma_timeline.png dma_timeline_zoom.png; do
    cmp -s "$work/$p" "$pictures/$p" || { echo "docs/images/$p is not what scripts/readme_pictures.sh makes now: run it" >&2; exit 1; }
  done
  echo "docs/images: current"
fi
