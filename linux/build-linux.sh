#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds the Linux guest's kernel (rv64) from Debian bookworm's linux-source-6.1
# with linux/kernel.config merged into tinyconfig, and prints the kernel build
# directory: arch/riscv/boot/Image, and what out-of-tree modules build against
# (make -C DIR M=...). Installs its Debian packages on first use.
#
# Cache: ${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/linux/
#   src-VERSION/   the unpacked linux-source-6.1 tree, once per Debian version
#   build-KEY/     the kernel built there (O=); KEY hashes every input below.
#                  .complete marks a finished build: a second run only checks it.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/qemu-acalsim-sst/linux
LINUX_DIR=$REPO_ROOT/linux
INPUTS=("$LINUX_DIR/build-linux.sh" "$LINUX_DIR/kernel.config")
export ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-
# Reproducible: the banner (and so the console) does not name this machine or this day.
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 1970" KBUILD_BUILD_USER=acalsim KBUILD_BUILD_HOST=acalsim

log() { echo ">> linux: $*" >&2; }

ensure_packages "${LINUX_APT_PACKAGES[@]}" >&2
mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9 # one build at a time per cache

VERSION=$(dpkg-query -W -f='${Version}' linux-source-6.1)
TOOLCHAIN=$(riscv64-linux-gnu-gcc --version | head -n1)
# Comments do not count: editing one does not rebuild the kernel.
KEY=$( (echo "$VERSION"; echo "$TOOLCHAIN"; grep -hv '^[[:space:]]*#' "${INPUTS[@]}") | sha256sum | cut -c1-16)
OUT=$CACHE/build-$KEY
if [ -f "$OUT/.complete" ]; then
  echo "$OUT"
  exit 0
fi

# 1. The source, unpacked once per Debian version.
SRC=$CACHE/src-${VERSION//[:+~]/_}
if [ ! -f "$SRC/.extracted" ]; then
  log "unpacking linux-source-6.1 $VERSION"
  rm -rf "$SRC" && mkdir -p "$SRC"
  tar -xJf /usr/src/linux-source-6.1.tar.xz -C "$SRC" --strip-components=1
  touch "$SRC/.extracted"
fi

# 2. Configure: tinyconfig plus the fragment; every option the fragment asks for must survive.
log "configuring (tinyconfig + $(basename "$LINUX_DIR")/kernel.config)"
mkdir -p "$OUT"
make -s -C "$SRC" O="$OUT" tinyconfig >"$OUT/configure.log" 2>&1
(cd "$SRC" && KCONFIG_CONFIG="$OUT/.config" scripts/kconfig/merge_config.sh -m -O "$OUT" \
  "$OUT/.config" "$LINUX_DIR/kernel.config" >>"$OUT/configure.log" 2>&1)
make -s -C "$SRC" O="$OUT" olddefconfig >>"$OUT/configure.log" 2>&1
missing=$(grep '^CONFIG_.*=y$' "$LINUX_DIR/kernel.config" | while read -r want; do
  grep -qx "$want" "$OUT/.config" || echo "$want"; done)
if [ -n "$missing" ]; then
  echo "error: linux/kernel.config asks for options the kernel did not keep (a dependency is missing):" >&2
  echo "$missing" >&2
  exit 1
fi

# 3. Build the image and what modules need (Module.symvers, scripts).
log "building the kernel (about 2 minutes on 2 cores the first time)"
make -C "$SRC" O="$OUT" -j"$(nproc)" Image modules_prepare >"$OUT/build.log" 2>&1 ||
  { grep -E 'error|Error' "$OUT/build.log" | head -30 >&2; echo "error: kernel build failed (log: $OUT/build.log)" >&2; exit 1; }
make -C "$SRC" O="$OUT" -j"$(nproc)" modules >>"$OUT/build.log" 2>&1 ||
  { tail -30 "$OUT/build.log" >&2; echo "error: kernel modules step failed (log: $OUT/build.log)" >&2; exit 1; }
printf 'linux-source-6.1: %s\ntoolchain: %s\nkey: %s\n' "$VERSION" "$TOOLCHAIN" "$KEY" >"$OUT/BUILD-INFO"
touch "$OUT/.complete"
find "$CACHE" -maxdepth 1 -name 'build-*' ! -name "build-$KEY" -exec rm -rf {} +
log "built $OUT"
echo "$OUT"
