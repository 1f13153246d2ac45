#!/usr/bin/env bash
# Builds everything (installing what is missing on first use) and runs the whole test
# suite twice: as built, then built with AddressSanitizer + UndefinedBehaviorSanitizer.
# Extra arguments go to ctest, e.g. scripts/test.sh -L engine
source "$(dirname "$0")/lib.sh"
build_all
(cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@")

echo ">> the same suite under AddressSanitizer and UndefinedBehaviorSanitizer"
BUILD_DIR=${SANITIZER_BUILD_DIR:-$REPO_ROOT/build-sanitizers}
build_all -DENABLE_SANITIZERS=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$REPO_ROOT/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
