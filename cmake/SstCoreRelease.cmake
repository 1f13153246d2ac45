# SPDX-License-Identifier: BSD-3-Clause
# SST Core 16.0.0's release tarball, unpacked at configure time into the build tree (never into
# the repository): SST's own tests and test elements (engine/tests/sst_core_suite), its test
# framework, sst-snippets.py, which the embedded engine installs beside sst-config as SST Core
# does (sst-elements' configure looks for it), and SST's own interface headers stdMem.h and
# simpleNetwork.h, which the engine installs unmodified (they build against its headers). Sets SST_CORE_RELEASE_DIR, or leaves it
# empty with SST_CORE_RELEASE_MISSING saying why.
set(SST_CORE_TARBALL "${PROJECT_SOURCE_DIR}/../shared/vendor/sst-core-16.0.0.tar.gz"
    CACHE FILEPATH "SST Core 16.0.0's release tarball (its tests, test elements and tools)")
set(SST_CORE_TARBALL_SHA256 fc3629650e81d678b0042c8b0a37a39e0e3bb9bd89c1ccbc5c61563a1705f636)
set(SST_CORE_RELEASE_DIR "")
set(SST_CORE_RELEASE_MISSING "")
if(NOT EXISTS "${SST_CORE_TARBALL}")
  set(SST_CORE_RELEASE_MISSING "no ${SST_CORE_TARBALL} (set SST_CORE_TARBALL)")
  message(WARNING "SST Core's release is not unpacked: ${SST_CORE_RELEASE_MISSING}")
  return()
endif()
file(SHA256 "${SST_CORE_TARBALL}" _sst_tarball_sha256)
if(NOT _sst_tarball_sha256 STREQUAL SST_CORE_TARBALL_SHA256)
  message(FATAL_ERROR "${SST_CORE_TARBALL} has sha256 ${_sst_tarball_sha256}, not SST Core 16.0.0's ${SST_CORE_TARBALL_SHA256}")
endif()
set(SST_CORE_RELEASE_DIR ${CMAKE_BINARY_DIR}/sst-core-16.0.0)
set(_sst_stamp ${CMAKE_BINARY_DIR}/sst-core-16.0.0.unpacked-2-${SST_CORE_TARBALL_SHA256}) # -2: what is unpacked changed
if(NOT EXISTS ${_sst_stamp})
  file(REMOVE_RECURSE ${SST_CORE_RELEASE_DIR})
  file(ARCHIVE_EXTRACT INPUT "${SST_CORE_TARBALL}" DESTINATION ${CMAKE_BINARY_DIR}
       PATTERNS sst-core-16.0.0/tests sst-core-16.0.0/src/sst/core/testElements
                sst-core-16.0.0/src/sst/core/testingframework sst-core-16.0.0/scripts/sst-snippets.py
                sst-core-16.0.0/src/sst/core/interfaces/stdMem.h sst-core-16.0.0/src/sst/core/interfaces/simpleNetwork.h)
  file(TOUCH ${_sst_stamp})
endif()
