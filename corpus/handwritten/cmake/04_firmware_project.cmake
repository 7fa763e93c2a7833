cmake_minimum_required(VERSION 3.20)
project(thermo_node C ASM)

set(CMAKE_C_STANDARD 11)
set(CMAKE_C_STANDARD_REQUIRED ON)
set(CMAKE_EXECUTABLE_SUFFIX ".elf")

set(LINKER_SCRIPT ${CMAKE_SOURCE_DIR}/ld/stm32f411ce.ld)

file(GLOB_RECURSE APP_SOURCES CONFIGURE_DEPENDS src/*.c)

add_executable(thermo_node
  startup/startup_stm32f411xe.s
  ${APP_SOURCES}
)

target_include_directories(thermo_node PRIVATE
  include
  drivers/CMSIS/Include
  drivers/CMSIS/Device/ST/STM32F4xx/Include
)

target_compile_definitions(thermo_node PRIVATE
  STM32F411xE
  HSE_VALUE=25000000U
  $<$<CONFIG:Debug>:DEBUG_UART=1>
)

target_compile_options(thermo_node PRIVATE
  -Wall -Wextra -Wshadow
  $<$<CONFIG:Release>:-Os>
  $<$<CONFIG:Debug>:-Og -g3>
)

target_link_options(thermo_node PRIVATE
  -T${LINKER_SCRIPT}
  -Wl,-Map=${CMAKE_CURRENT_BINARY_DIR}/thermo_node.map,--cref
  -Wl,--print-memory-usage
)
set_property(TARGET thermo_node APPEND PROPERTY LINK_DEPENDS ${LINKER_SCRIPT})

add_custom_command(TARGET thermo_node POST_BUILD
  COMMAND ${CMAKE_OBJCOPY} -O ihex $<TARGET_FILE:thermo_node> thermo_node.hex
  COMMAND ${CMAKE_OBJCOPY} -O binary $<TARGET_FILE:thermo_node> thermo_node.bin
  COMMAND ${CMAKE_SIZE} $<TARGET_FILE:thermo_node>
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  COMMENT "Creating hex/bin images"
)

find_program(OPENOCD openocd)
if(OPENOCD)
  add_custom_target(flash
    COMMAND ${OPENOCD} -f interface/stlink.cfg -f target/stm32f4x.cfg
            -c "program $<TARGET_FILE:thermo_node> verify reset exit"
    DEPENDS thermo_node
    USES_TERMINAL
  )
endif()
