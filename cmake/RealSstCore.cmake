# realsstcore: an interface target carrying what a real SST Core's sst-config reports
# for element libraries (e.g. -std=c++17 -fPIC -I<prefix>/include, and the -shared
# link flags). Looks in SST_CORE_BIN_DIR, else PATH. Sets REAL_SST and REAL_SST_INFO (the
# commands), REAL_SST_VERSION and, with mpirun, REAL_SST_MPI2 (sst on two ranks).
find_program(SST_CONFIG sst-config HINTS ${SST_CORE_BIN_DIR} NO_CACHE)
if(NOT SST_CONFIG)
  message(FATAL_ERROR "sst-config not found (SST_CORE_BIN_DIR='${SST_CORE_BIN_DIR}'); put SST Core's bin directory "
                      "on PATH or run sst-core/build-sst-core.sh, which prints it")
endif()
get_filename_component(_sst_bin_dir ${SST_CONFIG} DIRECTORY)
find_program(REAL_SST sst HINTS ${_sst_bin_dir} NO_DEFAULT_PATH NO_CACHE REQUIRED)
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

if(NOT TARGET realsstcore)
  add_library(realsstcore INTERFACE)
  target_compile_options(realsstcore INTERFACE ${SST_CXXFLAGS} ${SST_ELEMENT_CXXFLAGS})
  target_link_options(realsstcore INTERFACE ${SST_LDFLAGS} ${SST_ELEMENT_LDFLAGS})
endif()

# Two MPI ranks of that SST: mpirun as root needs to be told, and 2 ranks may exceed the cores;
# --tag-output keeps each rank's lines whole.
find_program(MPIRUN mpirun NO_CACHE)
if(MPIRUN)
  set(REAL_SST_MPI2 ${MPIRUN} --allow-run-as-root --oversubscribe --tag-output -np 2 ${REAL_SST})
else()
  message(STATUS "mpirun not found: the real-SST tests with 2 MPI ranks are not registered")
endif()
