"""The engine's public names in one place, as earlier releases had them.

The engine is now several modules, each holding one idea: ``rule`` (what a rule is),
``context`` (look-ups by span), ``attribution`` (whose and when), ``overlap`` (which
mention wins), ``passes`` (document passes and their order), ``extractor`` (the steps),
``_windows`` (the trigger prefilter) and ``_parallel`` (worker processes). Import from
those, or from ``ofsted_ie``; this module only re-exports them.
"""

from __future__ import annotations

from .context import Context
from .extractor import Extractor
from .overlap import prefer_longest
from .passes import Pass, PassRun
from .rule import Build, Candidate, FailedInput, Rule, RulesModule, RuleTimeout, Scope

__all__ = [
    "Build",
    "Candidate",
    "Context",
    "Extractor",
    "FailedInput",
    "Pass",
    "PassRun",
    "Rule",
    "RuleTimeout",
    "RulesModule",
    "Scope",
    "prefer_longest",
]
