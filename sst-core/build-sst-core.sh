#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Finds or builds a real SST Core 16 and prints the directory holding its sst,
# sst-info and sst-config.
#
#   1. an sst-config on PATH (the user's own SST Core install) is used as it is
#      (SST_CORE_IGNORE_PATH=1 skips this step);
#   2. otherwise the release source in ../shared/vendor (or $SST_CORE_TARBALL) is
#      checked against its pinned sha256, built once with MPI (Debian's Open MPI)
#      and cached under ${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/sst-core/
#      install-KEY/, KEY hashing the tarball, the build flags and this script's commands
#      (its comments do not go into the build, so they do not count);
#   3. with neither, it prints why instead of a directory and exits with status 3
#      (the real-SST test tier is then skipped, and says why).
# A second run with the same inputs only checks install-KEY and prints it, silently.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

EXIT_UNAVAILABLE=3
TARBALL=${SST_CORE_TARBALL:-$REPO_ROOT/../shared/vendor/sst-core-16.0.0.tar.gz}
TARBALL_SHA256=fc3629650e81d678b0042c8b0a37a39e0e3bb9bd89c1ccbc5c61563a1705f636
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/sst-core
# -O1 without -g: 7 to 11 minutes on 2 cores, against about 29 for the default -g -O2; PHOLD
# then runs within 10% of the embedded engine's speed (bench/RESULTS.md).
MAKE_FLAGS=(CXXFLAGS="-O1 -std=c++17" CFLAGS="-O1")
BUILD_PACKAGES=(autoconf automake libtool libtool-bin libltdl-dev libopenmpi-dev openmpi-bin python3-dev make g++)

log() { echo ">> sst-core: $*" >&2; }

if [ -z "${SST_CORE_IGNORE_PATH:-}" ] && user_config=$(command -v sst-config); then
  bindir=$(dirname "$(readlink -f "$user_config")")
  [ -x "$bindir/sst" ] || { echo "error: $user_config has no sst beside it" >&2; exit 1; }
  echo "$bindir"
  exit 0
fi

if [ ! -f "$TARBALL" ]; then
  echo "no sst-config on PATH and no SST Core source at $TARBALL"
  exit $EXIT_UNAVAILABLE
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9 # one build at a time per cache

KEY=$( (echo "$TARBALL_SHA256"; printf '%s\n' "${MAKE_FLAGS[@]}"; grep -v '^[[:space:]]*#' "${BASH_SOURCE[0]}") |
       sha256sum | cut -c1-16)
PREFIX=$CACHE/install-$KEY
if [ -x "$PREFIX/bin/sst" ] && [ -x "$PREFIX/bin/sst-config" ]; then
  echo "$PREFIX/bin"
  exit 0
fi

echo "$TARBALL_SHA256  $TARBALL" | sha256sum --quiet -c - ||
  { echo "error: $TARBALL does not have the pinned sha256 $TARBALL_SHA256" >&2; exit 1; }
ensure_packages "${BUILD_PACKAGES[@]}" >&2

# Debian's tools and python first (a pyenv shim may lead PATH).
export PATH=/usr/bin:/bin:$PATH
work=$(mktemp -d "$CACHE/.build.XXXX")
trap 'rm -rf "$work"' EXIT
log "building SST Core 16.0.0 with MPI into $PREFIX (the first build takes 7 to 11 minutes)"
tar xzf "$TARBALL" -C "$work"
src=$(echo "$work"/sst-core-*)
run_logged() { # STEP COMMAND...: runs it with its output in the step's log, shown on failure
  local log_file=$work/$1.log; shift
  "$@" >"$log_file" 2>&1 ||
    { tail -40 "$log_file" >&2; echo "error: SST Core build step '$*' failed (in $src)" >&2; exit 1; }
}
(cd "$src" && run_logged autogen ./autogen.sh)
mkdir -p "$src/build"
cd "$src/build"
run_logged configure ../configure --prefix="$PREFIX" --with-python=/usr/bin/python3-config
grep -q '^#define SST_CONFIG_HAVE_MPI 1' src/sst/core/sst_config.h ||
  { echo "error: SST Core's configure did not find MPI (libopenmpi-dev)" >&2; exit 1; }
run_logged make make -j"$(nproc)" "${MAKE_FLAGS[@]}"
# Installed into a staging copy first, then moved: a half-installed prefix is never published.
run_logged install make install DESTDIR="$work/stage"
find "$CACHE" -maxdepth 1 -name 'install-*' ! -name "install-$KEY" -exec rm -rf {} +
mv "$work/stage$PREFIX" "$PREFIX"
log "built $("$PREFIX/bin/sst" --version | head -n1)"
echo "$PREFIX/bin"
