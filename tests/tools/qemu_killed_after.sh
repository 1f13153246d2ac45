#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Runs the real QEMU ($QEMU_REAL) and kills it with SIGKILL after $KILL_AFTER seconds:
# for testing that the simulation survives losing QEMU mid-run.
(sleep "${KILL_AFTER:-2}"; kill -9 $$) &
exec "$QEMU_REAL" "$@"
