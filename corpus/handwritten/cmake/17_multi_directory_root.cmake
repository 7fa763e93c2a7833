cmake_minimum_required(VERSION 3.25)

project(harbor
  VERSION 2.0.0
  LANGUAGES C CXX)

list(APPEND CMAKE_MODULE_PATH "${CMAKE_SOURCE_DIR}/cmake")

include(CTest)
include(ProjectWarnings)
include(CompilerCache OPTIONAL)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib)
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib)

if(PROJECT_IS_TOP_LEVEL AND CMAKE_SOURCE_DIR STREQUAL CMAKE_BINARY_DIR)
  message(FATAL_ERROR "In-source builds are not allowed. Use: cmake -B build")
endif()

set(HARBOR_SANITIZE "" CACHE STRING "Sanitizers to enable (address;undefined;thread)")
if(HARBOR_SANITIZE)
  list(JOIN HARBOR_SANITIZE "," _san)
  add_compile_options(-fsanitize=${_san} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_san})
endif()

find_package(fmt 10 REQUIRED)
find_package(spdlog 1.12 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(SQLite3 REQUIRED)

add_subdirectory(libs/core)
add_subdirectory(libs/storage)
add_subdirectory(libs/net)
add_subdirectory(apps/harbord)
add_subdirectory(apps/harborctl)

if(BUILD_TESTING)
  add_subdirectory(tests)
endif()

option(HARBOR_DOCS "Build API docs with Doxygen" OFF)
if(HARBOR_DOCS)
  find_package(Doxygen REQUIRED dot)
  set(DOXYGEN_EXTRACT_ALL YES)
  set(DOXYGEN_WARN_AS_ERROR YES)
  doxygen_add_docs(docs libs COMMENT "Generating API documentation")
endif()

include(FeatureSummary)
feature_summary(WHAT PACKAGES_FOUND PACKAGES_NOT_FOUND)
