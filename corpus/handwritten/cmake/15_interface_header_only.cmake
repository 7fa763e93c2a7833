add_library(ringbuf INTERFACE)
add_library(ringbuf::ringbuf ALIAS ringbuf)
target_include_directories(ringbuf INTERFACE
  $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:include>)
target_compile_features(ringbuf INTERFACE cxx_std_20)
