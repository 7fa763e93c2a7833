include(FetchContent)

FetchContent_Declare(
  googletest
  GIT_REPOSITORY https://github.com/google/googletest.git
  GIT_TAG        v1.14.0
  FIND_PACKAGE_ARGS NAMES GTest
)
# keep gtest from overriding our runtime library choice on Windows
set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
FetchContent_MakeAvailable(googletest)

add_executable(geokit_tests
  distance_test.cpp
  bearing_test.cpp
  utm_test.cpp
)
target_link_libraries(geokit_tests PRIVATE geokit::geokit GTest::gtest_main)

include(GoogleTest)
gtest_discover_tests(geokit_tests
  DISCOVERY_TIMEOUT 30
  PROPERTIES LABELS "unit"
)
