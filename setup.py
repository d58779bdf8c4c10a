# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Builds the vnextract Python package: the C++ library and its pybind11
module through CMake (the same CMakeLists.txt as every other build), then
packages bindings/python/vnextract with the compiled module inside.

Offline by design: CMake finds Gumbo, RE2, ICU, nlohmann/json and pybind11
from the system (Debian packages; scripts/install-deps.sh installs them).

Environment:
  VNEXTRACT_BUILD_DIR  CMake build directory (default: build/pip in the
                       checkout; kept between installs, so a second
                       `pip install .` only rebuilds what changed)
  CMAKE_BUILD_PARALLEL_LEVEL  parallel compile jobs (default: CPU count)
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
VERSION = re.search(r"project\(vnextract\s+VERSION\s+([0-9.]+)",
                    (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")).group(1)


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        target = Path(self.get_ext_fullpath(ext.name)).resolve()
        build_dir = Path(os.environ.get("VNEXTRACT_BUILD_DIR", ROOT / "build" / "pip")).resolve()
        build_dir.mkdir(parents=True, exist_ok=True)
        if shutil.which("cmake") is None:
            raise RuntimeError("vnextract needs cmake to build (Debian: apt install cmake; "
                               "scripts/install-deps.sh installs every build package)")
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DVNEXTRACT_BUILD_PYTHON=ON",
            "-DVNEXTRACT_BUILD_TESTS=OFF",
            "-DVNEXTRACT_BUILD_EXAMPLES=OFF",
            "-DVNEXTRACT_BUILD_BENCH=OFF",
            f"-DPython3_EXECUTABLE={sys.executable}",
        ]
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_vnextract",
                        "-j", jobs], check=True)
        built = sorted((build_dir / "python" / "vnextract").glob("_vnextract*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one _vnextract*.so in {build_dir}/python/vnextract, "
                               f"found {[p.name for p in built]}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    version=VERSION,
    packages=["vnextract"],
    package_dir={"vnextract": "bindings/python/vnextract"},
    package_data={"vnextract": ["__init__.pyi", "py.typed"]},
    ext_modules=[CMakeExtension("vnextract._vnextract")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
