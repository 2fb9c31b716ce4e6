"""Words before a grade that look like a hope but state a grade given.

``guards.guard_hypothetical`` vetoes a grade after "will", "to be" and the like; three
forms of those words report a grade rather than wish for one:

- "will" with the grade's full name as its verb ("... will require improvement to be
  good"): the framework's wording of the grade;
- a verb of rating and its object before "to be" ("graded the experiences of children in
  care in Kent to be outstanding"): a finding, as "found to be" is;
- "to be judged" opening a sentence or a quotation whose verb follows the grade, the
  infinitive being the subject: "To be judged 'good' by Ofsted is testament to our
  staff", "Being rated ... is" (a feeling about a grade given), but not a goal named as
  the verb's complement ("To be rated outstanding is our ambition") nor an infinitive of
  purpose ("To be rated good, Kent must ...").
"""

from __future__ import annotations

from typing import Final

from ..._timed import FROM_END, timed
from ..._vocab import FOUND_VERBS, RATED_VERBS
from .._fragments import alternation

_WILL: Final = timed(r"(?i:\bwill\ $)")
_FULL_RI: Final = timed(r"(?i:requir(?:e|es|ed)\ improvement\ to\ be\ good\b)")
_QUOTE = "[\"'\u2018\u201c\u2019\u201d]"
#: "To be (judged)" opening a sentence or a quotation, right before the grade (or its verb).
_INFINITIVE_OPENING: Final = timed(
    rf"(?i:(?:^|[.!?:;]\ +|{_QUOTE}\ *)to\ be\ (?:\w+ly\ )?"
    rf"(?:(?:judged|rated|graded|deemed|assessed|found)(?:\ as|\ to\ be)?\ ?{_QUOTE}?)?$)",
    FROM_END,
)
#: The grade (after its verb, if the match began there), its agent, then the sentence's verb.
_VERB_AFTER: Final = timed(
    rf"(?i:(?:(?:judged|rated|graded|deemed|assessed|found)(?:\ as|\ to\ be)?\ )?{_QUOTE}?[\w\ -]{{2,35}}?{_QUOTE}?"
    r"(?:\ (?:by|from)\ (?:ofsted|inspectors|the\ inspectorate|the\ watchdog|the\ regulator))?"
    r"(?:\ (?:again|overall|this\ time|for\ the\ first\ time))?,?\ (?:is|was|has\ been|means|feels|shows|reflects|represents)\b"
    r"(?!\ (?:(?:our|the|their|its|my|a|an)\ )?(?:\w+\ )?(?:aim|goal|ambition|target|hope|dream|challenge|priority)s?\b))"
)


#: Verbs that take an object and "to be" before a grade: the verbs of finding and the
#: one-word verbs of rating, and "assessed" ("assessed Kent to be good").
_TO_BE_VERBS: Final = (*FOUND_VERBS, *(v for v in RATED_VERBS if " " not in v), "assessed")
#: A verb of rating, its object, then "to be" right before the grade: "graded the experiences
#: of children in care in Kent to be outstanding" (a finding, not "wants Kent to be").
_RATED_OBJECT_TO_BE: Final = timed(
    rf"(?i:\b(?:{alternation(_TO_BE_VERBS)})\ (?:(?!(?:to|will|would|could|can|must|should)\b)[\w'-]+,?\ ){{1,12}}"
    rf"to\ be\ (?:\w+ly\ )?{_QUOTE}?$)",
    FROM_END,
)


def stated_not_hoped(prefix: str, label: str) -> bool:
    """Whether the words before a grade (``prefix``) and from it on (``label``) state the
    grade rather than hope for it ("will require improvement to be good", "To be judged
    'good' by Ofsted is ...")."""
    if _WILL.search(prefix) and _FULL_RI.match(label) or _RATED_OBJECT_TO_BE.search(prefix):
        return True
    return bool(_INFINITIVE_OPENING.search(prefix)) and bool(_VERB_AFTER.match(label))


__all__ = ["stated_not_hoped"]
