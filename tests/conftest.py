"""Shared test fixtures."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


def _require(module: str, extra: str) -> None:
    """Skip a test whose optional extra is missing, unless OFSTED_IE_REQUIRE_EXTRAS is
    set (as .ci/run sets it, having installed every extra): then its absence fails."""
    try:
        importlib.import_module(module)
    except ImportError:
        if os.environ.get("OFSTED_IE_REQUIRE_EXTRAS"):
            pytest.fail(f"{module} (the {extra} extra) is not installed, and OFSTED_IE_REQUIRE_EXTRAS is set")
        pytest.skip(f"needs the {extra} extra: pip install -e '.[{extra}]'")


def _load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def load_example() -> Callable[[str], ModuleType]:
    """``load_example(name)``: the example script ``examples/<name>.py`` as a module."""
    return _load_example


@pytest.fixture()
def require() -> Callable[[str, str], None]:
    """``require(module, extra)``: the test needs an optional extra (see ``_require``)."""
    return _require
