# SPDX-License-Identifier: BSD-3-Clause
# SST's own test suites as CTest tests, and the pinned release tarballs they come from.

# unpack_pinned_tarball(TARBALL SHA256 TOPDIR STAMP PATTERNS...): checks TARBALL's sha256 (fatal
# if it differs) and extracts its PATTERNS beside TOPDIR, the directory the tarball's paths start
# with (replacing it), once: again only when STAMP (a name in the build tree that changes with
# what is unpacked) is missing.
function(unpack_pinned_tarball tarball sha256 topdir stamp)
  file(SHA256 "${tarball}" actual)
  if(NOT actual STREQUAL sha256)
    message(FATAL_ERROR "${tarball} has sha256 ${actual}, not the pinned ${sha256}")
  endif()
  if(NOT EXISTS ${stamp})
    file(REMOVE_RECURSE ${topdir})
    get_filename_component(parent ${topdir} DIRECTORY)
    file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION ${parent} PATTERNS ${ARGN})
    file(TOUCH ${stamp})
  endif()
endfunction()

# add_sst_suite_tests(PREFIX p BINDIR d LAUNCHER l TESTS dir SECTION heading LABELS a;b
#                     [DISABLE_EXCLUDED] [ENVIRONMENT VAR=VALUE...]):
# one test PREFIX.SUITE.TEST per test method of TESTS/testsuite_default_*.py, run by SST's own
# framework (LAUNCHER in BINDIR, tests/tools/run_sst_test.py). docs/engine.md's section SECTION
# lists what the embedded engine leaves out, with why (tests/tools/list_sst_tests.py):
# DISABLE_EXCLUDED disables those. Sets SST_SUITE_TESTS in the caller to the tests' names, for
# properties of the caller's own.
function(add_sst_suite_tests)
  cmake_parse_arguments(ARG "DISABLE_EXCLUDED" "PREFIX;BINDIR;LAUNCHER;TESTS;SECTION" "LABELS;ENVIRONMENT" ${ARGN})
  set(doc ${PROJECT_SOURCE_DIR}/docs/engine.md)
  set(lister ${PROJECT_SOURCE_DIR}/tests/tools/list_sst_tests.py)
  execute_process(COMMAND ${Python3_EXECUTABLE} ${lister} ${ARG_TESTS} ${doc} "${ARG_SECTION}"
                  OUTPUT_VARIABLE listing RESULT_VARIABLE listed ERROR_VARIABLE list_error)
  if(NOT listed EQUAL 0)
    message(FATAL_ERROR "the tests of ${ARG_TESTS}: ${list_error}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${doc} ${lister})
  string(REPLACE "\n" ";" listing "${listing}")
  set(names "")
  foreach(entry IN LISTS listing)
    if(entry STREQUAL "")
      continue()
    endif()
    string(REPLACE "|" ";" fields "${entry}")
    list(GET fields 0 suite)
    list(GET fields 1 test)
    list(LENGTH fields n)
    set(reason "")
    if(n GREATER 2)
      list(GET fields 2 reason)
    endif()
    set(name ${ARG_PREFIX}.${suite}.${test})
    add_test(NAME ${name}
      COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/run_sst_test.py ${ARG_BINDIR} ${ARG_LAUNCHER}
              ${ARG_TESTS}/testsuite_default_${suite}.py ${test} ${CMAKE_CURRENT_BINARY_DIR}/out/${name}
      WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set(env ${ARG_ENVIRONMENT})
    if(ENABLE_SANITIZERS)
      # SST's code, built unmodified, leaks by its own code (an Output or RNG new'd and never
      # deleted, getSubComponentSlotInfo's result kept): leaks are checked by the project's own
      # tests; AddressSanitizer's other errors and UndefinedBehaviorSanitizer still fail these.
      list(APPEND env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:strict_string_checks=1")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" SKIP_RETURN_CODE 77 TIMEOUT 300
                         ENVIRONMENT "${env}")
    if(ARG_DISABLE_EXCLUDED AND NOT reason STREQUAL "")
      set_tests_properties(${name} PROPERTIES DISABLED TRUE) # docs/engine.md says why
    endif()
    list(APPEND names ${name})
  endforeach()
  set(SST_SUITE_TESTS ${names} PARENT_SCOPE)
endfunction()

# sst_elements_config_file(TIER LIBDIR OUT_VAR): the configuration file through which an engine
# (TIER: embedded, sst16) finds sst-elements' libraries in LIBDIR without touching the user's SST
# configuration (both engines read SST_CONFIG_FILE_PATH's files after their own and search every
# *LIBDIR key). Sets OUT_VAR to its path.
function(sst_elements_config_file tier libdir out_var)
  set(conf ${CMAKE_BINARY_DIR}/sst-elements/${tier}/sstsimulator.conf)
  file(WRITE ${conf} "[sst-elements]\nLIBDIR=${libdir}\n")
  set(${out_var} ${conf} PARENT_SCOPE)
endfunction()
