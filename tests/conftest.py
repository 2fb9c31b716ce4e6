"""Shared test fixtures."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

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


@pytest.fixture()
def require() -> Callable[[str, str], None]:
    """``require(module, extra)``: the test needs an optional extra (see ``_require``)."""
    return _require
