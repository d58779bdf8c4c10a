#!/usr/bin/env bash
# Installs the Debian packages that vnextract's build and tests need.
# Idempotent: when every package is already installed it only checks and exits
# (no apt-get update, no network). Run as root (or with sudo available).
#
#   scripts/install-deps.sh            build + test packages
#   scripts/install-deps.sh --fuzz     also clang and the libFuzzer runtime
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libgumbo-dev libre2-dev libicu-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-dev pybind11-dev python3-pybind11 python3-pytest
  clang-format tmux
  # GNU time (/usr/bin/time): tests/cli/test_memory.py reads a process's peak
  # resident size from it (issue 16).
  time
  # Python package tests: pandas for to_records -> DataFrame, pip and venv for
  # the offline `pip install .` test, lxml for bench/compare_python.py, Dask
  # for examples/dask (issue 10).
  python3-pandas python3-pip python3-venv python3-lxml
  python3-dask python3-distributed
  # examples/python/panel.py draws the panel of concepts by area (issue 20).
  python3-matplotlib
)
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
