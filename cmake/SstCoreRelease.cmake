# SPDX-License-Identifier: BSD-3-Clause
# SST Core 16.0.0's release tarball, unpacked at configure time into the build tree (never into
# the repository): SST's own tests and test elements (engine/tests/sst_core_suite), its test
# framework, sst-snippets.py, which the embedded engine installs beside sst-config as SST Core
# does (sst-elements' configure looks for it), and the header-only parts of SST's API that the
# engine installs unmodified (SST_CORE_RELEASE_HEADERS: they build against its headers). Sets
# SST_CORE_RELEASE_DIR, or leaves it empty with SST_CORE_RELEASE_MISSING saying why.
set(SST_CORE_TARBALL "${PROJECT_SOURCE_DIR}/../shared/vendor/sst-core-16.0.0.tar.gz"
    CACHE FILEPATH "SST Core 16.0.0's release tarball (its tests, test elements and tools)")
set(SST_CORE_TARBALL_SHA256 fc3629650e81d678b0042c8b0a37a39e0e3bb9bd89c1ccbc5c61563a1705f636)
# Relative to src/sst/core: StandardMem and SimpleNetwork, and the thread-safe primitives
# (with the profiling clock they use) that merlin's inspectors lock with.
set(SST_CORE_RELEASE_HEADERS interfaces/stdMem.h interfaces/simpleNetwork.h threadsafe.h profile.h)
set(SST_CORE_RELEASE_DIR "")
set(SST_CORE_RELEASE_MISSING "")
if(NOT EXISTS "${SST_CORE_TARBALL}")
  set(SST_CORE_RELEASE_MISSING "no ${SST_CORE_TARBALL} (set SST_CORE_TARBALL)")
  message(WARNING "SST Core's release is not unpacked: ${SST_CORE_RELEASE_MISSING}")
  return()
endif()
set(SST_CORE_RELEASE_DIR ${CMAKE_BINARY_DIR}/sst-core-16.0.0)
list(TRANSFORM SST_CORE_RELEASE_HEADERS PREPEND sst-core-16.0.0/src/sst/core/ OUTPUT_VARIABLE _sst_release_headers)
unpack_pinned_tarball("${SST_CORE_TARBALL}" ${SST_CORE_TARBALL_SHA256} ${SST_CORE_RELEASE_DIR}
  ${CMAKE_BINARY_DIR}/sst-core-16.0.0.unpacked-3-${SST_CORE_TARBALL_SHA256} # -3: what is unpacked changed
  sst-core-16.0.0/tests sst-core-16.0.0/src/sst/core/testElements sst-core-16.0.0/src/sst/core/testingframework
  sst-core-16.0.0/scripts/sst-snippets.py ${_sst_release_headers})
