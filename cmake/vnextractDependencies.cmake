# The third-party libraries vnextract links. This one file is used twice: by
# the build (CMakeLists.txt includes it) and by the installed package config
# (vnextractConfig.cmake includes the installed copy), so a consumer of the
# static library finds exactly what the library was built against.
#
# Gumbo and RE2: Debian ships only pkg-config files for them (no CMake config).
# ICU: CMake's FindICU (only the "uc" component: normalisation, conversion).
# nlohmann_json is a header-only build dependency of the CLI and the tests
# (not of the library), so it is not searched for when a consumer loads the
# package.

if(vnextract_IN_PACKAGE_CONFIG)
  include(CMakeFindDependencyMacro)
  macro(_vnextract_need)
    find_dependency(${ARGN})
  endmacro()
  set(_vnextract_pc_required "")
else()
  macro(_vnextract_need)
    find_package(${ARGN} REQUIRED)
  endmacro()
  set(_vnextract_pc_required REQUIRED)
endif()

_vnextract_need(PkgConfig)
_vnextract_need(Threads)
_vnextract_need(ICU COMPONENTS uc)

if(NOT TARGET PkgConfig::gumbo)
  pkg_check_modules(gumbo ${_vnextract_pc_required} IMPORTED_TARGET GLOBAL gumbo)
endif()
if(NOT TARGET PkgConfig::re2)
  pkg_check_modules(re2 ${_vnextract_pc_required} IMPORTED_TARGET GLOBAL re2)
endif()

if(vnextract_IN_PACKAGE_CONFIG AND (NOT TARGET PkgConfig::gumbo OR NOT TARGET PkgConfig::re2))
  set(vnextract_FOUND FALSE)
  set(vnextract_NOT_FOUND_MESSAGE
      "vnextract needs gumbo and re2 (pkg-config); on Debian: apt-get install libgumbo-dev libre2-dev")
  return()
endif()

# Build-only dependencies (not needed by consumers of the installed package).
if(NOT vnextract_IN_PACKAGE_CONFIG)
  find_package(nlohmann_json 3.10 REQUIRED)
endif()
