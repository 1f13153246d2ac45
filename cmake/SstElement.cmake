# SPDX-License-Identifier: BSD-3-Clause
# The SST Cores element libraries are built for: "embedded" (the engine built here, target
# sstcore) and, when a real SST Core is configured, "sst16" (target realsstcore).
set(SST_CORES "")
# add_sst_element(NAME SOURCES... [LINK LIBS...] [DEFINITIONS DEFS...]): builds libNAME.so, an
# element library the engine loads for "NAME.Component" types, once per core in SST_CORES: into
# SST_ELEMENT_DIR for the embedded engine (target NAME) and into SST16_ELEMENT_DIR for real SST
# Core (target NAME-sst16). LINK and DEFINITIONS apply to every variant.
function(add_sst_element name)
  cmake_parse_arguments(ARG "" "" "LINK;DEFINITIONS" ${ARGN})
  foreach(core IN LISTS SST_CORES)
    if(core STREQUAL "embedded")
      set(target ${name})
      set(dir ${SST_ELEMENT_DIR})
      set(link sstcore)
    else()
      set(target ${name}-${core})
      set(dir ${SST16_ELEMENT_DIR})
      set(link realsstcore)
    endif()
    add_library(${target} MODULE ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${target} PRIVATE ${link} ${ARG_LINK})
    target_compile_definitions(${target} PRIVATE ${ARG_DEFINITIONS})
    set_target_properties(${target} PROPERTIES PREFIX "lib" OUTPUT_NAME ${name} LIBRARY_OUTPUT_DIRECTORY ${dir})
  endforeach()
endfunction()

# add_expect_test(NAME [LABELS a,b] CHECKS... -- COMMAND...): a CTest test
# that runs COMMAND through tests/tools/expect.py with the given checks.
# CMake splits arguments at ';': write a semicolon in a regex as \\x3b.
function(add_expect_test name)
  cmake_parse_arguments(ARG "" "LABELS" "" ${ARGN})
  add_test(NAME ${name}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/expect.py ${ARG_UNPARSED_ARGUMENTS}
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  string(REPLACE "," ";" labels "${ARG_LABELS}")
  if(TEST_ENGINE_LABEL) # the engine a test runs on, when it is one of a per-engine set
    list(APPEND labels ${TEST_ENGINE_LABEL})
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${labels}" TIMEOUT 300)
endfunction()
