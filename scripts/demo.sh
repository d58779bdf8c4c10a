#!/usr/bin/env bash
# The main job: builds the extract CLI (release) and runs it on the bundled
# seed page, printing the document as JSON. Extra arguments go to extract
# (e.g. --format jsonl). Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target extract -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
exec build/release/examples/extract/extract "$@" data/seed/seed-page.html
