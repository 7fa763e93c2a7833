cmake_minimum_required(VERSION 3.24)
project(pixel_pilot VERSION 0.3 LANGUAGES CXX)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "" FORCE)
endif()

find_package(SDL2 REQUIRED CONFIG)
find_package(SDL2_image CONFIG)

include(FetchContent)
FetchContent_Declare(glm
  URL https://github.com/g-truc/glm/archive/refs/tags/1.0.1.tar.gz
  URL_HASH SHA256=9f3174561fd26904b23f0db5e560971cbf9b3cbda0b280f04d5c379d03bf234c
  DOWNLOAD_EXTRACT_TIMESTAMP TRUE
)
FetchContent_MakeAvailable(glm)

add_executable(pixel_pilot WIN32
  src/main.cpp
  src/game.cpp
  src/world.cpp
  src/input.cpp
  src/render.cpp
)

target_link_libraries(pixel_pilot PRIVATE SDL2::SDL2 SDL2::SDL2main glm::glm)
if(TARGET SDL2_image::SDL2_image)
  target_link_libraries(pixel_pilot PRIVATE SDL2_image::SDL2_image)
  target_compile_definitions(pixel_pilot PRIVATE PP_HAVE_SDL_IMAGE=1)
endif()

# copy assets next to the binary after each build
add_custom_command(TARGET pixel_pilot POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_directory
          ${CMAKE_SOURCE_DIR}/assets $<TARGET_FILE_DIR:pixel_pilot>/assets
)

if(WIN32)
  add_custom_command(TARGET pixel_pilot POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different
            $<TARGET_RUNTIME_DLLS:pixel_pilot> $<TARGET_FILE_DIR:pixel_pilot>
    COMMAND_EXPAND_LISTS
  )
endif()

install(TARGETS pixel_pilot RUNTIME DESTINATION .)
install(DIRECTORY assets DESTINATION .)

set(CPACK_PACKAGE_NAME "PixelPilot")
set(CPACK_PACKAGE_VENDOR "Weekend Games")
set(CPACK_GENERATOR ZIP)
include(CPack)
