# add_sst_element(NAME SOURCES...): builds libNAME.so, an element library the
# engine loads for "NAME.Component" types, into SST_ELEMENT_DIR.
function(add_sst_element name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE sstcore)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib" OUTPUT_NAME ${name}
    LIBRARY_OUTPUT_DIRECTORY ${SST_ELEMENT_DIR})
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
  set_tests_properties(${name} PROPERTIES LABELS "${labels}" TIMEOUT 300)
endfunction()
