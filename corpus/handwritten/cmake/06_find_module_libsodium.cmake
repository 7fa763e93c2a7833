# FindSodium.cmake
# ----------------
# Finds libsodium and creates the imported target Sodium::Sodium.
#
# Result variables:
#   Sodium_FOUND, Sodium_VERSION, Sodium_INCLUDE_DIRS, Sodium_LIBRARIES
#
# Hints: set Sodium_ROOT to the install prefix.

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_Sodium QUIET libsodium)
endif()

find_path(Sodium_INCLUDE_DIR
  NAMES sodium.h
  HINTS ${PC_Sodium_INCLUDE_DIRS}
)
find_library(Sodium_LIBRARY
  NAMES sodium libsodium
  HINTS ${PC_Sodium_LIBRARY_DIRS}
)

if(Sodium_INCLUDE_DIR AND EXISTS "${Sodium_INCLUDE_DIR}/sodium/version.h")
  file(STRINGS "${Sodium_INCLUDE_DIR}/sodium/version.h" _ver_line
       REGEX "^#define SODIUM_VERSION_STRING +\"[^\"]+\"")
  string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" Sodium_VERSION "${_ver_line}")
  unset(_ver_line)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Sodium
  REQUIRED_VARS Sodium_LIBRARY Sodium_INCLUDE_DIR
  VERSION_VAR Sodium_VERSION
)

if(Sodium_FOUND)
  set(Sodium_INCLUDE_DIRS ${Sodium_INCLUDE_DIR})
  set(Sodium_LIBRARIES ${Sodium_LIBRARY})
  if(NOT TARGET Sodium::Sodium)
    add_library(Sodium::Sodium UNKNOWN IMPORTED)
    set_target_properties(Sodium::Sodium PROPERTIES
      IMPORTED_LOCATION "${Sodium_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${Sodium_INCLUDE_DIR}"
    )
    if(WIN32 AND Sodium_LIBRARY MATCHES "static")
      set_property(TARGET Sodium::Sodium APPEND PROPERTY
        INTERFACE_COMPILE_DEFINITIONS SODIUM_STATIC)
    endif()
  endif()
endif()

mark_as_advanced(Sodium_INCLUDE_DIR Sodium_LIBRARY)
