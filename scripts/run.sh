#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds everything (installing what is missing on first use) and runs the
# default simulation. Arguments replace the default configuration:
#   scripts/run.sh [sst options] CONFIG.py [-- config args]
source "$(dirname "$0")/lib.sh"
build_all >/dev/null
if [ $# -eq 0 ]; then
  set -- "$REPO_ROOT/configs/default.py"
fi
exec "$BUILD_DIR/bin/sst" "$@"
