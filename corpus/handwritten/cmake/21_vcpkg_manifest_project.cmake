cmake_minimum_required(VERSION 3.21)

# Pick up vcpkg automatically when VCPKG_ROOT is set and no toolchain was given.
if(NOT DEFINED CMAKE_TOOLCHAIN_FILE AND DEFINED ENV{VCPKG_ROOT})
  set(CMAKE_TOOLCHAIN_FILE "$ENV{VCPKG_ROOT}/scripts/buildsystems/vcpkg.cmake" CACHE STRING "")
endif()

set(VCPKG_MANIFEST_FEATURES "cli" CACHE STRING "")

project(tilemaker_lite VERSION 0.9.2 LANGUAGES CXX)

find_package(CLI11 CONFIG REQUIRED)
find_package(protobuf CONFIG REQUIRED)
find_package(unofficial-sqlite3 CONFIG REQUIRED)
find_package(GEOS CONFIG REQUIRED)

add_library(tiles_proto OBJECT proto/vector_tile.proto)
target_link_libraries(tiles_proto PUBLIC protobuf::libprotobuf)
protobuf_generate(TARGET tiles_proto LANGUAGE cpp
  IMPORT_DIRS ${CMAKE_CURRENT_SOURCE_DIR}/proto
  PROTOC_OUT_DIR ${CMAKE_CURRENT_BINARY_DIR}/gen)
target_include_directories(tiles_proto PUBLIC ${CMAKE_CURRENT_BINARY_DIR}/gen)

add_executable(tilemaker_lite
  src/main.cpp
  src/osm_reader.cpp
  src/tile_writer.cpp
  src/simplify.cpp)
target_link_libraries(tilemaker_lite PRIVATE
  tiles_proto CLI11::CLI11 unofficial::sqlite3::sqlite3 GEOS::geos)
target_compile_features(tilemaker_lite PRIVATE cxx_std_17)
