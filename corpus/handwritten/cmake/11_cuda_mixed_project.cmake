cmake_minimum_required(VERSION 3.24)
project(raymarch LANGUAGES CXX CUDA)

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CUDA_STANDARD 17)
set(CMAKE_CUDA_ARCHITECTURES 75 86 89)

find_package(CUDAToolkit REQUIRED)

add_library(raymarch_kernels STATIC
  kernels/march.cu
  kernels/shade.cu
)
set_target_properties(raymarch_kernels PROPERTIES
  CUDA_SEPARABLE_COMPILATION ON
  POSITION_INDEPENDENT_CODE ON
)
target_compile_options(raymarch_kernels PRIVATE
  $<$<COMPILE_LANGUAGE:CUDA>:--use_fast_math --expt-relaxed-constexpr -lineinfo>
)
target_include_directories(raymarch_kernels PUBLIC include)

add_executable(raymarch src/main.cpp src/image_writer.cpp)
target_link_libraries(raymarch PRIVATE raymarch_kernels CUDA::cudart)

if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  target_compile_options(raymarch_kernels PRIVATE $<$<COMPILE_LANGUAGE:CUDA>:-G>)
endif()
