cmake_minimum_required(VERSION 3.21)

project(geokit
  VERSION 1.4.0
  DESCRIPTION "Small geodesy helpers: distances, bearings, projections"
  LANGUAGES CXX)

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

option(GEOKIT_BUILD_TESTS "Build the unit tests" ${PROJECT_IS_TOP_LEVEL})
option(GEOKIT_BUILD_SHARED "Build a shared library" OFF)

set(GEOKIT_LIB_TYPE STATIC)
if(GEOKIT_BUILD_SHARED)
  set(GEOKIT_LIB_TYPE SHARED)
endif()

add_library(geokit ${GEOKIT_LIB_TYPE}
  src/distance.cpp
  src/bearing.cpp
  src/utm.cpp
)
add_library(geokit::geokit ALIAS geokit)

target_compile_features(geokit PUBLIC cxx_std_17)
target_include_directories(geokit
  PUBLIC
    $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
  PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/src
)
target_compile_options(geokit PRIVATE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
  $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->
)
set_target_properties(geokit PROPERTIES
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR}
  CXX_VISIBILITY_PRESET hidden
  VISIBILITY_INLINES_HIDDEN ON
)

include(GenerateExportHeader)
generate_export_header(geokit EXPORT_FILE_NAME ${CMAKE_CURRENT_BINARY_DIR}/include/geokit/export.h)
target_include_directories(geokit PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}/include>)

# ---- install -------------------------------------------------------------

install(TARGETS geokit
  EXPORT geokitTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
)
install(DIRECTORY include/ ${CMAKE_CURRENT_BINARY_DIR}/include/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp"
)
install(EXPORT geokitTargets
  FILE geokitTargets.cmake
  NAMESPACE geokit::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/geokit
)

configure_package_config_file(cmake/geokitConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/geokitConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/geokit
)
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/geokitConfigVersion.cmake
  COMPATIBILITY SameMajorVersion
)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/geokitConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/geokitConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/geokit
)

# ---- tests ---------------------------------------------------------------

if(GEOKIT_BUILD_TESTS)
  enable_testing()
  add_subdirectory(tests)
endif()
