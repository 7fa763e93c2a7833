cmake_minimum_required(VERSION 3.18)
project(fastgeo LANGUAGES CXX)

find_package(Python 3.9 COMPONENTS Interpreter Development.Module REQUIRED)
find_package(pybind11 CONFIG REQUIRED)

pybind11_add_module(_fastgeo MODULE
  bindings/module.cpp
  src/haversine.cpp
  src/polyline.cpp
)
target_include_directories(_fastgeo PRIVATE include)
target_compile_definitions(_fastgeo PRIVATE VERSION_INFO="${SKBUILD_PROJECT_VERSION}")

install(TARGETS _fastgeo LIBRARY DESTINATION fastgeo)
