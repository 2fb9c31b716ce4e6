"""Provenance tables for the inspections rules (ofsted_ie.rules.inspections): each row a
text, the (authority, kind, year) it gives and the evidence of that event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules._table import Case, Negative, check, check_negative, params

FAMILY = "inspections"
REF = dt.date(2017, 3, 24)

SEED_PHRASINGS: list[Case] = [
    Case("following-its-second-monitoring-visit",
         "Following its second monitoring visit to Swindon Borough Council, Ofsted remained concerned.",
         ("Swindon", "monitoring_visit", None), "second monitoring visit", {"when": None, "ordinal": 2}, only=True,
         reference_date=REF),
    Case("monitoring-visit-the-third-since",
         "Ofsted made a monitoring visit to Kent, the third since the council was rated inadequate.",
         ("Kent", "monitoring_visit", None), "monitoring visit to Kent, the third", {"when": None, "ordinal": 3}, only=True,
         reference_date=REF),
    Case("new-joint-target-area-inspection",
         "Calderdale has just been through the new Joint Target Area Inspection, and inspectors praised its partnership work.",
         ("Calderdale", "jtai", None), "Joint Target Area Inspection", {"when": None, "ordinal": None}, only=True,
         reference_date=REF),
    Case("inspection-of-services-in-month-found",
         "An inspection of Stockport's children's services in November 2016 found them good.",
         ("Stockport", "inspection", "2016"), "inspection", {"when": "2016-11"}, only=True, reference_date=REF),
    Case("latest-inspection-of-in-month",
         "Ofsted's latest inspection of Hartlepool, in June 2016, found it good.",
         ("Hartlepool", "inspection", "2016"), "Ofsted's latest inspection", {"when": "2016-06"}, only=True, reference_date=REF),
    Case("inspectors-visited-services-on-days",
         "Inspectors visited Wigan's children's services on 7 and 8 February 2017.",
         ("Wigan", "inspection", "2017"), "Inspectors visited", {"when": "2017-02-07"}, only=True, reference_date=REF),
]
SYNTHETIC: list[Case] = [
    Case("visit-since-a-dated-inspection-took-place", "Rutland's first monitoring visit since the 2014 inspection took place "
         "in March 2016.", ("Rutland", "monitoring_visit", "2016"), "first monitoring visit", {"when": "2016-03"},
         keys=frozenset({("Rutland", "monitoring_visit", "2016"), ("Rutland", "inspection", "2014")}), reference_date=REF),
    Case("the-second-of-its-monitoring-visits", "The letter follows the second of Rutland's monitoring visits.",
         ("Rutland", "monitoring_visit", None), "the second of Rutland's monitoring visits", {"ordinal": 2}, only=True,
         reference_date=REF),
    Case("the-third-of-up-to-eight-visits", "This is the third of up to eight monitoring visits to Rutland.",
         ("Rutland", "monitoring_visit", None), "the third of up to eight monitoring visits", {"ordinal": 3}, only=True,
         reference_date=REF),
    Case("had-its-services-inspected", "Rutland County Council had its children's services inspected in May 2016.",
         ("Rutland", "inspection", "2016"), "had its children's services inspected", {"when": "2016-05"}, only=True,
         reference_date=REF),
    Case("were-assessed-by-ofsted", "Rutland's children's services were assessed by Ofsted in May 2016.",
         ("Rutland", "inspection", "2016"), "were assessed by Ofsted", {"when": "2016-05"}, only=True, reference_date=REF),
    Case("were-visited-by-ofsted", "Bury and Wigan were visited by Ofsted inspectors in March 2016.", ("Bury", "inspection", "2016"),
         "were visited by Ofsted inspectors",
         keys=frozenset({("Bury", "inspection", "2016"), ("Wigan", "inspection", "2016")}), reference_date=REF),
    Case("among-the-councils-inspected", "Bury and Wigan were among the councils inspected in 2016.", ("Bury", "inspection", "2016"),
         "councils inspected", keys=frozenset({("Bury", "inspection", "2016"), ("Wigan", "inspection", "2016")}), reference_date=REF),
    Case("after-inspecting-the-council", "Ofsted rated Sandwell inadequate after inspecting the council in 2016.",
         ("Sandwell", "inspection", "2016"), "after inspecting the council", only=True, reference_date=REF),
    Case("inspected-and-again-in", "Ofsted inspected North Tyneside in 2013 and again in 2016.", ("North Tyneside", "inspection", "2013"),
         "Ofsted inspected", keys=frozenset({("North Tyneside", "inspection", "2013"), ("North Tyneside", "inspection", "2016")}),
         reference_date=REF),
    Case("inspectors-returned-to", "Inspectors returned to Wigan in May 2016 and found practice had improved.",
         ("Wigan", "inspection", "2016"), "Inspectors returned to Wigan", {"when": "2016-05"}, only=True, reference_date=REF),
    Case("when-ofsted-last-came-to", "When Ofsted last came to Plymouth City Council in 2015, services were rated good.",
         ("Plymouth", "inspection", "2015"), "Ofsted last came to Plymouth City Council", only=True, reference_date=REF),
    Case("return-visit", "Ofsted's return visit to Halton in June 2016 praised leaders.",
         ("Halton", "inspection", "2016"), "Ofsted's return visit", {"when": "2016-06"}, only=True, reference_date=REF),
    Case("when-they-inspected", "Inspectors found Swindon's services were good when they inspected in 2015.",
         ("Swindon", "inspection", "2015"), "they inspected", only=True, reference_date=REF),
    Case("aside-inspected-in", "Gateshead Council, inspected in May 2016, was rated outstanding.",
         ("Gateshead", "inspection", "2016"), ", inspected", {"when": "2016-05"}, only=True, reference_date=REF),
    Case("ofsted-has-inspected-a-list", "Ofsted has inspected Bury, Wigan and Kent this year.", ("Bury", "inspection", "2017"),
         "Ofsted has inspected",
         keys=frozenset({("Bury", "inspection", "2017"), ("Wigan", "inspection", "2017"), ("Kent", "inspection", "2017")}),
         reference_date=REF),
    Case("returned-then-the-fourth-such-visit", "Inspectors returned to Slough. It was the fourth such visit.",
         ("Slough", "monitoring_visit", None), "the fourth such visit", {"when": None, "ordinal": 4}, only=True,
         reference_date=REF),
    Case("focussed-visit-spelling", "Ofsted carried out a focussed visit to Devon in October 2018.",
         ("Devon", "focused_visit", "2018"), "focussed visit", {"when": "2018-10", "ordinal": None}, only=True,
         reference_date=REF),
    Case("jtai-acronym-of-council", "A JTAI of Croydon in May 2016 looked at neglect.", ("Croydon", "jtai", "2016"), "JTAI",
         {"when": "2016-05", "ordinal": None}, only=True, reference_date=REF),
    Case("ilacs-inspection-of", "Ofsted's ILACS inspection of Leeds in June 2019 found it outstanding.",
         ("Leeds", "inspection", "2019"), "ILACS inspection", {"when": "2019-06", "ordinal": None, "framework": "ILACS"},
         only=True, reference_date=REF),
    Case("focused-visit-like-a-re-inspection",
         "During the focused visit to Medway, which felt more like a complete re-inspection rather than a routine "
         "monitoring visit, inspectors examined every team.",
         ("Medway", "focused_visit", None), "focused visit", {"ordinal": None}, only=True, reference_date=REF),
    Case("short-inspection-in-a-month-this-year", "Inspectors carried out a short inspection of Bury in January.",
         ("Bury", "inspection", "2017"), "short inspection", {"when": "2017-01"}, only=True, reference_date=REF),
    Case("jtai-in-council-in-year", "A joint targeted area inspection in Salford in 2016 examined domestic abuse.",
         ("Salford", "jtai", "2016"), "joint targeted area inspection", {"when": "2016"}, only=True, reference_date=REF),
    Case("fifth-monitoring-visit-to", "Ofsted's fifth monitoring visit to Peterborough found progress.",
         ("Peterborough", "monitoring_visit", None), "fifth monitoring visit", {"ordinal": 5}, only=True, reference_date=REF),
    Case("visit-the-first-since-the-inspection",
         "A monitoring visit to Wolverhampton's children's services found progress, the first since the 2016 inspection.",
         ("Wolverhampton", "inspection", "2016"), "inspection", {"when": "2016"},
         keys=frozenset({("Wolverhampton", "inspection", "2016"), ("Wolverhampton", "monitoring_visit", None)}),
         reference_date=REF),
    Case("ofsted-inspected-in-month", "Ofsted inspected Kent in March 2017.", ("Kent", "inspection", "2017"),
         "Ofsted inspected", {"when": "2017-03", "ordinal": None}, only=True),
    Case("inspectors-last-inspected-in-year", "Inspectors last inspected Leeds in 2014.", ("Leeds", "inspection", "2014"),
         "Inspectors last inspected", {"when": "2014", "ordinal": None}, only=True),
    Case("ofsted-re-inspected-in-month", "Ofsted re-inspected North Tyneside in June 2019.",
         ("North Tyneside", "inspection", "2019"), "Ofsted re-inspected", {"when": "2019-06", "ordinal": None}, only=True),
]
NEGATIVE: list[Negative] = [
    Negative("visited-by-someone-else", "Kent was visited by the children's minister in 2016.", REF),
    Negative("count-of-councils-inspected", "Of the 30 councils inspected so far, ten were rated good, Kent's leader said.", REF),
    Negative("joint-inspection-of-send", "A joint inspection by Ofsted and the CQC of Kent's SEND provision took place in 2016.", REF),
    Negative("someone-else-visiting", "After visiting Kent in 2016, the minister said staff were working hard.", REF),
    Negative("inspectorate-came-to-a-view", "Ofsted came to the view that Kent needed more support.", REF),
    Negative("youth-offending-service", "The inspection of Luton's youth offending service in 2016 found weaknesses.", REF),
    Negative("adoption-agency-inspected", "Barking and Dagenham's adoption agency was inspected in 2015.", REF),
    Negative("counted-councils-as-object", "Ofsted has inspected 40 children's services so far, Kent's director said.", REF),
    Negative("send-area-inspection", "The joint local area SEND inspection of Kent in 2019 found weaknesses.", REF),
    Negative("not-expected-before", "Bradford did not expect a further inspection before 2021.", REF),
    Negative("councils-in-general-every-three-years",
             "Authorities judged good get a shorter, one-week inspection once every three years.", REF),
    Negative("will-get-an-inspection", "Sefton will get a standard inspection lasting two weeks.", REF),
    Negative("once-found-then-re-inspection",
             "Around 60% of councils once found inadequate had got better by their re-inspection.", REF),
    Negative("these-inspections-should-be-demanding", "These inspections should be demanding, the minister argued.", REF),
    Negative("the-better-the-inspection-rating", "The better a council's inspection rating, the fewer staff it loses.", REF),
    Negative("under-the-new-framework", "Under the new inspection framework councils are judged more harshly.", REF),
    Negative("a-social-workers-visit", "A social worker's visit to a family in Bolton went well.", REF),
    Negative("will-be-inspected-next-year", "The council will be inspected again next year.", REF),
    Negative("a-count-of-councils-inspected", "Ofsted has inspected 40 councils under the new framework.", REF),
    Negative("inspections-take-two-weeks", "Inspections of councils' children's services take two weeks.", REF),
    Negative("will-receive-a-visit", "Torbay will receive a monitoring visit later this year.", REF),
    Negative("hopes-its-next-inspection", "Kent hopes its next inspection will go well.", REF),
]
BUGS_CAUGHT: list[Case] = [
    Case("inspectors-who-have-visited", "Inspectors, who have visited Rochdale's services five times, found progress in May 2016.",
         ("Rochdale", "inspection", "2016"), "Inspectors, who have visited", reference_date=REF),
    Case("digits-before-inspections", "Following 2 Ofsted inspections of Oldham in 2014, a board was set up.",
         ("Oldham", "inspection", "2014"), "2 Ofsted inspections", only=True, reference_date=REF),
    Case("the-second-review-visit", "Trafford's progress follows the second review visit from Ofsted, made in March 2016.",
         ("Trafford", "inspection", "2016"), "the second review visit", only=True, reference_date=REF),
    Case("more-like-a-than-b-without-rather",
         "During the focused visit to Medway, which felt more like a full re-inspection than a routine monitoring visit, "
         "inspectors examined every team.",
         ("Medway", "focused_visit", None), "focused visit", only=True, reference_date=REF),
    # inspections no frame read: "when last inspected in", a relative clause, "monitoring
    # inspection", a coordinated subject of "were each inspected", "its previous one"
    Case("when-last-inspected-in", "Wigan has improved since it was judged good when last inspected in 2014.",
         ("Wigan", "inspection", "2014"), "when last inspected", only=True, reference_date=REF),
    Case("inspectors-who-visited", "Sefton is doing well. Inspectors, who visited for two weeks in November, found progress.",
         ("Sefton", "inspection", "2016"), "Inspectors, who visited", {"when": "2016-11"}, reference_date=REF),
    Case("monitoring-inspection", "A monitoring inspection of Bury's children's services found progress in May 2016.",
         ("Bury", "monitoring_visit", "2016"), "monitoring inspection", only=True, reference_date=REF),
    Case("coordinated-subject-each-inspected", "Sutton and Devon were each inspected in May 2015.",
         ("Sutton", "inspection", "2015"), "were each inspected",
         keys=frozenset({("Sutton", "inspection", "2015"), ("Devon", "inspection", "2015")}), reference_date=REF),
    Case("its-previous-one", "Hull was inspected in 2016. Its previous one, back in 2012, found failings.",
         ("Kingston upon Hull", "inspection", "2012"), "Its previous one",
         keys=frozenset({("Kingston upon Hull", "inspection", "2016"), ("Kingston upon Hull", "inspection", "2012")}),
         reference_date=REF),
    # "a joint inspection of X by Ofsted, the CQC ... and HMI Probation" is a JTAI (it was no event)
    Case("joint-inspection-by-the-inspectorates",
         "A joint inspection of Leeds by Ofsted, the CQC, HMICFRS and HMI Probation in March 2019 found weaknesses.",
         ("Leeds", "jtai", "2019"), "joint inspection", {"when": "2019-03", "ordinal": None}, only=True, reference_date=REF),
    Case("joint-inspection-by-three-inspectorates",
         "A joint inspection of Rotherham by Ofsted, the CQC and HMI Probation in January 2017 looked at exploitation.",
         ("Rotherham", "jtai", "2017"), "joint inspection", {"when": "2017-01"}, only=True, reference_date=REF),
    # the active voice, "Ofsted re-inspected X" (it was no event)
    Case("ofsted-re-inspected-council", "Ofsted re-inspected Tameside in August 2016.", ("Tameside", "inspection", "2016"),
         "Ofsted re-inspected", {"when": "2016-08"}, only=True),
]
KNOWN_FAILURES: list[Case] = [
    Case("implied-only-by-a-rating", "Tameside was rated inadequate by Ofsted last March.", ("Tameside", "inspection", "2016"),
         "rated inadequate by Ofsted", reference_date=REF,
         reason="an inspection implied only by a rating is no Inspection record"),
    Case("inspectors-spent-a-fortnight-in",
         "Inspectors spent a fortnight in Salford in January 2017 looking at its services.",
         ("Salford", "inspection", "2017"), "Inspectors spent a fortnight", reference_date=REF,
         reason="inspectors' time spent in a place is no event phrasing"),
    Case("all-capitals", "OFSTED INSPECTED KENT IN MARCH 2016.", ("Kent", "inspection", "2016"), "OFSTED INSPECTED",
         reason="authority matching is case-sensitive, and an all-capitals month is no date"),
]


@pytest.mark.parametrize("case", params(SEED_PHRASINGS))
def test_seed_phrasings(case: Case) -> None:
    """Phrasings in the shape real articles use give their event, kind, date and ordinal."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(SYNTHETIC))
def test_synthetic(case: Case) -> None:
    """Each kind of event, spelling, voice and ordinal gives its event, with its evidence."""
    check(FAMILY, case)


@pytest.mark.parametrize("row", params(NEGATIVE))
def test_negative(row: Negative) -> None:
    """The future, councils in general, counts, the regime itself and other visits are no events."""
    check_negative(FAMILY, row)


@pytest.mark.parametrize("case", params(BUGS_CAUGHT))
def test_bugs_caught(case: Case) -> None:
    """Shapes of events once missed give their event, with its evidence."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(KNOWN_FAILURES))
def test_known_failures(case: Case) -> None:
    """Events not read yet (each a strict xfail with its reason)."""
    check(FAMILY, case)
