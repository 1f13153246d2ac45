#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds everything (installing what is missing on first use) and runs the
# default simulation. Arguments replace the default configuration:
#   scripts/run.sh [sst options] CONFIG.py [-- config args]
# A configuration that uses sst-elements (names memHierarchy. or merlin. components, or is given
# --memory-system, the option that adds them to configs/linux.py) gets them built for the
# embedded engine on first use (sst-elements/build-sst-elements.sh, cached), found through
# SST_CONFIG_FILE_PATH: the user's own SST configuration is not touched.
source "$(dirname "$0")/lib.sh"
build_all >/dev/null
if [ $# -eq 0 ]; then
  set -- "$REPO_ROOT/configs/default.py"
fi
for arg in "$@"; do
  [ "$arg" = "--" ] && break
  case "$arg" in
    *.py)
      if [ -f "$arg" ] && { grep -qE "\"(memHierarchy|merlin)\." "$arg" || [[ " $* " == *" --memory-system "* ]]; }; then
        echo ">> $arg uses sst-elements: building them for the embedded engine (cached; the first time takes minutes)" >&2
        if ! libdir=$("$REPO_ROOT/sst-elements/build-sst-elements.sh" "$BUILD_DIR"); then
          echo "run.sh: error: $arg needs sst-elements, and they cannot be built here: $libdir" >&2
          exit 1
        fi
        cmake "$BUILD_DIR" -DSST_ELEMENTS_LIBDIR_EMBEDDED="$libdir" >/dev/null # writes the file below
        export SST_CONFIG_FILE_PATH="$BUILD_DIR/sst-elements/embedded/sstsimulator.conf${SST_CONFIG_FILE_PATH:+:$SST_CONFIG_FILE_PATH}"
      fi
      break ;;
  esac
done
exec "$BUILD_DIR/bin/sst" "$@"
