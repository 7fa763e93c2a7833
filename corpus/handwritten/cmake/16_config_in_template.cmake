@PACKAGE_INIT@

include(CMakeFindDependencyMacro)

# geokit links publicly against these; consumers need them too.
find_dependency(Threads)
if(@GEOKIT_WITH_PROJ@)
  find_dependency(PROJ 9)
endif()

include("${CMAKE_CURRENT_LIST_DIR}/geokitTargets.cmake")

set(geokit_WITH_PROJ @GEOKIT_WITH_PROJ@)
check_required_components(geokit)
