# SPDX-License-Identifier: BSD-3-Clause
# realsstcore: an interface target carrying what a real SST Core's sst-config reports
# for element libraries (e.g. -std=c++17 -fPIC -I<prefix>/include, and the -shared
# link flags). Looks in SST_CORE_BIN_DIR, else PATH. Sets REAL_SST_INFO, REAL_SST_VERSION,
# REAL_SST (sst loading the element libraries of SST16_ELEMENT_DIR) and, with mpirun,
# REAL_SST_MPI2 (the same on two ranks); REAL_SST_STRING and REAL_SST_MPI2_STRING are those
# commands as one string each (for tests/tools/compare_engines.py).
find_program(SST_CONFIG sst-config HINTS ${SST_CORE_BIN_DIR} NO_CACHE)
if(NOT SST_CONFIG)
  message(FATAL_ERROR "sst-config not found (SST_CORE_BIN_DIR='${SST_CORE_BIN_DIR}'); put SST Core's bin directory "
                      "on PATH or run sst-core/build-sst-core.sh, which prints it")
endif()
get_filename_component(_sst_bin_dir ${SST_CONFIG} DIRECTORY)
find_program(REAL_SST_PROGRAM sst HINTS ${_sst_bin_dir} NO_DEFAULT_PATH NO_CACHE REQUIRED)
find_program(REAL_SST_INFO sst-info HINTS ${_sst_bin_dir} NO_DEFAULT_PATH NO_CACHE REQUIRED)
foreach(what CXXFLAGS LDFLAGS ELEMENT_CXXFLAGS ELEMENT_LDFLAGS)
  execute_process(COMMAND ${SST_CONFIG} --${what} OUTPUT_VARIABLE out RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  set(SST_${what} "")
  if(rc EQUAL 0)
    separate_arguments(SST_${what} UNIX_COMMAND "${out}")
  endif()
endforeach()
execute_process(COMMAND ${SST_CONFIG} --version OUTPUT_VARIABLE REAL_SST_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
message(STATUS "Elements are also built against SST Core ${REAL_SST_VERSION} (${SST_CONFIG})")

add_library(realsstcore INTERFACE)
target_compile_options(realsstcore INTERFACE ${SST_CXXFLAGS} ${SST_ELEMENT_CXXFLAGS})
target_link_options(realsstcore INTERFACE ${SST_LDFLAGS} ${SST_ELEMENT_LDFLAGS})

# Our libraries are loaded with --add-lib-path: nothing is registered in SST's configuration.
set(REAL_SST ${REAL_SST_PROGRAM} --add-lib-path ${SST16_ELEMENT_DIR})
string(JOIN " " REAL_SST_STRING ${REAL_SST})

# Two MPI ranks of that SST: mpirun as root needs to be told, and 2 ranks may exceed the cores;
# --tag-output names each piece of output with its rank (tests/tools/compare_engines.py joins a
# rank's line that came in two pieces).
find_program(MPIRUN mpirun NO_CACHE)
if(MPIRUN)
  set(REAL_SST_MPI2 ${MPIRUN} --allow-run-as-root --oversubscribe --tag-output -np 2 ${REAL_SST})
  string(JOIN " " REAL_SST_MPI2_STRING ${REAL_SST_MPI2})
else()
  message(STATUS "mpirun not found: the real-SST tests with 2 MPI ranks are not registered")
endif()

# add_engines_agree_test(NAME LABELS TIMEOUT ARGS...): sst16.engines_agree.NAME runs
# tests/tools/compare_engines.py ARGS (its --engine options, checks, -- and the configuration).
function(add_engines_agree_test name labels timeout)
  add_test(NAME sst16.engines_agree.${name}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/compare_engines.py ${ARGN})
  set_tests_properties(sst16.engines_agree.${name} PROPERTIES LABELS "sst16;engines;${labels}" TIMEOUT ${timeout}
                       ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
endfunction()
