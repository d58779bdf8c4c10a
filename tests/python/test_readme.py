# The README's Python quick start runs as written (DESIGN.md habit 6).
import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_python_quick_start_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "README has no python block"
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(blocks[0], "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    printed = out.getvalue()
    # The seed page is dated 02/08/2022; its first body figure is
    # "sản lượng gỗ dán đạt hơn 64.000 m3" for the first half of 2022.
    assert "2022-08-02" in printed
    assert "<Indicator sản lượng gỗ dán 64000 m3 more_than 2022-H1>" in printed
