# Runs a command, then compares its output with an expected file.
# cmake -DCMD=... -DARGS=... -DEXPECTED=... -P compare_output.cmake

separate_arguments(arg_list UNIX_COMMAND "${ARGS}")
execute_process(
  COMMAND ${CMD} ${arg_list}
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE stderr
  RESULT_VARIABLE rc
)

if(NOT rc EQUAL 0)
  message(FATAL_ERROR "command failed (${rc}):\n${stderr}")
endif()

file(READ "${EXPECTED}" expected)
string(REPLACE "\r\n" "\n" actual "${actual}")
string(REPLACE "\r\n" "\n" expected "${expected}")

if(NOT actual STREQUAL expected)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/actual_output.txt" "${actual}")
  message(FATAL_ERROR "output differs from ${EXPECTED}; see actual_output.txt")
endif()
message(STATUS "output matches ${EXPECTED}")
