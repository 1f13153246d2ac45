# SPDX-License-Identifier: BSD-3-Clause
# Shared by the scripts: install what the build needs, configure and build.
# Sourced, not run. Honours BUILD_DIR (default: build/ in the clone).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO_ROOT/build}

# Debian packages the build and tests use (bookworm names).
APT_PACKAGES=(cmake ninja-build g++ make pkg-config python3 python3-dev libgtest-dev libbenchmark-dev nlohmann-json3-dev
              gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf clang libclang-rt-14-dev bc)
# The Linux guest (linux/build-linux.sh): kernel source, cross compiler and libc, OpenSBI, kbuild's tools.
LINUX_APT_PACKAGES=(linux-source-6.1 gcc-riscv64-linux-gnu libc6-dev-riscv64-cross opensbi
                    make bc flex bison cpio xz-utils python3)
# scripts/timeline.py, which draws a trace (installed by it on first use, and by the test suite).
TIMELINE_APT_PACKAGES=(python3-matplotlib)
# merlin's own suite builds its PolarFly and PolarStar topologies with sympy.
SST_SUITE_APT_PACKAGES=(python3-sympy)

# ensure_packages [PKG...]: installs what is missing (default: APT_PACKAGES).
ensure_packages() {
  local missing=() wanted=("$@")
  [ ${#wanted[@]} -gt 0 ] || wanted=("${APT_PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo ">> installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  # Another install may be running (two of these scripts at once): wait for dpkg's lock, not fail.
  $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}"
}

# build_all [extra cmake arguments]: QEMU (cached), then everything in $BUILD_DIR.
build_all() {
  ensure_packages
  local qemu_bin_dir linux_kernel_dir
  qemu_bin_dir=$("$REPO_ROOT/qemu/build-qemu.sh")
  linux_kernel_dir=$("$REPO_ROOT/linux/build-linux.sh")
  # Debian's python3 (and its libpython) rather than a pyenv shim that may lead PATH.
  cmake -S "$REPO_ROOT" -B "$BUILD_DIR" -G Ninja -DQEMU_BIN_DIR="$qemu_bin_dir" -DLINUX_KERNEL_DIR="$linux_kernel_dir" \
    -DREQUIRE_QEMU_TESTS=ON \
    -DPython3_EXECUTABLE=/usr/bin/python3 -DPython3_ROOT_DIR=/usr -DPython3_FIND_STRATEGY=LOCATION "$@" >/dev/null
  cmake --build "$BUILD_DIR"
}

# build_sst_elements: builds sst-elements (cached: sst-elements/build-sst-elements.sh) against the
# embedded engine in $BUILD_DIR and, when find_real_sst_core found one, against real SST Core in
# $SST_CORE_BIN/..; then registers its suites' tests in $BUILD_DIR. Sets SST_ELEMENTS_CMAKE_ARGS,
# the cmake arguments that say where the builds are.
build_sst_elements() {
  local embedded sst16="" status=0
  embedded=$("$REPO_ROOT/sst-elements/build-sst-elements.sh" "$BUILD_DIR") || status=$?
  if [ $status -eq 3 ]; then # the script says why
    echo ">> sst-elements' suites SKIPPED: $embedded"
    embedded=""
  elif [ $status -ne 0 ]; then
    exit $status
  elif [ -n "${SST_CORE_BIN:-}" ]; then
    sst16=$("$REPO_ROOT/sst-elements/build-sst-elements.sh" "$SST_CORE_BIN/..")
  fi
  SST_ELEMENTS_CMAKE_ARGS=(-DSST_ELEMENTS_LIBDIR_EMBEDDED="$embedded" -DSST_ELEMENTS_LIBDIR_SST16="$sst16")
  cmake "$BUILD_DIR" "${SST_ELEMENTS_CMAKE_ARGS[@]}" >/dev/null
}

# find_real_sst_core: finds or builds a real SST Core 16 (sst-core/build-sst-core.sh) and sets
#   SST_CORE_BIN        its bin directory, or "" when there is none (SST_CORE_SKIP_REASON says why)
#   SST_CORE_CMAKE_ARGS the cmake arguments that add (or leave out) the real-SST tier
# A build that fails is an error, not a skip.
find_real_sst_core() {
  local status=0
  SST_CORE_BIN=$("$REPO_ROOT/sst-core/build-sst-core.sh") || status=$?
  if [ $status -eq 0 ]; then
    SST_CORE_SKIP_REASON=""
  elif [ $status -eq 3 ]; then # the script says why
    SST_CORE_SKIP_REASON=$SST_CORE_BIN
    SST_CORE_BIN=""
  else
    exit $status
  fi
  SST_CORE_CMAKE_ARGS=(-DSST_CORE_BIN_DIR="$SST_CORE_BIN" "-DSST_CORE_UNAVAILABLE=$SST_CORE_SKIP_REASON")
}

# bench_setup: for the benchmarks in bench/: builds everything, with the real-SST tier when
# there is an SST Core, and sets QEMU_DIR (the cached QEMU) and FW (the rv32 firmware).
bench_setup() {
  find_real_sst_core >/dev/null 2>&1 || SST_CORE_BIN=""
  build_all "${SST_CORE_CMAKE_ARGS[@]}" >/dev/null
  QEMU_DIR=$("$REPO_ROOT/qemu/build-qemu.sh")
  FW=$BUILD_DIR/firmware/rv32
}

# best_ns CMD...: wall time (ns) of a command, the best of 3 runs (the machine is shared; the
# least disturbed run is the closest to the command's own cost). Its output is shown if it fails.
best_ns() {
  local best=0 s t out
  out=$(mktemp)
  for _ in 1 2 3; do
    s=$(date +%s%N); "$@" >"$out" 2>&1 || { cat "$out" >&2; rm -f "$out"; exit 1; }; t=$(( $(date +%s%N) - s ))
    if [ "$best" -eq 0 ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  rm -f "$out"
  echo "$best"
}
rate() { echo "scale=0; $1 * 1000000000 / $2" | bc; } # EVENTS NS: events per second
