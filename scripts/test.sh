#!/usr/bin/env bash
# Builds everything (warnings fatal) and runs every test: the C++ suite and
# the CLI checks through CTest (including the find_package consumer under
# tests/install/), then the Python suite with pytest under /usr/bin/python3.
# Installs the Debian packages it needs first (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset ci
cmake --build --preset ci -j"$jobs"
ctest --preset ci -j"$jobs"
# VNEXTRACT_EXTRACT_CLI: `python -m vnextract` is compared with this program.
# The offline `pip install .` test keeps its CMake build in build/pip.
PYTHONPATH="$PWD/build/ci/python" VNEXTRACT_EXTRACT_CLI="$PWD/build/ci/examples/extract/extract" \
  /usr/bin/python3 -m pytest -q tests/python
