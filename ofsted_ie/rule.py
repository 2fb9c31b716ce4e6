"""What a rule is: a named pattern, the function that builds records from its matches,
the prefilter words it needs, and the candidates its matches give.

It leaves out what rules match (``ofsted_ie.rules``) and how a document is run
(``ofsted_ie.extractor``).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol

import attrs
import regex

from ._arguments import cased_tuple, check_kind, check_pattern, check_rule_name, lower_tuple
from ._copies import stamped
from ._spans import intersect
from ._timed import UNTIMED_WINDOW
from ._vocab import SHARED_LISTS
from ._windows import SCOPES, Scope
from .records import RECORD_TYPES, Record
from .text import Span

if TYPE_CHECKING:
    from .context import Context

__all__ = [
    "DEFAULT_TIMEOUT",
    "SCOPES",
    "SECONDS_PER_MB",
    "Build",
    "Candidate",
    "FailedInput",
    "Rule",
    "RuleTimeout",
    "RulesModule",
    "Scope",
]

#: Seconds one rule may spend on a short document, and more per megabyte, before it is
#: stopped with a warning (keeping the records it made). A safety net against runaway
#: matching, not a budget: rules do work linear in the text, which on a loaded machine
#: stays far below it for any text up to the CLI's 10 MB limit, so it never decides a result.
DEFAULT_TIMEOUT: Final = 10.0
SECONDS_PER_MB: Final = 30.0

Build = Callable[["regex.Match[str]", "Context"], "Record | Iterable[Record] | None"]


class FailedInput(NamedTuple):
    """Stands in ``extract_many``'s input for a text that could not be had (an
    unreadable file, say); it yields a Document with this ``error``."""

    error: str


class RuleTimeout(TimeoutError):
    """A rule ran past its time limit on a document; ``found`` holds the candidates it
    made before, which stand."""

    def __init__(self, rule: str, doc_id: str | None, found: Sequence[Candidate] = ()) -> None:
        super().__init__(f"rule {rule!r} timed out on document {doc_id!r}")
        self.rule = rule
        self.doc_id = doc_id
        self.found = tuple(found)


def _compile(rule: Rule) -> regex.Pattern[str]:
    named: dict[str, Any] = {**SHARED_LISTS, **{name: list(words) for name, words in rule.lists}}
    # a line break ends a verbose pattern's last comment before the group closes
    pattern = r"\b(?:" + rule.pattern + ("\n)" if rule.verbose else ")") if rule.word_start else rule.pattern
    return regex.compile(pattern, rule.flags | (regex.VERBOSE if rule.verbose else 0), ignore_unused=True, **named)





def _lists_tuple(lists: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(words)) for name, words in dict(lists).items())


def _str_frozenset(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)




@attrs.frozen
class Rule:
    """A named pattern and the function that builds records from its matches.

    Args:
        name: ``family.snake_case``, stable; it is recorded on every record made.
        kind: the Document field the records go to ("ratings", "quotes", ...).
        pattern: a ``regex.VERBOSE`` pattern over the normalised text.
        build: module-level function ``(match, context) -> record(s) or None``;
            records it leaves without a ``rule`` are stamped with this rule's name.
        lists: named lists for ``\\L<name>`` in the pattern.
        triggers: lower-case strings of which every match contains one (a cheap
            prefilter); empty means the rule always runs on the whole text.
        also_triggers: lower-case strings of which every match also contains one: a
            second prefilter, for a rule whose first triggers are common words (a
            grade) but which needs a rarer one too (a verb); the rule runs where both
            sets have a member. Empty means no second condition.
        scope: what a match never crosses: with ``"sentence"`` or ``"paragraph"`` the
            rule runs only on the sentences (paragraphs) holding a trigger; with
            ``"text"`` on the whole text, if a trigger occurs in it. A narrower scope
            is faster; it must hold for every match, or matches are lost.
        flags: extra ``regex`` flags.
        tags: what document passes may need to know of this rule's records (e.g.
            ``"weak"``: a mention that stands only when no stronger one does); a pass
            asks ``Context.tagged(record, tag)``, never a rule's name.
        defers: a fallback rule: a match of it that overlaps a candidate the rules
            before it in the list made for its family is not built (they read that
            text already), so it costs nothing where they did.
        word_start: every match opens a word (a word character after none): the
            pattern is then tried only at word boundaries, which ``regex`` finds fast.
        where: a module-level function giving the spans of a document (sorted, not
            overlapping) that hold every match whose candidate is not empty, where the
            triggers cannot say (the lines naming a council, the sentences naming a
            person); the rule runs where both they and its trigger windows are.
        cased_triggers: strings of which every match contains one as written, capitals
            and all (a given name): a prefilter for words whose lower case is a common
            word ("Will", "Grace", "Hope"); found with the others in the one pass over
            the lower-cased text, then checked against the text. Each holds a capital.
    """

    name: str = attrs.field(validator=check_rule_name)
    kind: str = attrs.field(validator=check_kind)
    pattern: str = attrs.field(validator=check_pattern)
    build: Build = attrs.field(repr=False)
    lists: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        default=(), converter=_lists_tuple, repr=False
    )
    triggers: tuple[str, ...] = attrs.field(default=(), converter=lower_tuple)
    also_triggers: tuple[str, ...] = attrs.field(default=(), converter=lower_tuple)
    scope: Scope = attrs.field(default="text", validator=attrs.validators.in_(SCOPES))
    flags: int = 0
    tags: frozenset[str] = attrs.field(default=frozenset(), converter=_str_frozenset)
    defers: bool = False
    #: Whether ``pattern`` is read as ``regex.VERBOSE`` (spaces and ``#`` comments
    #: ignored: write a space as ``\ ``); ``False`` reads it as written.
    verbose: bool = True
    word_start: bool = False
    where: Callable[[Context], Sequence[Span]] | None = attrs.field(default=None, repr=False)
    cased_triggers: tuple[str, ...] = attrs.field(default=(), converter=cased_tuple, repr=False)
    _compiled: regex.Pattern[str] | None = attrs.field(init=False, default=None, repr=False, eq=False)
    #: The non-empty trigger sets, each of which a match holds one member of.
    #: (Frozensets: the prefilter asks after each set once per document, and a
    #: frozenset keeps its hash.)
    trigger_groups: tuple[frozenset[str], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        groups = (self.triggers, self.also_triggers, self.cased_triggers)
        object.__setattr__(self, "trigger_groups", tuple(frozenset(g) for g in groups if g))

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern, compiled on first use: importing the package compiles
        none, and a rule whose triggers a text lacks costs nothing to build. (Two threads
        asking at once may both compile it, to equal patterns; either is kept.)

        Raises:
            regex.error: the pattern is not a valid ``regex`` pattern.
        """
        compiled = self._compiled
        if compiled is None:
            compiled = _compile(self)
            object.__setattr__(self, "_compiled", compiled)
        return compiled

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild on unpickling (compiling on first use) rather than ship the compiled pattern.
        return (
            _make_rule,
            (self.name, self.kind, self.pattern, self.build, self.lists, self.triggers, self.flags, self.scope,
             self.also_triggers, self.tags, self.defers, self.verbose, self.word_start, self.where, self.cased_triggers),
        )

    def spans_in(self, ctx: Context) -> Sequence[Span] | None:
        """Where in ``ctx`` the rule is worth running: ``None`` for all of it, empty for nowhere."""
        spans = ctx.windows(self)
        if self.where is None or spans == ():
            return spans
        return self.where(ctx) if spans is None else intersect(spans, self.where(ctx))

    def run(
        self,
        ctx: Context,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        windows: Sequence[Span] | None = None,
        taken: Sequence[Span] = (),
    ) -> list[Candidate]:
        """Run the rule on a prepared document; one candidate per useful match.

        Args:
            ctx: the document.
            timeout: seconds the rule may spend on the document, all windows together.
            windows: the spans of the normalised text to match in (default: all of it).
            taken: for a rule that ``defers``, the spans (sorted, not overlapping) of
                what earlier rules of its family found; its matches overlapping them
                are not built.

        Raises:
            RuleTimeout: the rule ran past ``timeout`` seconds; it carries the
                candidates made until then.
        """
        text, prepared = ctx.prepared.text, ctx.prepared
        spans = ((0, len(text)),) if windows is None else windows
        compiled = self.compiled  # compiled before the clock starts
        deadline = None if timeout is None else time.monotonic() + timeout
        taken, taken_starts = (taken, [a for a, _ in taken]) if self.defers else ((), [])
        out: list[Candidate] = []
        try:
            for w_start, w_end in spans:
                # a short window bounds its matches' work; the regex engine's clock (a fifth
                # of a scan's cost) watches only long ones, the check below every match
                # (no ``timeout=None`` passed: it alone costs as much as a short window's search)
                if deadline is None or w_end - w_start <= UNTIMED_WINDOW:
                    matches = compiled.finditer(text, w_start, w_end)
                else:
                    matches = compiled.finditer(text, w_start, w_end, timeout=max(deadline - time.monotonic(), 0.001))
                for m in matches:
                    # the builders' own work counts against the limit too
                    if deadline is not None and time.monotonic() > deadline:
                        raise TimeoutError(self.name)
                    if prepared.in_boilerplate(m.start()):
                        continue
                    if taken:
                        k = bisect.bisect_left(taken_starts, m.end())  # the spans starting before the match ends
                        if k > 0 and taken[k - 1][1] > m.start():
                            ctx.note_veto(m.start(), m.end(), self.name, "an earlier rule of its family read this text")
                            continue
                    candidate = self._candidate(m, ctx)
                    if candidate is not None:
                        out.append(candidate)
        except TimeoutError as exc:
            raise RuleTimeout(self.name, ctx.doc_id, out) from exc
        return out

    def _candidate(self, m: regex.Match[str], ctx: Context) -> Candidate | None:
        built = self.build(m, ctx)
        if built is None:
            return None
        made: Iterable[Record] = (built,) if isinstance(built, RECORD_TYPES_TUPLE) else built  # type: ignore[assignment]
        records = tuple(r if r.rule is not None else stamped(r, self.name) for r in made)
        if not records:
            return None
        # a record may reach past its match (a quotation running on)
        start = min([m.start(), *(r.start for r in records if r.start is not None)])
        end = max([m.end(), *(r.end for r in records if r.end is not None)])
        return Candidate(self, start, end, records)


RECORD_TYPES_TUPLE: Final = tuple(RECORD_TYPES.values())

def _make_rule(*args: Any) -> Rule:
    name, kind, pattern, build, lists, triggers, flags, scope, also_triggers, tags, defers, verbose, word_start, where, cased = args
    return Rule(
        name=name, kind=kind, pattern=pattern, build=build, lists=lists, triggers=triggers, flags=flags, scope=scope,
        also_triggers=also_triggers, tags=tags, defers=defers, verbose=verbose, word_start=word_start, where=where,
        cased_triggers=cased,
    )


class RulesModule(Protocol):
    """The shape every ``ofsted_ie.rules`` family module has."""

    @property
    def RULES(self) -> tuple[Rule, ...]: ...  # noqa: N802 - a module's constant


@attrs.frozen
class Candidate:
    """The records one match produced, with the match's span (normalised offsets)."""

    rule: Rule
    start: int
    end: int
    records: tuple[Record, ...]
