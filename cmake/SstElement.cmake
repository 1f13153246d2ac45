# add_sst_element(NAME SOURCES...): builds libNAME.so, an element library the
# engine loads for "NAME.Component" types, into SST_ELEMENT_DIR.
function(add_sst_element name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE sstcore)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib" OUTPUT_NAME ${name}
    LIBRARY_OUTPUT_DIRECTORY ${SST_ELEMENT_DIR})
endfunction()
