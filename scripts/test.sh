#!/usr/bin/env bash
# Builds everything (installing what is missing on first use) and runs the whole test suite.
# Extra arguments go to ctest, e.g. scripts/test.sh -L engine
source "$(dirname "$0")/lib.sh"
build_all
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
