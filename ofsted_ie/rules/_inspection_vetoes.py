"""Words that show an inspection word names no particular event: a comparison or a
negation ("more like a review than an inspection", "has never had a full inspection",
"Kent's services were not part of the inspection"),
inspection as an activity wished for ("welcomed robust inspection"), the future ("its next
inspection", "preparing for an inspection", "the inspection of Kent is due to take place in
May"), a schedule ("every four years"), every
council's event, a local area SEND inspection, or a count of councils ("has inspected 30
councils"). ``inspections.guard_no_event`` reads them. Nothing here is compiled.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ._fragments import LISTS

COMPARISON: Final = timed(
    r"(?i:\b(?:more\ like|rather\ than|than|like|unlike|such\ as|instead\ of|as\ opposed\ to)\ (?:a|an|the)?\ ?(?:[\w-]+\ ){0,2}$"
    r"|\b(?:never|not|yet\ to|neither|none|nor)\b(?:\ (?:of\ (?:which|them|these|those)|has|have|had|yet|so\ far|ever)){0,3}"
    r"\ (?:had|have|been|received|undergone|faced)\ (?:a|an|any)?\ ?(?:[\w-]+\ ){0,2}$"  # "has never had", "neither of which has yet faced"
    r"|\b(?:not|never)\ (?:(?:been\ )?part\ of|(?:been\ )?included\ in|(?:been\ )?covered\ by|involved\ in)\ (?:a|an|any|the|this|that)?\ ?(?:[\w-]+\ ){0,2}$"
    r"|\bexcluded\ from\ (?:a|an|the|this|that)?\ ?(?:[\w-]+\ ){0,2}$"  # "were not part of the inspection": not its event
    r"|\b(?:areas?|forms?|types?|kinds?|parts?|aspects?|methods?)\ of\ $)"  # "one area of inspection"
)
#: Inspection as an activity wished for or valued, a mass noun with a quality: "welcomed
#: robust inspection of our services", "value the robust and effective inspection of
#: our services", "calls for tougher inspection".
QUALITY = (r"(?:robust|rigorous|tough|tougher|effective|proper|independent|regular|external|greater|more|stronger|fair"
            r"|light-touch|thorough|closer|better|proportionate)")
ACTIVITY: Final = timed(
    rf"(?i:\b(?:welcome[sd]?|want(?:s|ed)?|need(?:s|ed)?|call(?:s|ed)?\ for|demand(?:s|ed)?|value[sd]?|support(?:s|ed)?"
    rf"|subject\ to|deserve[sd]?)\ (?:the\ )?{QUALITY}(?:,?\ (?:and\ )?{QUALITY})*\ $)"
)
#: Inspections in the plural as the inspectorate's routine work, no event: "once Ofsted
#: resumes routine inspections", "paused its graded inspections", "regular inspections".
ROUTINE_PLURAL: Final = timed(
    r"(?i:\b(?:routine|regular|normal|usual|graded|in-person|on-site)\ $"
    r"|\b(?:resume[sd]?|resuming|paused?|pausing|suspend(?:ed|s|ing)?|restart(?:ed|s|ing)?)\ (?:(?:its|their|all|the)\ )?(?:[\w-]+\ )?$)"
)
FUTURE: Final = timed(
    r"""(?i:\b(?:next|further|future|upcoming|forthcoming)\ (?:[\w-]+\ ){0,2}$
    |\b(?:will|would|could|should|(?-i:may|might)|due\ to|expected\ to|set\ to|receive|receives|get|gets|face|faces|await|awaits
      |awaiting|ahead\ of|until|(?:want|wants|hope|hopes|plan|plans|intend|intends|aim|aims)\ (?:\w+\ )?to)\ (?:have\ |be\ |undergo\ )?(?:a|an|the|its|their)?\ ?(?:(?!\L<past_links>\ )[\w-]+\ ){0,4}$
    |\b(?:prepar(?:e|es|ed|ing)|ready|readiness|brac(?:e|es|ed|ing)|scheduled|due)\ (?:for\ )?
      (?:[\w-]+\ ){0,2}?(?:to\ (?:undertake|carry\ out|conduct|make|hold)\ )?(?:a|an|the|its|their)?\ ?(?:[\w-]+\ ){0,2}$)""",
    regex.VERBOSE,
    past_links=("since", "after", "following", "during", "than", "when", "because", "despite"),
)
#: A schedule after the mention: "a four-week inspection every four years", "inspected
#: once every three years".
EVERY_AFTER: Final = timed(
    r"(?i:,?\ (?:once\ )?(?:every|each)\ (?:(?:two|three|four|five|six|few|[2-9]|\d\d)\ )?(?:years?|months?|weeks?)\b)"
)
#: Every council's event: "each authority's first inspection".
EACH_BEFORE: Final = timed(
    r"(?i:\b(?:each|every|any)\ (?:local\ )?(?:authority's|council's|area's|LA's)\ (?:[\w-]+\ ){0,2}$)"
)
#: Special educational needs, whose local area inspections (Ofsted's joint ones with the
#: CQC among them) are no inspection of children's services.
SEND: Final = timed(r"(?:(?-i:SEND)\b|(?i:special\ educational\ needs))")
#: A count of councils as the object: "the watchdog has inspected 30 councils", "inspections of 12 authorities".
COUNTED_AFTER: Final = timed(
    r"(?i:\ (?:of\ |in\ )?(?:(?!(?:19|20)\d\d\b)\d+|\L<number_words>|all|many|several|most|some|dozens\ of|more\ than\ \d+)"  # not "in 2020 found no areas"
    r"\ (?:[\w'-]+\ ){0,2}?(?:councils|authorities|areas|LAs|children's\ services|departments)\b)",
    number_words=LISTS["number_words"],
)
FUTURE_WORD: Final = timed(r"(?i:\b(?:next|further|future|upcoming|forthcoming)\b)")
#: The mention as the subject of a predicate of the future, its council and service
#: between: "A full inspection of Kent is due to take place in May", "a monitoring visit
#: to Kent County Council will begin on Monday", "is scheduled for June", "is expected once
#: routine inspections resume". Only names and
#: service words may stand between, so "The inspection of Kent found work is due to
#: start" is not one.
FUTURE_AFTER: Final = timed(
    r"""(?:\ (?i:of|to|into|in|at)\ (?:(?:[A-Z][\w'’&-]*|(?i:and|of|the|upon|on|with|children's|children’s|services|social|care))\ ){1,8}?
       |\ (?:(?i:\L<when_words>)\ ){0,2})
    (?i:(?:is|are)\ (?:now\ |also\ |currently\ |not\ )?(?:due|expected|scheduled|planned|set|likely)
         \ (?:to\ (?!have\b)[a-z]+|in|for|on|later|next|this|shortly|soon|before|by|within|once|when|after|following|as\ soon\ as)\b  # "is expected to last three weeks"
         |(?:is|are)\ (?:now\ |also\ )?(?:due|imminent|likely)(?=[.;]|$)
       |will\ (?:now\ |also\ )?(?!be\ (?:published|presented|considered|discussed|reported|debated|shared|sent)\b)(?!not\b)[a-z]  # "will look hard at", not "will be published"
       |(?:is|are)\ (?:yet\ )?to\ take\ place\b
       |(?:looms|loom|(?:is|are)\ looming|approaches|nears|draws\ near)\b)  # "as inspection looms"
  | (?:\ (?i:of|to|into|in|at)\ [^,.;\n]{1,60})?,?\ (?i:which|that)\ (?i:may|might|could|will|would)\ (?i:take\ place|happen|begin|start)\b""",
    regex.VERBOSE,
    when_words=("next", "later", "this", "that", "itself"),
)
#: A return to the council for the event, wished or planned: "Ofsted is expected to return
#: to Kent for a monitoring visit", "inspectors will be back in Kent in June for a focused visit".
RETURN_FOR: Final = timed(
    r"(?i:\b(?:will|to|due|set)\ (?:return|be\ back|come\ back)\ (?:to\ |in\ )?(?:[\w'’-]+\ ){0,9}?for\ (?:(?:a|an|the|its|their)\ )?(?:[\w-]+\ ){0,2}$)"
)

__all__ = [
    "ACTIVITY", "COMPARISON", "COUNTED_AFTER", "EACH_BEFORE", "EVERY_AFTER", "FUTURE", "FUTURE_AFTER", "FUTURE_WORD", "QUALITY",
    "RETURN_FOR", "SEND",
]
