# Stamp the git revision and build date into a generated header.

find_package(Git QUIET)
set(APP_GIT_REV "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
  execute_process(
    COMMAND ${GIT_EXECUTABLE} describe --tags --always --dirty
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    OUTPUT_VARIABLE APP_GIT_REV
    OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET
  )
endif()

string(TIMESTAMP APP_BUILD_DATE "%Y-%m-%d" UTC)
string(TOUPPER "${CMAKE_SYSTEM_NAME}" APP_PLATFORM)

configure_file(
  ${CMAKE_CURRENT_SOURCE_DIR}/src/version.h.in
  ${CMAKE_CURRENT_BINARY_DIR}/generated/version.h
  @ONLY
)
target_include_directories(app PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated)

message(STATUS "Version: ${PROJECT_VERSION} (${APP_GIT_REV}, ${APP_BUILD_DATE})")
