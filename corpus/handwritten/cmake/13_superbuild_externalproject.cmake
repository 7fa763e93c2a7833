# Superbuild: builds third-party deps with ExternalProject, then the main project.
cmake_minimum_required(VERSION 3.19)
project(atlas_superbuild NONE)

include(ExternalProject)

set(DEPS_PREFIX ${CMAKE_BINARY_DIR}/deps)
set(COMMON_ARGS
  -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
  -DCMAKE_INSTALL_PREFIX=${DEPS_PREFIX}
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON
  -DBUILD_SHARED_LIBS=OFF
)

ExternalProject_Add(zlib_ep
  URL https://zlib.net/fossils/zlib-1.3.1.tar.gz
  CMAKE_ARGS ${COMMON_ARGS} -DZLIB_BUILD_EXAMPLES=OFF
  UPDATE_DISCONNECTED TRUE
)

ExternalProject_Add(png_ep
  URL https://download.sourceforge.net/libpng/libpng-1.6.43.tar.xz
  DEPENDS zlib_ep
  CMAKE_ARGS ${COMMON_ARGS} -DPNG_TESTS=OFF -DPNG_SHARED=OFF -DZLIB_ROOT=${DEPS_PREFIX}
)

ExternalProject_Add(atlas
  SOURCE_DIR ${CMAKE_SOURCE_DIR}/atlas
  BINARY_DIR ${CMAKE_BINARY_DIR}/atlas-build
  DEPENDS zlib_ep png_ep
  CMAKE_ARGS ${COMMON_ARGS} -DCMAKE_PREFIX_PATH=${DEPS_PREFIX}
  INSTALL_COMMAND ""
  BUILD_ALWAYS TRUE
)
