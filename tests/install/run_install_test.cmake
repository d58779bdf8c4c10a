# Installs a built vnextract tree into a staging prefix, then configures,
# builds and runs the standalone consumer in this directory against it. Any
# failing step stops the script with that step's output.
#
#   cmake -DVNEXTRACT_BINARY_DIR=build/dev -DVNEXTRACT_SOURCE_DIR=. \
#         -DSTAGING_DIR=build/dev/staging -DCONSUMER_BUILD_DIR=build/dev/consumer \
#         [-DCMAKE_BUILD_TYPE=Debug] [-DCMAKE_CXX_COMPILER=g++] [-DCMAKE_GENERATOR=Ninja] \
#         [-DCMAKE_CXX_FLAGS=...] [-DCMAKE_EXE_LINKER_FLAGS=...] [-DVNEXTRACT_MULTI_CONFIG=ON] \
#         -P tests/install/run_install_test.cmake
#
# Relative paths are taken from the current directory. install_test.cmake
# registers this script as the ctest test "install_consumer".
cmake_minimum_required(VERSION 3.25)

foreach(_var IN ITEMS VNEXTRACT_BINARY_DIR VNEXTRACT_SOURCE_DIR STAGING_DIR CONSUMER_BUILD_DIR)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "run_install_test.cmake: -D${_var}=... is required")
  endif()
  # Absolute paths, so that nothing depends on the directory of a child process.
  get_filename_component(${_var} "${${_var}}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
endforeach()

set(_consumer_source "${VNEXTRACT_SOURCE_DIR}/tests/install")
if(NOT EXISTS "${_consumer_source}/CMakeLists.txt")
  message(FATAL_ERROR "no consumer project at ${_consumer_source}")
endif()
if(NOT EXISTS "${VNEXTRACT_BINARY_DIR}/cmake_install.cmake")
  message(FATAL_ERROR "${VNEXTRACT_BINARY_DIR} is not a configured vnextract build tree "
                      "(no cmake_install.cmake)")
endif()

# Runs one step; on failure stops with its command line and full output.
function(_vnextract_step name)
  string(REPLACE ";" " " _command_line "${ARGN}")
  message(STATUS "[install test] ${name}: ${_command_line}")
  execute_process(COMMAND ${ARGN}
                  RESULT_VARIABLE _result
                  OUTPUT_VARIABLE _output
                  ERROR_VARIABLE _error)
  if(NOT _result STREQUAL "0")
    message(FATAL_ERROR "[install test] ${name} failed (${_result}).\n"
                        "command: ${_command_line}\n"
                        "--- stdout ---\n${_output}\n"
                        "--- stderr ---\n${_error}")
  endif()
  set(_step_output "${_output}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${STAGING_DIR}" "${CONSUMER_BUILD_DIR}")

set(_config_args "")
if(DEFINED CMAKE_BUILD_TYPE AND NOT CMAKE_BUILD_TYPE STREQUAL "")
  set(_config_args --config "${CMAKE_BUILD_TYPE}")
endif()

# 1. Install the already-built library into the staging prefix. --config only
# for a multi-config tree: in a single-config tree the per-configuration
# targets file is installed only for the configuration that was built, so a
# different --config would silently leave the import location out.
# VNEXTRACT_MULTI_CONFIG comes from install_test.cmake; by hand it is read
# from the tree's cache (a vnextract built as a subproject has none there).
if(NOT DEFINED VNEXTRACT_MULTI_CONFIG)
  set(VNEXTRACT_MULTI_CONFIG OFF)
  if(EXISTS "${VNEXTRACT_BINARY_DIR}/CMakeCache.txt")
    file(STRINGS "${VNEXTRACT_BINARY_DIR}/CMakeCache.txt" _configuration_types
         REGEX "^CMAKE_CONFIGURATION_TYPES:[A-Z]*=.")
    if(_configuration_types)
      set(VNEXTRACT_MULTI_CONFIG ON)
    endif()
  endif()
endif()
set(_install_args "")
if(VNEXTRACT_MULTI_CONFIG)
  set(_install_args ${_config_args})
endif()
_vnextract_step(install
  "${CMAKE_COMMAND}" --install "${VNEXTRACT_BINARY_DIR}" --prefix "${STAGING_DIR}" ${_install_args})

# 2. Configure the consumer against the staging prefix only.
set(_configure_args
  -S "${_consumer_source}" -B "${CONSUMER_BUILD_DIR}"
  "-DCMAKE_PREFIX_PATH=${STAGING_DIR}"
  # Do not pick up a vnextract registered or installed elsewhere.
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
if(DEFINED CMAKE_GENERATOR AND NOT CMAKE_GENERATOR STREQUAL "")
  list(APPEND _configure_args -G "${CMAKE_GENERATOR}")
endif()
foreach(_var IN ITEMS CMAKE_BUILD_TYPE CMAKE_CXX_COMPILER CMAKE_CXX_FLAGS CMAKE_EXE_LINKER_FLAGS
                      CMAKE_MAKE_PROGRAM)
  if(DEFINED ${_var} AND NOT "${${_var}}" STREQUAL "")
    list(APPEND _configure_args "-D${_var}=${${_var}}")
  endif()
endforeach()
_vnextract_step(configure "${CMAKE_COMMAND}" ${_configure_args})

# 3. Build it.
_vnextract_step(build "${CMAKE_COMMAND}" --build "${CONSUMER_BUILD_DIR}" ${_config_args})

# 4. Run it (RUNTIME_OUTPUT_DIRECTORY is bin/ under every generator).
set(_consumer "${CONSUMER_BUILD_DIR}/bin/vnextract_consumer")
if(NOT EXISTS "${_consumer}" AND EXISTS "${_consumer}.exe")
  set(_consumer "${_consumer}.exe")
endif()
if(NOT EXISTS "${_consumer}")
  message(FATAL_ERROR "[install test] the build produced no ${_consumer}")
endif()
_vnextract_step(run "${_consumer}")
message(STATUS "[install test] consumer output:\n${_step_output}")
message(STATUS "[install test] passed")
