# project_warnings.cmake — shared warning flags for every target in the tree.

function(enable_project_warnings target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "AS_ERRORS" "" "EXTRA")

  set(gcc_clang_warnings
    -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  set(gcc_only -Wmisleading-indentation -Wduplicated-cond -Wduplicated-branches -Wlogical-op)
  set(msvc_warnings /W4 /w14242 /w14254 /w14263 /w14265 /w14287 /w14296 /w14311 /w14545)

  if(ARG_AS_ERRORS)
    list(APPEND gcc_clang_warnings -Werror)
    list(APPEND msvc_warnings /WX)
  endif()

  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:Clang,AppleClang>:${gcc_clang_warnings}>
    $<$<CXX_COMPILER_ID:GNU>:${gcc_clang_warnings} ${gcc_only}>
    $<$<CXX_COMPILER_ID:MSVC>:${msvc_warnings}>
    ${ARG_EXTRA}
  )
endfunction()

macro(enable_sanitizers target)
  if(CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT MSVC)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endmacro()
