#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds everything (installing what is missing on first use) and runs the whole test
# suite twice: as built, then built with AddressSanitizer + UndefinedBehaviorSanitizer.
# The first run includes sst-elements' own suites (sst-elements/build-sst-elements.sh builds it
# against the embedded engine, cached) and the real SST Core 16 tier (sst-core/build-sst-core.sh
# finds or builds it). Where either cannot be, it is reported as skipped, with the reason.
# Extra arguments go to ctest, e.g. scripts/test.sh -L engine
source "$(dirname "$0")/lib.sh"

ensure_packages "${TIMELINE_APT_PACKAGES[@]}" "${SST_SUITE_APT_PACKAGES[@]}" # pictures; merlin's topologies
find_real_sst_core
if [ -n "$SST_CORE_BIN" ]; then
  version=$("$SST_CORE_BIN/sst" --version 2>&1 | head -n1)
  echo ">> real SST Core tier: $version in $SST_CORE_BIN"
  case "$version" in *"(16."*) ;; *) echo ">> warning: the elements are written for SST Core 16; this is $version" ;; esac
else
  echo ">> real SST Core tier SKIPPED: $SST_CORE_SKIP_REASON"
fi
build_all "${SST_CORE_CMAKE_ARGS[@]}"
build_sst_elements # sst-elements' own build against the engine just built, and their suites
(cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@")

echo ">> the same suite under AddressSanitizer and UndefinedBehaviorSanitizer (embedded engine)"
BUILD_DIR=${SANITIZER_BUILD_DIR:-$REPO_ROOT/build-sanitizers}
build_all -DENABLE_SANITIZERS=ON "${SST_ELEMENTS_CMAKE_ARGS[@]}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$REPO_ROOT/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
