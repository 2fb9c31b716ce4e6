"""Sentences that state ratings, sentences whose grade words state none, and the
judgement tables at the top of Ofsted's reports."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import (
    FRAMEWORK_TITLES,
    JUDGEMENT_FORMS,
    MONTHS,
    Generated,
    RatingKey,
    authority_names,
    date_phrases,
    grades_as_written,
    quote_styles,
)


@st.composite
def rating_sentences(draw: st.DrawFn) -> Generated:
    """A sentence (or two) stating ratings in one of the genre's frames: verb frames,
    rating nouns, extremes, transitions, "no longer", a grade per sub-judgement, a grade
    shared by a list of councils, with any quote style, an optional date and an
    optional distractor clause that states no rating."""
    a = draw(authority_names())
    op, cl = draw(quote_styles())
    grade, form = draw(grades_as_written())
    q = f"{op}{form}{cl}"
    when = draw(date_phrases())
    frame = draw(st.integers(0, 28))
    ratings: set[RatingKey]
    if frame == 0:
        text, ratings = f"{a} Council was rated {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 1:
        text, ratings = f"Children's services in {a} were judged to be {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 2:
        text, ratings = f"Ofsted rated children's services in {a} as {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 3:
        judgement = draw(st.sampled_from(sorted(JUDGEMENT_FORMS)))
        phrase = draw(st.sampled_from(JUDGEMENT_FORMS[judgement]))
        text, ratings = f"{a} received a rating of {q} for {phrase}{when}.", {(a, grade, judgement, True)}
    elif frame == 4:
        extremes: list[tuple[str, Grade]] = [("lowest", "inadequate"), ("highest", "outstanding"), ("top", "outstanding")]
        extreme, extreme_grade = draw(st.sampled_from(extremes))
        text, ratings = f"Ofsted handed {a} Council its {extreme} rating{when}.", {(a, extreme_grade, "overall", True)}
    elif frame == 5:
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        text = f"{a} moves from {op}{old_form}{cl} to {q}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 6:
        text, ratings = f"Children's services in {a} are no longer {q}.", {(a, grade, "overall", False)}
    elif frame == 7:
        others = draw(st.lists(authority_names().filter(lambda n: n != a), min_size=1, max_size=3, unique=True))
        names = [a, *others]
        listed = ", ".join(names[:-1]) + " and " + names[-1]
        text = f"Meanwhile, {len(names)} councils - {listed} - have been rated {q}."
        ratings = {(n, grade, "overall", True) for n in names}
    elif frame == 8:
        listable: list[Judgement] = ["adoption", "care_leavers", "leadership"]
        judgements = draw(st.lists(st.sampled_from(listable), min_size=2, max_size=3, unique=True))
        phrases = {"adoption": "adoption services", "care_leavers": "care leaver support", "leadership": "the department's leadership"}
        listed = ", ".join(phrases[j] for j in judgements[:-1]) + " and " + phrases[judgements[-1]]
        text = f"{a}'s {listed} all received a rating of {q}."
        ratings = {(a, grade, j, True) for j in judgements}
    elif frame == 10:
        verb = draw(st.sampled_from(["remains", "is still", "is now"]))
        text, ratings = f"Ofsted says {a} Council {verb} {q}.", {(a, grade, "overall", True)}
    elif frame == 11:
        text = f"The judgement of overall effectiveness in {a} is {q}{when}."
        ratings = {(a, grade, "overall", True)}
    elif frame == 12:
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        verb = draw(st.sampled_from(["upgraded", "downgraded", "improved", "moved"]))
        text = f"{a} was {verb} from {op}{old_form}{cl} to {q}{when}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 13:
        annual, phrase = draw(st.sampled_from([("performs_poorly", "performs poorly"), ("performs_well", "performs well"),
                                               ("performs_adequately", "performs adequately"),
                                               ("performs_excellently", "performs excellently")]))
        adverb = phrase.split()[1]
        text = draw(st.sampled_from((
            f"In its annual assessment Ofsted found that {a} {phrase}.",
            # the annual ratings named once for the text, the grade in a later sentence of its own
            f"Ofsted published its annual ratings of children's services today. {a} {phrase}, the watchdog said.",
            f"The annual performance ratings are out. {a} was found to perform {adverb}.",
            f"Ofsted's annual assessments of councils came out today.\n\n{a} was judged to perform {adverb}.",
            f"The annual ratings came out this week. {a} was also told it {phrase}.",
            f"In the annual ratings, {a} performed {adverb}.",
        )))
        ratings = {(a, annual, "overall", True)}  # type: ignore[arg-type]
    elif frame == 14:  # a round-up: each council keeps its own grade
        b = draw(authority_names().filter(lambda n: n != a))
        g2, f2 = draw(grades_as_written())
        text = f"{a} was rated {q}. Elsewhere, {b} was judged {op}{f2}{cl} by inspectors."
        ratings = {(a, grade, "overall", True), (b, g2, "overall", True)}
    elif frame == 15:  # the next sentence refers back: "Its adoption services ..."
        judgement = draw(st.sampled_from(sorted(JUDGEMENT_FORMS)))
        g2, f2 = draw(grades_as_written())
        text = (f"Ofsted inspected {a} Council in the spring. Its {JUDGEMENT_FORMS[judgement][0]} services "
                f"were rated {op}{f2}{cl}.")
        ratings = {(a, g2, judgement, True)}
    elif frame == 16:
        text, ratings = f"Inspectors found {a} Council to be {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 17:
        text, ratings = f"{a} Council has been awarded {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 18:
        text, ratings = f"Inspectors have removed {a}'s {q} rating.", {(a, grade, "overall", False)}
    elif frame == 19:
        text, ratings = f"{a} became the first council to be rated {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 20:
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        direction = draw(st.sampled_from(["up", "down"]))
        text = f"{a} Council has been rated {q}, {direction} from {op}{old_form}{cl} at its previous inspection."
        ratings = {(a, grade, "overall", True), (a, old, "overall", False)}
    elif frame == 21:
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        text = f"{a} was rated {op}{old_form}{cl} in 2014 and {q} in 2019."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 22:
        verb = draw(st.sampled_from(["rated", "judged", "graded", "deemed"]))
        obj = draw(st.sampled_from([f"{a} Council", f"children's services in {a}", f"{a}'s children's services"]))
        tail = draw(st.sampled_from(["", " across all areas", " by Ofsted"]))
        text, ratings = f"Inspectors {verb} {obj} {q}{tail}{when}.", {(a, grade, "overall", True)}
    elif frame == 23:
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        verb = draw(st.sampled_from(["upgraded", "downgraded"]))
        text = f"Ofsted has {verb} {a}'s rating from the {op}{old_form}{cl} awarded in 2013 and 2015, to {q}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 25:  # a council and grade more, the verb left out
        b = draw(authority_names().filter(lambda n: n != a))
        g2, f2 = draw(grades_as_written())
        joiner = draw(st.sampled_from([", and ", " and ", ", "]))
        text = f"{a} was rated {q}{when}{joiner}{b} {op}{f2}{cl}."
        ratings = {(a, grade, "overall", True), (b, g2, "overall", True)}
    elif frame == 26:  # judgements by their frameworks' titles, a long object before "as"
        judgements = draw(st.lists(st.sampled_from(sorted(FRAMEWORK_TITLES)), min_size=1, max_size=3, unique=True))
        tq = draw(st.booleans())
        titles = [f"{op}{FRAMEWORK_TITLES[j]}{cl}" if tq else f"the {FRAMEWORK_TITLES[j]}" for j in judgements]
        listed = ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else titles[0]
        verb = draw(st.sampled_from(["rated", "judged", "graded", "assessed"]))
        openings = [(f"In {a}, inspectors {verb} ", ""), (f"Inspectors {verb} ", f" in {a}")]
        if tq:  # a possessive before quoted titles: "rated Kent's 'impact of leaders ...'"
            openings.append((f"Ofsted {verb} {a}'s ", ""))
        opening, place = draw(st.sampled_from(openings))
        listed += place
        text = f"{opening}{listed} as {q}{when}."
        ratings = {(a, grade, j, True) for j in judgements}
    elif frame == 27:  # a council named in an aside is no antecedent of the next sentence's "the service"
        b = draw(authority_names().filter(lambda n: n != a and n not in a and a not in n))
        aside = draw(st.sampled_from([(" - which also runs services in ", " - "), (" (which also runs services in ", ")"),
                                      (", which also runs services in ", ",")]))
        text = (f"{a}'s children's services were taken over by a trust{aside[0]}{b}{aside[1]} last year. "
                f"The service was rated {q} by inspectors{when}.")
        ratings = {(a, grade, "overall", True)}
    elif frame == 28:  # the sentence before dates an earlier inspection: a past-tense grade is its
        month = draw(st.sampled_from(["", "May ", "October "]))
        year = draw(st.integers(2009, 2016))
        lead = draw(st.sampled_from([f"The previous inspection of {a}'s services was in {month}{year}.",
                                     f"{a} was last inspected in {month}{year}."]))
        now = draw(st.booleans())
        if now:  # a present grade after it is the council's now
            text, ratings = f"{lead} The council is now rated {q}.", {(a, grade, "overall", True)}
        else:
            text, ratings = f"{lead} The local authority was judged to be {q}.", {(a, grade, "overall", False)}
    elif frame == 24:  # a list line: "- Kent: good (previously inadequate)"
        bullet = draw(st.sampled_from(["- ", "* ", "\u2022 ", "1. ", ""]))
        sep = draw(st.sampled_from([": ", " - ", " \u2013 ", " | "]))
        council = draw(st.sampled_from([a, f"{a} Council"]))
        old, old_form = draw(grades_as_written().filter(lambda g: g[0] != grade))
        before = draw(st.booleans())
        text = f"Ofsted results this month:\n\n{bullet}{council}{sep}{q}" + (f" (previously {old_form})" if before else "") + "\n"
        ratings = {(a, grade, "overall", True)}
        if before:
            ratings.add((a, old, "overall", False))
    else:
        j1, j2 = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=2, unique=True))
        g2, f2 = draw(grades_as_written())
        text = (f"Inspectors found that {a} is {q} for {JUDGEMENT_FORMS[j1][0]}, "
                f"and {op}{f2}{cl} for {JUDGEMENT_FORMS[j2][0]}.")
        ratings = {(a, grade, j1, True), (a, g2, j2, True)}
    distractor = draw(st.sampled_from(["", " Staff praised the good practice of social workers.",
                                       " The council's leader said it was a good start."]))
    return Generated(text + distractor, frozenset(ratings))


@st.composite
def non_rating_sentences(draw: st.DrawFn) -> Generated:
    """A sentence with grade words that are no council's grade: adjectives, schools,
    counts of councils, the grading scale, hopes."""
    a = draw(authority_names())
    grade, form = draw(grades_as_written())
    op, cl = draw(quote_styles())
    q = f"{op}{form.lower()}{cl}"
    n = draw(st.sampled_from(["10", "three", "Most", "None of the"]))
    adjective = draw(st.sampled_from(["good", "outstanding", "inadequate"]))
    stopped = draw(st.sampled_from(["prevented", "stopped", "kept"]))
    school = draw(st.sampled_from(["St Mary's primary school", "a nursery", "the academy", "a children's home"]))
    text = draw(st.sampled_from([
        f"Social workers in {a} show good practice and provide good support to families.",
        f"{school.capitalize()} in {a} was rated {q} by Ofsted.",
        f"{n} councils have been rated {q} this year.",
        "Inspections grade councils as outstanding, good, requires improvement or inadequate.",
        f"{a} hopes its services can be judged {q} at the next inspection.",
        f"Local authorities that are rated {q} receive a short inspection every three years.",
        f"Care leavers in {a} are well supported and there is {adjective} multi-agency planning for them.",
        f"Uneven progress has {stopped} {a} from achieving a judgement of {q} at this inspection.",
        f"Children's services in {a} fell short of {q} this time.",
        f"In {a} the quality of plans varies, ranging from {op}inadequate{cl} to {op}good{cl}.",
        f"Leaders in {a} know they must do more to make services {q}.",
        f"In a local authority that is {q}, inspectors return within three years.",
        # "performs well" of no council in a text about the annual ratings: a count, a team
        "Ofsted's annual ratings are out. Twelve councils performed poorly.",
        f"The annual ratings were published today. The {a} youth team performed well under pressure.",
        f"{a} Council runs two children's homes. Both were judged to be {q} at their last inspection.",
        f"{a} was inspected in May. Most homes judged {q} at their first inspection improved later.",
        # a grade the council gave itself
        f"In its self-evaluation, {a} Council rated its services as {q}.",
        f"{a} was inspected in May. The council's self-assessment had suggested a judgement of {q}.",
    ]))
    return Generated(text)


#: The judgement rows of Ofsted's report tables, by framework (frameworks.md §2, §3.2).
REPORT_ROWS: Final[dict[str, tuple[tuple[str, Judgement], ...]]] = {
    "SIF": (
        ("1. Children who need help and protection", "help_and_protection"),
        ("2. Children looked after and achieving permanence", "children_in_care"),
        ("2.1 Adoption performance", "adoption"),
        ("2.2 Experiences and progress of care leavers", "care_leavers"),
        ("3. Leadership, management and governance", "leadership"),
    ),
    "ILACS": (
        ("The impact of leaders on social work practice with children and families", "leadership"),
        ("The experiences and progress of children who need help and protection", "help_and_protection"),
        ("The experiences and progress of children in care", "children_in_care"),
        ("The experiences and progress of care leavers", "care_leavers"),
        ("Overall effectiveness", "overall"),
    ),
}


@st.composite
def report_headers(draw: st.DrawFn) -> Generated:
    """The top of an Ofsted report: title, inspection dates (no publication date), lead
    inspector, and the table of judgements, its cells apart by spaces, a tab, a bar or
    a colon, graded at random."""
    a = draw(authority_names())
    framework = draw(st.sampled_from(sorted(REPORT_ROWS)))
    title = (f"Inspection of {a} local authority children's services" if framework == "ILACS" else
             f"{a}\nInspection of services for children in need of help and protection, children looked after and care leavers")
    year = draw(st.integers(2014, 2025))
    month = draw(st.sampled_from(MONTHS))
    gap = draw(st.sampled_from(["   ", "\t", " | ", ": ", "          "]))
    rows = [(label, judgement, *draw(grades_as_written())) for label, judgement in REPORT_ROWS[framework]]
    table = "\n".join(f"{label}{gap}{form[0].upper()}{form[1:]}" for label, _, _, form in rows)
    text = (f"{title}\nInspection dates: 3 to 14 {month} {year}\nLead inspector: Jane Doe, His Majesty's Inspector\n"
            f"Judgement{gap}Grade\n{table}\n")
    return Generated(text, frozenset((a, grade, judgement, True) for _, judgement, grade, _ in rows))

