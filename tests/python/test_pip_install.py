# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""`pip install --no-build-isolation --no-index .` into a fresh virtual
environment made with --system-site-packages works offline and gives a
working `import vnextract` and `python -m vnextract` (issue 6).

The CMake build of the install is kept in build/pip (VNEXTRACT_BUILD_DIR), so
only the first run compiles the library. The virtual environment is new
every time.
"""

import json
import os
import subprocess
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_HTML = ROOT / "data" / "seed" / "seed-page.html"


def test_offline_pip_install_into_a_fresh_venv(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_NO_INDEX"] = "1"  # belt and braces: no network, ever
    env.setdefault("VNEXTRACT_BUILD_DIR", str(ROOT / "build" / "pip"))
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", str(ROOT)],
        capture_output=True, text=True, env=env, cwd=tmp_path)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]

    # Imported from the venv, not from the source tree or a build tree.
    code = ("import json, sys, vnextract; "
            "doc = vnextract.extract_html(open(sys.argv[1], 'rb').read()); "
            "print(json.dumps([vnextract.__file__, vnextract.__version__, "
            "[(i.label, i.value, i.unit, str(i.qualifier), i.period) for i in doc.indicators "
            "if i.label == 'sản lượng gỗ dán']]))")
    out = subprocess.run([str(python), "-c", code, str(SEED_HTML)], capture_output=True,
                         text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    where, version, wood = json.loads(out.stdout)
    assert Path(where).resolve().is_relative_to(env_dir.resolve()), where
    assert version.count(".") == 2
    # "Trong 6 tháng đầu năm, sản lượng gỗ dán đạt hơn 64.000 m3" (02/08/2022).
    assert ["sản lượng gỗ dán", 64000.0, "m3", "more_than", "2022-H1"] in wood
    # The stubs and the PEP 561 marker are installed with it.
    package = Path(where).parent
    assert (package / "__init__.pyi").is_file() and (package / "py.typed").is_file()

    cli = subprocess.run([str(python), "-m", "vnextract", "--format", "jsonl", str(SEED_HTML)],
                         capture_output=True, text=True, env=env, cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["published"] == "2022-08-02"
