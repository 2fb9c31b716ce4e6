"""The README's editable install, as a user has it: a clone, a venv, ``pip install -e .``.

| case | what the user did | bug caught |
|---|---|---|
| script beside the clone | ran a script from the folder that holds the clone (``ofsted_ie/``) | ``import ofsted_ie`` took the clone's folder (a namespace package): no ``extract`` |
| mypy on a user script | type-checked their own script in the venv of the install | mypy found no types ("Cannot find implementation or library stub") |

The venv gets the project with ``pip install --no-deps -e``; the runtime dependencies come
from the test run's own site-packages, named in a path file (its ``.pth`` files, and so
the ``ofsted_ie`` installed there, stay unread).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """\
import ofsted_ie

doc = ofsted_ie.extract("Ofsted rated Rutland County Council 'good' in March 2019.")
rating = doc.ratings[0]
print(ofsted_ie.__file__, rating.authority, rating.grade)
"""


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder holding a clone named ``ofsted_ie`` and a venv with its editable install."""
    home = tmp_path_factory.mktemp("user")
    clone = home / "ofsted_ie"
    clone.mkdir()
    for name in ("pyproject.toml", "setup.cfg", "README.md"):
        shutil.copy(ROOT / name, clone / name)
    shutil.copytree(ROOT / "ofsted_ie", clone / "ofsted_ie", ignore=shutil.ignore_patterns("__pycache__"))
    env_dir = home / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # The runtime dependencies (regex, attrs, dateparser) from this test run's environment.
    (Path(purelib) / "_test_run_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                              "-e", str(clone)], capture_output=True, text=True, env=_env())
    assert install.returncode == 0, install.stderr[-3000:]
    return home, python


def test_a_script_beside_the_clone_imports_the_package(installed: tuple[Path, Path]) -> None:
    home, python = installed
    (home / "script.py").write_text(_SCRIPT)
    out = subprocess.run([python, "script.py"], cwd=home, capture_output=True, text=True, env=_env())
    assert out.returncode == 0, out.stderr[-2000:]
    path, authority, grade = out.stdout.split()
    assert Path(path) == home / "ofsted_ie" / "ofsted_ie" / "__init__.py"
    assert (authority, grade) == ("Rutland", "good")


def test_mypy_sees_the_editable_install(installed: tuple[Path, Path]) -> None:
    home, python = installed
    (home / "typed.py").write_text(_SCRIPT + "count: int = doc.ratings\n")
    out = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable",
                          str(python), "typed.py"], cwd=home, capture_output=True, text=True, env=_env())
    assert "Cannot find implementation" not in out.stdout, out.stdout
    # The one error is the script's own: mypy knows what ``doc.ratings`` is.
    assert 'expression has type "tuple[Rating, ...]", variable has type "int"' in out.stdout, out.stdout
    assert "Found 1 error in 1 file" in out.stdout, out.stdout
