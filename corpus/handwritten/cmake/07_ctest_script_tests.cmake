enable_testing()

add_executable(csvtool src/main.c src/csv.c)

# Each sample file must round-trip unchanged.
file(GLOB SAMPLES ${CMAKE_CURRENT_SOURCE_DIR}/tests/data/*.csv)
foreach(sample IN LISTS SAMPLES)
  get_filename_component(name ${sample} NAME_WE)
  add_test(NAME roundtrip_${name}
    COMMAND csvtool --check ${sample})
  set_tests_properties(roundtrip_${name} PROPERTIES
    LABELS "roundtrip"
    TIMEOUT 10)
endforeach()

add_test(NAME rejects_bad_quotes
  COMMAND csvtool --check ${CMAKE_CURRENT_SOURCE_DIR}/tests/bad/unterminated.csv)
set_tests_properties(rejects_bad_quotes PROPERTIES WILL_FAIL TRUE)

add_test(NAME prints_version COMMAND csvtool --version)
set_tests_properties(prints_version PROPERTIES
  PASS_REGULAR_EXPRESSION "^csvtool [0-9]+\\.[0-9]+")

add_test(NAME large_file
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:csvtool> -DROWS=200000
          -P ${CMAKE_CURRENT_SOURCE_DIR}/tests/large_file.cmake)
set_tests_properties(large_file PROPERTIES LABELS "slow" RESOURCE_LOCK tmpdir)
