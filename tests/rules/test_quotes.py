"""Provenance tables for the quotes rules (ofsted_ie.rules.quotes): each row a text, the
quotation's text it gives, the evidence (the quotation with its marks) and its speaker and side."""

from __future__ import annotations

import pytest

from tests.rules._table import Case, Negative, check, check_negative, params

FAMILY = "quotes"

SEED_PHRASINGS: list[Case] = [
    Case("quotation-then-said-a-spokesperson", '"We accept the findings in full," said a spokesperson for Bury Council.',
         ("We accept the findings in full,",), '"We accept the findings in full,"',
         {"speaker": "a spokesperson for Bury Council", "source": "authority"}, only=True),
    Case("councillor-said-colon-curly", "Councillor Amy Hart said: \u201cThis is a proud day for Salford.\u201d",
         ("This is a proud day for Salford.",), "\u201cThis is a proud day for Salford.\u201d",
         {"speaker": "Councillor Amy Hart", "source": "authority"}, only=True),
    Case("quotation-then-the-report-states", "\u201cSocial workers know their children well,\u201d the report states.",
         ("Social workers know their children well,",), "\u201cSocial workers know their children well,\u201d",
         {"speaker": "the report", "source": "inspectorate"}, only=True),
    Case("ofsted-said-a-phrase-in-a-clause", 'Ofsted said the council had made "significant progress" in the past year.',
         ("significant progress",), '"significant progress"', {"speaker": "Ofsted", "source": "inspectorate"}, only=True),
    Case("letter-says-single-curly", "Ofsted's letter to Bury says: \u2018Children are seen promptly.\u2019",
         ("Children are seen promptly.",), "\u2018Children are seen promptly.\u2019",
         {"speaker": "Ofsted's letter to Bury", "source": "inspectorate"}, only=True),
]
SYNTHETIC: list[Case] = [
    Case("inspectors-said-that-phrase", 'Inspectors said that leaders in Torbay had "a clear grip" on practice.',
         ("a clear grip",), '"a clear grip"', {"speaker": "Inspectors", "source": "inspectorate"}, only=True),
    Case("the-report-said-colon", 'The report said: "Children wait too long for help."',
         ("Children wait too long for help.",), '"Children wait too long for help."',
         {"speaker": "The report", "source": "inspectorate"}, only=True),
    Case("single-straight-marks-speaker-after", "'Progress has been slow,' the inspectors wrote.",
         ("Progress has been slow,",), "'Progress has been slow,'", {"speaker": "the inspectors", "source": "inspectorate"},
         only=True),
    Case("ofsted-spokesperson", 'An Ofsted spokesperson said: "We will return in the autumn."',
         ("We will return in the autumn.",), '"We will return in the autumn."',
         {"speaker": "An Ofsted spokesperson", "source": "inspectorate"}, only=True),
    Case("the-director-single-marks", "The director said: 'We are not where we want to be.'",
         ("We are not where we want to be.",), "'We are not where we want to be.'",
         {"speaker": "The director", "source": "authority"}, only=True),
    Case("guillemets", "\u00abNous acceptons\u00bb, said the council.", ("Nous acceptons",), "\u00abNous acceptons\u00bb",
         {"speaker": "the council", "source": "authority"}, only=True),
    Case("split-by-the-speaker", '"We are pleased," said Jo Bloggs, Kent\'s director, "and we will keep going."',
         ("and we will keep going.",), '"and we will keep going."', {"speaker": "Jo Bloggs", "source": "authority"},
         keys=frozenset({("We are pleased,",), ("and we will keep going.",)})),
    Case("pronoun-speakers-take-their-side",
         "Sam Roe, Luton's director of children's services, welcomed the report. \"We are delighted,\" he added. "
         "Ofsted's regional director, Jo Bloggs, also spoke. \"Luton has improved,\" she said.",
         ("Luton has improved,",), '"Luton has improved,"', {"source": "inspectorate"},
         keys=frozenset({("We are delighted,",), ("Luton has improved,",)})),
]
NEGATIVE: list[Negative] = [
    Negative("grade-and-acronym-labels", "The council was rated 'good' and its 'ILACS' report was published."),
    Negative("a-quoted-grade", 'Kent\'s children\'s services are rated "outstanding".'),
    Negative("apostrophes-are-no-marks", "It's the children's services' best year, the council's leader said."),
    Negative("curly-apostrophes", "Bolton\u2019s leaders said the council\u2019s staff worked hard."),
    Negative("no-marks-at-all", "The council said it would consider the report carefully."),
]
BUGS_CAUGHT: list[Case] = [
    # a quotation hard-wrapped mid-sentence was cut at the first break
    Case("hard-wrapped-mid-sentence", '"Leaders have acted quickly,\nbut there is more to do," inspectors said.',
         ("Leaders have acted quickly, but there is more to do,",), '"Leaders have acted quickly,\nbut there is more to do,"',
         {"speaker": "inspectors", "source": "inspectorate"}, only=True),
    # a short phrase in a findings sentence is the inspectorate's
    Case("phrase-in-inspectors-found-that", 'Inspectors found that managers were "not visible" to staff in Bury.',
         ("not visible",), '"not visible"', {"source": "inspectorate"}, only=True),
    # a quotation with no speaker takes the previous quotation's, deep in a text (was looked for at the wrong offset)
    Case("unattributed-takes-previous-speaker",
         "Background first.\n\nMore background.\n\nInspectors said: \"Records are thin.\"\n\n"
         "Supervision was described as \"sporadic\".",
         ("sporadic",), '"sporadic"', {"speaker": "Inspectors", "source": "inspectorate"}),
    # findings of a visit: "The focused visit found ..." are the inspectorate's
    Case("the-focused-visit-found", 'The focused visit found that staff in Bolton felt "well supported".',
         ("well supported",), '"well supported"', {"source": "inspectorate"}, only=True),
    # "it" after a body named in the sentence before is that body (issue 22; was a known failure)
    Case("it-said-after-the-report",
         'The inspectorate\'s report on Luton was published on Monday. "Leaders have a firm grip," it said.',
         ("Leaders have a firm grip,",), '"Leaders have a firm grip,"', {"source": "inspectorate"}),
    # "The council said" names the council; a relative clause's body does not decide (issue 22)
    Case("the-council-said-after-a-finding",
         'Inspectors called practice in Bury "too slow". The council said it would "act at once".',
         ("act at once",), '"act at once"', {"speaker": "The council", "source": "authority"}),
    Case("relative-clause-is-no-head",
         'The authority, whose leader met the minister, said it planned "a new front door".',
         ("a new front door",), '"a new front door"', {"source": "authority"}, only=True),
    # a lead-in paragraph gives its speaker to the next paragraph's quotation (issue 22)
    Case("lead-in-paragraph",
         'Cllr Nia Broad, Bury Council lead member, said:\n\n"We welcome the report."',
         ("We welcome the report.",), '"We welcome the report."', {"source": "authority"}, only=True),
    # a passive verb of description: its agent after the quotation speaks (issue 22 differential)
    Case("passive-agent-after-the-quotation", 'Bury was rated good. It was described as "a fresh start" by inspectors.',
         ("a fresh start",), '"a fresh start"', {"speaker": "inspectors", "source": "inspectorate"}, only=True),
    Case("passive-agent-is-a-council-post", "Bury was rated good. The plan was branded 'overdue' by the council's leader.",
         ("overdue",), "'overdue'", {"source": "authority"}, only=True),
    Case("passive-agent-mps", 'Bury was rated good. The service, once called "a shambles" by MPs, has improved.',
         ("a shambles",), '"a shambles"', {"source": "other"}, only=True),
    # the inspection's findings or verdict speak; a study's findings do not say whose
    Case("phrase-in-the-paragraph-after-a-finding",
         'Bury was rated inadequate.\n\nThe watchdog found the problems were known.\n\nBut a "corporate lapse" held it back.',
         ("corporate lapse",), '"corporate lapse"', {"source": "inspectorate"}, only=True),
    Case("the-findings-highlight", 'Bury was rated good. The findings highlight "a settled workforce".',
         ("a settled workforce",), '"a settled workforce"', {"source": "inspectorate"}, only=True),
]
KNOWN_FAILURES: list[Case] = [
    Case("tex-style-marks", "Inspectors noted ``weak oversight'' in Bury.", ("weak oversight",), "``weak oversight''",
         reason="doubled backticks and apostrophes are not read as a pair of marks"),
]


@pytest.mark.parametrize("case", params(SEED_PHRASINGS))
def test_seed_phrasings(case: Case) -> None:
    """Phrasings in the shape real articles use give the quotation, its speaker and side."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(SYNTHETIC))
def test_synthetic(case: Case) -> None:
    """Other marks, speaker positions and speakers give the quotation, its speaker and side."""
    check(FAMILY, case)


@pytest.mark.parametrize("row", params(NEGATIVE))
def test_negative(row: Negative) -> None:
    """Grade labels, acronyms in marks, apostrophes and lone marks are no quotations."""
    check_negative(FAMILY, row)


@pytest.mark.parametrize("case", params(BUGS_CAUGHT))
def test_bugs_caught(case: Case) -> None:
    """Shapes of quotations once cut or misattributed give the quotation, its speaker and side."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(KNOWN_FAILURES))
def test_known_failures(case: Case) -> None:
    """Quotations not read yet (each a strict xfail with its reason)."""
    check(FAMILY, case)
