# Included by tests/CMakeLists.txt. Registers "install_consumer": installs this
# build tree into a staging prefix and builds and runs tests/install/ (a
# separate project using find_package(vnextract)) against it. It needs the
# library already built, which is the case whenever ctest runs after a build.
# The asan test preset filters the "install" label out.
get_property(_vnextract_multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
if(_vnextract_multi_config)
  set(_vnextract_multi_config ON)
else()
  set(_vnextract_multi_config OFF)
endif()
add_test(NAME install_consumer
  COMMAND "${CMAKE_COMMAND}"
    "-DVNEXTRACT_BINARY_DIR=${vnextract_BINARY_DIR}"
    "-DVNEXTRACT_SOURCE_DIR=${vnextract_SOURCE_DIR}"
    "-DSTAGING_DIR=${CMAKE_CURRENT_BINARY_DIR}/install_consumer/staging"
    "-DCONSUMER_BUILD_DIR=${CMAKE_CURRENT_BINARY_DIR}/install_consumer/build"
    "-DCMAKE_BUILD_TYPE=$<CONFIG>"
    "-DVNEXTRACT_MULTI_CONFIG=${_vnextract_multi_config}"
    "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    "-DCMAKE_GENERATOR=${CMAKE_GENERATOR}"
    "-DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
    "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
    -P "${CMAKE_CURRENT_LIST_DIR}/run_install_test.cmake")
set_tests_properties(install_consumer PROPERTIES LABELS install TIMEOUT 600)
unset(_vnextract_multi_config)
