"""The package works when its folder is copied into another project's tree."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import ofsted_ie

ROOT = Path(__file__).resolve().parent.parent


def _vendor(tmp_path: Path, folder: str) -> None:
    """A copy of the package as ``folder/ofsted_ie`` under ``tmp_path``."""
    source = Path(ofsted_ie.__file__).resolve().parent
    shutil.copytree(source, tmp_path / folder / "ofsted_ie", ignore=shutil.ignore_patterns("__pycache__"))


def _run(python: Path | str, script: str, cwd: Path) -> list[object]:
    """What ``script`` prints as JSON, run by ``python`` in ``cwd`` with no PYTHONPATH or venv set."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    out = subprocess.run([python, "-c", script], cwd=cwd, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    result: list[object] = json.loads(out.stdout)
    return result


def test_vendored_copy_imports_and_extracts(tmp_path: Path) -> None:
    """A copy under vendor/ofsted_ie runs extract with only its runtime dependencies."""
    _vendor(tmp_path, "vendor")
    script = (
        "import json, vendor.ofsted_ie as o;"
        "d = o.extract(\"Wokingham Borough Council was rated 'inadequate' in 2014.\");"
        "print(json.dumps([o.__file__, d.to_dict()['ratings'][0]['authority'], d.authorities[0].code]))"
    )
    path, authority, code = _run(sys.executable, script, tmp_path)
    assert isinstance(path, str) and path.startswith(str(tmp_path)) and authority == "Wokingham" and code == "E06000041"


#: Run first in the subprocesses below: ``import ofsted_ie`` fails there, as it does in a
#: project that vendors the package and never installed it.
_NOT_INSTALLED = (
    "import sys, importlib.abc\n"
    "class _Absent(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name == 'ofsted_ie' or name.startswith('ofsted_ie.'):\n"
    "            raise ModuleNotFoundError(f'No module named {name!r}')\n"
    "        return None\n"
    "sys.meta_path.insert(0, _Absent())\n"
)


def test_vendored_under_another_package_needs_no_installed_copy(tmp_path: Path) -> None:
    """``vendor.ofsted_ie`` in a project where no ``ofsted_ie`` is installed reads its own
    data (the gazetteer) and extracts."""
    _vendor(tmp_path, "vendor")
    script = _NOT_INSTALLED + (
        "import json, vendor.ofsted_ie as o\n"
        "d = o.extract(\"Wokingham Borough Council was rated 'inadequate' in 2014.\")\n"
        "print(json.dumps([o.__file__, d.ratings[0].authority, d.authorities[0].code]))\n"
    )
    path, authority, code = _run(sys.executable, script, tmp_path)
    assert isinstance(path, str) and path.startswith(str(tmp_path)) and authority == "Wokingham" and code == "E06000041"


def test_vendored_as_a_top_level_package(tmp_path: Path) -> None:
    """A copy as ``lib/ofsted_ie`` on the path is the package imported, and it extracts."""
    _vendor(tmp_path, "lib")
    script = (
        "import json, sys; sys.path.insert(0, 'lib'); import ofsted_ie as o\n"
        "d = o.extract(\"Wokingham Borough Council was rated 'inadequate' in 2014.\")\n"
        "print(json.dumps([o.__file__, d.ratings[0].authority]))\n"
    )
    path, authority = _run(sys.executable, script, tmp_path)
    assert isinstance(path, str) and path.startswith(str(tmp_path)) and authority == "Wokingham"


@pytest.fixture(scope="module")
def runtime_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv holding only the runtime dependencies setup.cfg names."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    requirements = config["options"]["install_requires"].split()
    env_dir = tmp_path_factory.mktemp("runtime") / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    out = subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return python


@pytest.mark.parametrize("layout", ["vendor.ofsted_ie", "lib/ofsted_ie"])
def test_vendored_in_a_venv_with_only_the_runtime_dependencies(runtime_only: Path, tmp_path: Path,
                                                                layout: str) -> None:
    """Both vendored layouts extract in a venv where neither the package nor any extra is
    installed (no pypdf, tqdm, pandas, hypothesis)."""
    folder = "vendor" if layout.startswith("vendor.") else "lib"
    _vendor(tmp_path, folder)
    imports = "import vendor.ofsted_ie as o" if folder == "vendor" else "sys.path.insert(0, 'lib'); import ofsted_ie as o"
    script = (
        "import importlib.util, json, sys\n"
        "absent = [m for m in ('pypdf', 'tqdm', 'pandas', 'hypothesis') if importlib.util.find_spec(m)]\n"
        f"{imports}\n"
        "d = o.extract(\"Wokingham Borough Council was rated 'inadequate' in 2014.\")\n"
        "print(json.dumps([absent, o.__file__, d.ratings[0].authority, d.authorities[0].code]))\n"
    )
    present, path, authority, code = _run(runtime_only, script, tmp_path)
    assert present == [] and isinstance(path, str) and path.startswith(str(tmp_path)) and (authority, code) == ("Wokingham", "E06000041")


def test_without_pyahocorasick_the_package_extracts_the_same(tmp_path: Path, examples_dir: Path) -> None:
    """Where pyahocorasick cannot be imported (a vendored copy in a project without it),
    triggers and council names are looked for one by one, and every example extracts
    exactly as with the automaton."""
    _vendor(tmp_path, "vendor")
    paths = sorted(str(p) for p in examples_dir.glob("*.txt"))
    script = (
        "import sys, importlib.abc\n"
        "class _Absent(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'ahocorasick':\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}')\n"
        "        return None\n"
        "sys.meta_path.insert(0, _Absent())\n"
        "import json, pathlib, vendor.ofsted_ie as o\n"
        "from vendor.ofsted_ie import _triggers\n"
        f"docs = [o.extract(pathlib.Path(p).read_text(encoding='utf-8')).to_dict() for p in {paths!r}]\n"
        "print(json.dumps([_triggers.ahocorasick is None, docs]))\n"
    )
    absent, docs = _run(sys.executable, script, tmp_path)
    assert absent is True
    expected = [ofsted_ie.extract(Path(p).read_text(encoding="utf-8")).to_dict() for p in paths]
    assert isinstance(docs, list) and docs == json.loads(json.dumps(expected)) and len(docs) >= 3
