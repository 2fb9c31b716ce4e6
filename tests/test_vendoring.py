"""The package works when its folder is copied into another project's tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import ofsted_ie


def test_vendored_copy_imports_and_extracts(tmp_path: Path) -> None:
    """A copy under vendor/ofsted_ie runs extract with only its runtime dependencies."""
    source = Path(ofsted_ie.__file__).resolve().parent
    shutil.copytree(source, tmp_path / "vendor" / "ofsted_ie", ignore=shutil.ignore_patterns("__pycache__"))
    script = (
        "import json, vendor.ofsted_ie as o;"
        "d = o.extract(\"Wokingham Borough Council was rated 'inadequate' in 2014.\");"
        "print(json.dumps([o.__file__, d.to_dict()['ratings'][0]['authority'], d.authorities[0].code]))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True, env=env)
    path, authority, code = json.loads(out.stdout)
    assert path.startswith(str(tmp_path)) and authority == "Wokingham" and code == "E06000041"
