#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The Linux guest (issue 14): wall time to the first user-space line and to power-off,
# through the bridge (embedded engine, and real SST when built) against plain QEMU with
# the same kernel, initramfs, -icount and -smp 2, init running no test (plain QEMU has no
# devices to test). Target: the bridge <= 1.1x plain QEMU.
#   [TRIES=5] bench/linux_boot.sh
source "$(dirname "$0")/../scripts/lib.sh"
bench_setup
real=()
[ -n "${SST_CORE_BIN:-}" ] && real=(--sst-real "$SST_CORE_BIN/sst --add-lib-path $BUILD_DIR/elements-sst16")
echo "== boot to the first user-space line and power-off (acalsim_tests=none), best of ${TRIES:-5}"
python3 "$REPO_ROOT/bench/linux_boot.py" --qemu "$QEMU_DIR" --sst "$BUILD_DIR/bin/sst" "${real[@]}" --tries "${TRIES:-5}"
