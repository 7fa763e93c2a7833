cmake_minimum_required(VERSION 3.22.1)
project("audiofx")

add_library(${CMAKE_PROJECT_NAME} SHARED
  native-lib.cpp
  engine/oscillator.cpp
  engine/reverb.cpp
  engine/mixer.cpp)

find_package(oboe REQUIRED CONFIG)
find_library(log-lib log)

target_compile_options(${CMAKE_PROJECT_NAME} PRIVATE
  -Wall -Werror -ffast-math
  $<$<CONFIG:Release>:-O3>)

target_link_libraries(${CMAKE_PROJECT_NAME}
  oboe::oboe
  android
  ${log-lib})
