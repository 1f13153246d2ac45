# Stand-in target `sstcore` for a real SST Core install, with the flags its
# sst-config reports (e.g. -std=c++17 -fPIC -I<prefix>/include, and the
# linker flags for -shared element libraries).
find_program(SST_CONFIG sst-config)
if(NOT SST_CONFIG)
  message(FATAL_ERROR "SST_CORE_MODE=installed: sst-config not found; put SST Core's bin directory on PATH")
endif()
foreach(what CXXFLAGS LDFLAGS ELEMENT_CXXFLAGS ELEMENT_LDFLAGS)
  execute_process(COMMAND ${SST_CONFIG} --${what} OUTPUT_VARIABLE out RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(rc EQUAL 0)
    separate_arguments(SST_${what} UNIX_COMMAND "${out}")
  endif()
endforeach()
execute_process(COMMAND ${SST_CONFIG} --version OUTPUT_VARIABLE SST_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
message(STATUS "Building elements against SST Core ${SST_VERSION} (${SST_CONFIG})")

add_library(sstcore INTERFACE)
target_compile_options(sstcore INTERFACE ${SST_CXXFLAGS} ${SST_ELEMENT_CXXFLAGS})
target_link_options(sstcore INTERFACE ${SST_LDFLAGS} ${SST_ELEMENT_LDFLAGS})

add_library(sst_mmio_protocol INTERFACE)
target_include_directories(sst_mmio_protocol INTERFACE ${PROJECT_SOURCE_DIR}/protocol/include)
