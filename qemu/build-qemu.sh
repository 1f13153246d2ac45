#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds qemu-system-riscv32 and qemu-system-riscv64 with sst-device, from
# Debian bookworm's qemu source package, and prints the directory holding them.
#
# Cache: ${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/qemu/
#   src/               the fetched source package, pinned, with SHA256SUMS
#   tree-VERSION/      Debian's source with its patches; build/ inside it
#   bin-KEY/           finished binaries; KEY hashes every input below
# A second run with the same inputs only checks bin-KEY and prints it. A
# changed device source rebuilds incrementally in the kept build tree.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

PINNED_VERSION="1:7.2+dfsg-7+deb12u18"
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/qemu
QEMU_DIR=$REPO_ROOT/qemu
INPUTS=("$QEMU_DIR/build-qemu.sh" "$QEMU_DIR/hw/misc/sst-device.c" "$QEMU_DIR/hw/misc/sst-device-fdt.c" "$QEMU_DIR/include/hw/misc/sst-device.h"
        "$QEMU_DIR/hw/misc/trace-events" "$QEMU_DIR/hw/misc/meson.build.append" "$QEMU_DIR/hw/misc/Kconfig.append"
        "$REPO_ROOT/protocol/include/sst_mmio/wire.h" "$REPO_ROOT/protocol/include/sst_mmio/validate.h"
        "$REPO_ROOT/protocol/include/sst_mmio/shm_ring.h" "$REPO_ROOT/protocol/include/sst_mmio/link.h"
        "$REPO_ROOT/protocol/src/link.c" "$QEMU_DIR"/patches/*.patch)
CONFIGURE_FLAGS=(--target-list=riscv32-softmmu,riscv64-softmmu --without-default-features --without-default-devices
                 --enable-fdt=system --enable-tcg --disable-werror --disable-docs --disable-tools
                 --disable-guest-agent --disable-user --disable-install-blobs --disable-debug-info)

log() { echo ">> qemu: $*" >&2; }

mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9 # one build at a time per cache

# 1. The source package, fetched once and pinned by checksum (Debian drops superseded point releases).
fetch_source() {
  mkdir -p "$CACHE/src"
  if ls "$CACHE"/src/*.dsc >/dev/null 2>&1; then
    (cd "$CACHE/src" && sha256sum --quiet -c SHA256SUMS) ||
      { echo "error: cached QEMU source in $CACHE/src fails its checksums; delete the directory to refetch" >&2; exit 1; }
    return
  fi
  ensure_packages dpkg-dev >&2
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src .*bookworm' /etc/apt/sources.list; then
    log "adding a bookworm deb-src entry"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo tee /etc/apt/sources.list.d/qemu-acalsim-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
  fi
  local tmp; tmp=$(mktemp -d "$CACHE/src.XXXX")
  chmod 755 "$tmp" # apt fetches as user _apt
  log "fetching Debian's qemu source $PINNED_VERSION"
  if ! (cd "$tmp" && apt-get source --download-only -qq "qemu=$PINNED_VERSION" >&2); then
    log "warning: $PINNED_VERSION is no longer in the archive; fetching the current bookworm version"
    (cd "$tmp" && apt-get source --download-only -qq qemu >&2) ||
      { rm -rf "$tmp"; echo "error: apt-get source qemu failed (is a bookworm deb-src entry reachable?)" >&2; exit 1; }
  fi
  (cd "$tmp" && sha256sum -- * >SHA256SUMS)
  rm -rf "$CACHE/src" && mv "$tmp" "$CACHE/src"
}

fetch_source
DSC=$(ls "$CACHE"/src/*.dsc | head -n1)
VERSION=$(sed -n 's/^Version: //p' "$DSC")
KEY=$( (echo "$VERSION"; cat "$CACHE/src/SHA256SUMS"; printf '%s\n' "${CONFIGURE_FLAGS[@]}"; cat "${INPUTS[@]}") |
       sha256sum | cut -c1-16)
OUT=$CACHE/bin-$KEY
if [ -x "$OUT/qemu-system-riscv32" ] && [ -x "$OUT/qemu-system-riscv64" ]; then
  touch "$OUT" # in use: among the newest that step 5 keeps
  echo "$OUT"
  exit 0
fi

ensure_packages dpkg-dev meson ninja-build pkg-config python3 libglib2.0-dev libpixman-1-dev libfdt-dev >&2

# 2. Debian's tree with its patches applied, once per version; pristine copies of the files we extend.
TREE=$CACHE/tree-${VERSION//[:+~]/_}
PATCHED=(hw/misc/meson.build hw/misc/Kconfig hw/misc/trace-events hw/riscv/Kconfig)
if [ ! -f "$TREE/.extracted" ]; then
  log "extracting $(basename "$DSC")"
  rm -rf "$TREE"
  dpkg-source -x "$DSC" "$TREE" >/dev/null
  touch "$TREE/.extracted"
fi
# Files qemu/patches/*.patch change (fixes to QEMU itself, each explained in its header).
PATCH_TARGETS=($(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$QEMU_DIR"/patches/*.patch | sort -u))
for f in "${PATCHED[@]}" "${PATCH_TARGETS[@]}"; do # the tree is only ever rewritten from these copies
  [ -f "$TREE/$f.pristine" ] || cp "$TREE/$f" "$TREE/$f.pristine"
done

# 3. Add the device. Files are only rewritten when their content changes, so ninja rebuilds only what changed.
install_if_changed() { # SRC DST
  mkdir -p "$(dirname "$2")"
  cmp -s "$1" "$2" || cp "$1" "$2"
}
stage=$(mktemp -d); trap 'rm -rf "$stage"' EXIT
cat "$TREE/hw/misc/meson.build.pristine" "$QEMU_DIR/hw/misc/meson.build.append" >"$stage/meson.build"
cat "$TREE/hw/misc/Kconfig.pristine" "$QEMU_DIR/hw/misc/Kconfig.append" >"$stage/Kconfig"
cat "$TREE/hw/misc/trace-events.pristine" "$QEMU_DIR/hw/misc/trace-events" >"$stage/trace-events"
# virt selects the device: with --without-default-devices, 'default y' would be ignored.
sed '/^config RISCV_VIRT$/,/^$/ s/^    bool$/    bool\n    select SST_DEVICE/' "$TREE/hw/riscv/Kconfig.pristine" >"$stage/riscv-Kconfig"
grep -q 'select SST_DEVICE' "$stage/riscv-Kconfig" || { echo "error: could not add SST_DEVICE to RISCV_VIRT" >&2; exit 1; }
for f in "${PATCH_TARGETS[@]}"; do install_if_changed "$TREE/$f.pristine" "$stage/patched/$f"; done
for p in "$QEMU_DIR"/patches/*.patch; do
  patch -s -p1 -d "$stage/patched" --no-backup-if-mismatch <"$p" ||
    { echo "error: $(basename "$p") does not apply to QEMU $VERSION" >&2; exit 1; }
done
for f in "${PATCH_TARGETS[@]}"; do install_if_changed "$stage/patched/$f" "$TREE/$f"; done
install_if_changed "$stage/meson.build" "$TREE/hw/misc/meson.build"
install_if_changed "$stage/Kconfig" "$TREE/hw/misc/Kconfig"
install_if_changed "$stage/trace-events" "$TREE/hw/misc/trace-events"
install_if_changed "$stage/riscv-Kconfig" "$TREE/hw/riscv/Kconfig"
install_if_changed "$QEMU_DIR/hw/misc/sst-device.c" "$TREE/hw/misc/sst-device.c"
install_if_changed "$QEMU_DIR/hw/misc/sst-device-fdt.c" "$TREE/hw/misc/sst-device-fdt.c"
install_if_changed "$QEMU_DIR/include/hw/misc/sst-device.h" "$TREE/include/hw/misc/sst-device.h"
install_if_changed "$REPO_ROOT/protocol/include/sst_mmio/wire.h" "$TREE/include/sst_mmio/wire.h"
install_if_changed "$REPO_ROOT/protocol/include/sst_mmio/validate.h" "$TREE/include/sst_mmio/validate.h"
install_if_changed "$REPO_ROOT/protocol/include/sst_mmio/shm_ring.h" "$TREE/include/sst_mmio/shm_ring.h"
install_if_changed "$REPO_ROOT/protocol/include/sst_mmio/link.h" "$TREE/include/sst_mmio/link.h"
install_if_changed "$REPO_ROOT/protocol/src/link.c" "$TREE/hw/misc/sst-link.c" # the channel, shared with the bridge

# 4. Configure once per tree (with Debian's python, not a pyenv shim), then build incrementally.
export PATH=/usr/bin:/bin:$PATH
flags_file=$TREE/build/.configure-flags
if [ ! -f "$TREE/build/build.ninja" ] || [ "$(cat "$flags_file" 2>/dev/null)" != "${CONFIGURE_FLAGS[*]}" ]; then
  log "configuring"
  rm -rf "$TREE/build" && mkdir -p "$TREE/build"
  (cd "$TREE/build" && ../configure "${CONFIGURE_FLAGS[@]}" >configure.log 2>&1) ||
    { tail -30 "$TREE/build/configure.log" >&2; echo "error: QEMU configure failed (log: $TREE/build/configure.log)" >&2; exit 1; }
  echo "${CONFIGURE_FLAGS[*]}" >"$flags_file"
fi
log "building (the first build takes several minutes)"
ninja -C "$TREE/build" qemu-system-riscv32 qemu-system-riscv64 >"$TREE/build/ninja.log" 2>&1 ||
  { grep -E 'error|FAILED' "$TREE/build/ninja.log" | head -30 >&2; echo "error: QEMU build failed (log: $TREE/build/ninja.log)" >&2; exit 1; }

# 5. Publish atomically; keep the newest binaries of other inputs (19 MB each): another clone or
# branch may still be configured with them.
tmp_out=$(mktemp -d "$CACHE/.publishing.XXXX")
cp "$TREE/build/qemu-system-riscv32" "$TREE/build/qemu-system-riscv64" "$tmp_out/"
printf 'qemu source: %s\nkey: %s\n' "$VERSION" "$KEY" >"$tmp_out/BUILD-INFO"
mv "$tmp_out" "$OUT"
ls -1dt "$CACHE"/bin-* | tail -n +9 | xargs -r rm -rf # the 8 newest stay
log "built $OUT"
echo "$OUT"
