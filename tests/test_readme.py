"""The README's code runs as written: its ``>>>`` blocks as doctests (their output is
shown and checked), and every other Python block executed in order in one namespace, in
a folder holding the files they name (an invented report PDF for the PDF block)."""

from __future__ import annotations

import doctest
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _python_blocks() -> list[str]:
    return [b for b in _BLOCK.findall(README.read_text(encoding="utf-8")) if not b.lstrip().startswith(">>>")]


def test_the_readme_doctests_pass() -> None:
    """The tour and the explain example, with their output."""
    failed, attempted = doctest.testfile(str(README), module_relative=False,
                                         optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert attempted >= 15 and failed == 0


def test_every_other_python_block_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       require: Callable[[str, str], None]) -> None:
    """The PDF block (on an invented report), the custom rule and the strategies blocks run;
    the test functions the last one defines pass."""
    require("pypdf", "pdf")
    from tests.test_pdf import _report, make_pdf

    (tmp_path / "kent-report.pdf").write_bytes(make_pdf(_report("Kent", ["good"] * 4, "good", "inadequate")))
    monkeypatch.chdir(tmp_path)
    blocks = _python_blocks()
    assert len(blocks) >= 3
    namespace: dict[str, object] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 - the README's own code
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    assert tests
    for test in tests:
        test()
    assert os.getcwd() == str(tmp_path)
