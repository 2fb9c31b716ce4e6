"""Tests for ofsted_ie.rules.people_lines: the signature rule read only after lines that
are a name alone finds what it finds reading the whole text.

| kind | cases |
|---|---|
| synthetic | letter endings drawn by hypothesis: names with and without titles, initials, particles and honours, over roles with and without an owner, among blank lines, prose and indented lines |
| negative | a role under a prose line or a blank line; a name inside prose; two name lines in a row |
| bugs caught | a title read as the name's first word ("Dr Sam Patel" above a role gave no signature) |
| known failures | none |
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie

_NAMES = ["Jane Doe", "Dr Sam Patel OBE", "Cllr Mary Jo Fenwick", "  Priya A. Okafor", "Jan van der Berg", "Tom O'Neill (pictured)",
          "Ruth Adeyemi-Shaw", "Lord Laming"]
_ROLES = ["Director of Children's Services", "Kent County Council's director of children's services", "Her Majesty's Inspector",
          "Ofsted's national director for social care", "Lead member for children's services", "Chief Executive", "\tInterim DCS"]
_OTHER = ["", "Yours sincerely", "The council was rated good in 2019, Jane Doe said.", "Kent County Council", "Regards,"]


@given(st.lists(st.sampled_from([*_NAMES, *_ROLES, *_OTHER]), max_size=12))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_signatures_read_after_name_lines_are_those_read_over_the_whole_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    extractor = ofsted_ie.default_extractor()
    ctx = extractor.context(text)
    (rule,) = [r for r in extractor.rules if r.name == "people.signature"]
    full = [(c.start, c.end, c.records) for c in rule.run(ctx, timeout=None)]
    spans = rule.spans_in(ctx)
    windowed = [] if spans == () else [(c.start, c.end, c.records) for c in rule.run(ctx, timeout=None, windows=spans)]
    assert windowed == full


def test_a_signature_under_a_name_line_is_read_and_a_role_under_prose_is_not() -> None:
    text = ("Yours sincerely\n\nJane Doe\nDirector of Children's Services\n\n"
            "Inspectors met the council in May.\nDirector of Children's Services\n\nDr Sam Patel OBE\nInterim director of children's services")
    people = ofsted_ie.extract(text).people
    assert sorted((p.name, p.role) for p in people if p.rule == "people.signature") == [
        ("Jane Doe", "director of children's services"), ("Sam Patel", "interim director of children's services")]
