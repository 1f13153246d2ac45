#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds sst-elements 16 (the vendored subset: memHierarchy, merlin, miranda, mmu) with its own
# autotools, sources unmodified, against the SST Core at SST_CORE_PREFIX (its bin/sst-config:
# a real SST Core 16, or the embedded engine's build tree or install), and prints the directory
# holding the element libraries (libmemHierarchy.so, libmerlin.so, ...).
#
#   build-sst-elements.sh SST_CORE_PREFIX
#
# Cached under ${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/sst-elements/install-KEY/, KEY
# hashing the tarball, this script's commands (not its comments), what sst-config tells an
# element build (its prefix written as PREFIX, so build trees with the same headers share one
# build) and the contents of every header under its include directory: a change to the
# engine's headers rebuilds, a change to its sources does not. Nothing is registered in SST's
# configuration (`make install` would write into SST Core's sstsimulator.conf): load the
# libraries with `sst --add-lib-path DIR`, or a configuration file on SST_CONFIG_FILE_PATH.
# A second run with the same inputs only checks install-KEY and prints it, silently. Without
# the tarball it prints why instead, and exits with status 3.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

TARBALL=${SST_ELEMENTS_TARBALL:-$REPO_ROOT/../shared/vendor/sst-elements-16.0.0-memh.tar.gz}
TARBALL_SHA256=0f4fd73ee22ca0984dd000cd5a22d916a91100dc6d13a1686566649fa056c0dd
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/sst-elements
# Directories whose headers memHierarchy includes, but which are not built (autogen skips them).
HEADERS_ONLY=(ariel cramSim vaultsim messier)
MAKE_FLAGS=(CXXFLAGS="-O1" CFLAGS="-O1")
BUILD_PACKAGES=(autoconf automake libtool libtool-bin libltdl-dev make g++ zlib1g-dev)

log() { echo ">> sst-elements: $*" >&2; }
fail() { echo "error: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 SST_CORE_PREFIX (the directory holding bin/sst-config)"
core=$(cd "$1" 2>/dev/null && pwd) || fail "SST Core prefix $1 does not exist"
sst_config=$core/bin/sst-config
[ -x "$sst_config" ] || fail "$sst_config not found: $1 is not an SST Core prefix"
if [ ! -f "$TARBALL" ]; then # not an error: the caller skips what needs it, saying why
  echo "no sst-elements source at $TARBALL (set SST_ELEMENTS_TARBALL)"
  exit 3
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9 # one build at a time per cache

core_inputs() { # what an element build sees of the core, with its prefix written as PREFIX
  local what
  for what in CXXFLAGS CPPFLAGS LDFLAGS ELEMENT_CXXFLAGS ELEMENT_LDFLAGS PYTHON_CPPFLAGS; do
    echo "$what=$("$sst_config" --$what 2>/dev/null)"
  done | sed "s|$core|PREFIX|g"
  "$core/bin/sst" --version 2>&1 | head -n1
  local include=$("$sst_config" --includedir)
  (cd "$include" && find -L . -type f -name '*.h' | LC_ALL=C sort | xargs -d '\n' sha256sum)
}
KEY=$( (echo "$TARBALL_SHA256"; printf '%s\n' "${MAKE_FLAGS[@]}"; grep -v '^[[:space:]]*#' "${BASH_SOURCE[0]}"; core_inputs) |
       sha256sum | cut -c1-16)
PREFIX=$CACHE/install-$KEY
LIBDIR=$PREFIX/lib/sst-elements-library
if [ -f "$LIBDIR/libmemHierarchy.so" ] && [ -f "$LIBDIR/libmerlin.so" ]; then
  touch "$PREFIX" # in use: builds for other cores' headers stay until unused for 30 days
  echo "$LIBDIR"
  exit 0
fi

echo "$TARBALL_SHA256  $TARBALL" | sha256sum --quiet -c - ||
  fail "$TARBALL does not have the pinned sha256 $TARBALL_SHA256"
ensure_packages "${BUILD_PACKAGES[@]}" >&2

export PATH=/usr/bin:/bin:$PATH # Debian's tools first (a pyenv shim may lead PATH)
work=$(mktemp -d "$CACHE/.build.XXXX")
trap 'rm -rf "$work"' EXIT
log "building memHierarchy, merlin, miranda and mmu against $core into $PREFIX (the first build takes about 10 minutes)"
tar xzf "$TARBALL" -C "$work"
src=$(echo "$work"/sst-elements-library-*)
for e in "${HEADERS_ONLY[@]}"; do touch "$src/src/sst/elements/$e/.ignore"; done
run_logged() { # STEP COMMAND...: runs it with its output in the step's log, shown on failure
  local log_file=$work/$1.log; shift
  "$@" >"$log_file" 2>&1 ||
    { tail -40 "$log_file" >&2; fail "sst-elements build step '$*' failed (in $src)"; }
}
(cd "$src" && run_logged autogen ./autogen.sh)
mkdir -p "$src/build"
cd "$src/build"
run_logged configure ../configure --prefix="$PREFIX" --with-sst-core="$core" "${MAKE_FLAGS[@]}"
for e in memHierarchy merlin miranda mmu; do
  grep -Eq "^ +$e : YES" "$work/configure.log" || fail "sst-elements' configure would not build $e (see $work/configure.log)"
done
run_logged make make -j"$(nproc)"
# SST_REGISTER_TOOL=true: nothing written into SST Core's configuration. Staged, then moved:
# a half-installed prefix is never published.
run_logged install make install DESTDIR="$work/stage" SST_REGISTER_TOOL=true
find "$CACHE" -maxdepth 1 -name 'install-*' -mtime +30 -exec rm -rf {} +
mv "$work/stage$PREFIX" "$PREFIX"
log "built $(ls "$LIBDIR"/*.so | xargs -n1 basename | tr '\n' ' ')"
echo "$LIBDIR"
