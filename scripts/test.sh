#!/usr/bin/env bash
# Builds everything (installing what is missing on first use) and runs the whole test
# suite twice: as built, then built with AddressSanitizer + UndefinedBehaviorSanitizer.
# The first run includes the real SST Core 16 tier (sst-core/build-sst-core.sh finds or
# builds it; where it cannot, that tier is reported as skipped, with the reason).
# Extra arguments go to ctest, e.g. scripts/test.sh -L engine
source "$(dirname "$0")/lib.sh"

sst_core_args=()
if sst_bin=$("$REPO_ROOT/sst-core/build-sst-core.sh"); then
  echo ">> real SST Core tier: $("$sst_bin/sst" --version 2>&1 | head -n1) in $sst_bin"
  sst_core_args=(-DSST_CORE_BIN_DIR="$sst_bin" -DSST_CORE_UNAVAILABLE="")
else
  status=$?
  [ $status -eq 3 ] || exit $status # a build that failed is an error, not a skip
  reason="no sst-config on PATH and no SST Core source in ../shared/vendor"
  echo ">> real SST Core tier SKIPPED: $reason"
  sst_core_args=(-DSST_CORE_BIN_DIR= "-DSST_CORE_UNAVAILABLE=$reason")
fi
build_all "${sst_core_args[@]}"
(cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@")

echo ">> the same suite under AddressSanitizer and UndefinedBehaviorSanitizer (embedded engine)"
BUILD_DIR=${SANITIZER_BUILD_DIR:-$REPO_ROOT/build-sanitizers}
build_all -DENABLE_SANITIZERS=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$REPO_ROOT/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
