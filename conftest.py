"""Collection for the whole project: the package's doctests are collected with the tests
(``testpaths`` in setup.cfg), except those of modules whose optional extra is missing."""

from __future__ import annotations

import importlib.util
import os

#: Package modules that import an optional extra, with the module that extra provides.
#: (``ofsted_ie/strategies/`` needs hypothesis, which the ``test`` extra always brings.)
_NEEDS_EXTRA = {"ofsted_ie/dask.py": "dask"}

# Without the extra the module cannot be imported, so its doctests are not collected;
# when OFSTED_IE_REQUIRE_EXTRAS is set (CI installs every extra) it is collected anyway,
# so a missing extra is a collection error, a failure, as in tests/conftest.py's _require.
collect_ignore = [
    path
    for path, module in _NEEDS_EXTRA.items()
    if importlib.util.find_spec(module) is None and not os.environ.get("OFSTED_IE_REQUIRE_EXTRAS")
]
