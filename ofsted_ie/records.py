"""Typed records of the output contract (schema ``ofsted_ie/1``) and their vocabularies.

Every class mirrors a table of ``spec/output.md`` field for field, in the same order,
followed by the evidence span (``start``, ``end``: offsets into the caller's text) and
the name of the rule that made the record. Records read from gold files have no span:
``start``, ``end`` and ``rule`` are then ``None``.

This module holds data only; it extracts nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, get_args

import attrs

if TYPE_CHECKING:
    from .facts import Fact

__all__ = [
    "FRAMEWORKS",
    "GRADES",
    "INSPECTION_KINDS",
    "JUDGEMENTS",
    "MEASURES",
    "QUALIFIERS",
    "RECORD_TYPES",
    "SCHEMA",
    "SOURCES",
    "STATISTICS",
    "Authority",
    "Caseload",
    "Document",
    "Framework",
    "Grade",
    "Inspection",
    "InspectionKind",
    "Judgement",
    "Measure",
    "Percentage",
    "Person",
    "Qualifier",
    "Quote",
    "Rating",
    "Record",
    "Source",
    "Statistic",
]

SCHEMA: Final = "ofsted_ie/1"

Grade = Literal[
    "outstanding",
    "good",
    "requires_improvement",
    "adequate",
    "inadequate",
    "performs_excellently",
    "performs_well",
    "performs_adequately",
    "performs_poorly",
]
Judgement = Literal[
    "overall",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "adoption",
    "leadership",
    "lscb",
]
Framework = Literal["ILACS", "SIF"]
Qualifier = Literal["more_than", "less_than", "about", "almost", "at_least", "up_to"]
Measure = Literal[
    "vacancy_rate", "agency_staff", "permanent_staff", "turnover", "newly_qualified", "other"
]
Statistic = Literal["average", "maximum", "minimum"]
Source = Literal["inspectorate", "authority", "other"]
InspectionKind = Literal["inspection", "monitoring_visit", "focused_visit", "jtai"]

GRADES: Final[frozenset[str]] = frozenset(get_args(Grade))
JUDGEMENTS: Final[frozenset[str]] = frozenset(get_args(Judgement))
FRAMEWORKS: Final[frozenset[str]] = frozenset(get_args(Framework))
QUALIFIERS: Final[frozenset[str]] = frozenset(get_args(Qualifier))
MEASURES: Final[frozenset[str]] = frozenset(get_args(Measure))
STATISTICS: Final[frozenset[str]] = frozenset(get_args(Statistic))
SOURCES: Final[frozenset[str]] = frozenset(get_args(Source))
INSPECTION_KINDS: Final[frozenset[str]] = frozenset(get_args(InspectionKind))

_PARTIAL_DATE: Final = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_ISO_DATE: Final = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


def _real_day(value: str) -> bool:
    """Whether a 'YYYY-MM-DD' string names a day of the calendar (not 2019-02-31)."""
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _partial_date(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _PARTIAL_DATE.fullmatch(value)
                                  and (len(value) < 10 or _real_day(value))):
        raise ValueError(f"{attribute.name} must be an ISO partial date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' "
                         f"of the calendar, got {value!r}")


def _iso_date(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _ISO_DATE.fullmatch(value) and _real_day(value)):
        raise ValueError(f"{attribute.name} must be an ISO date 'YYYY-MM-DD' of the calendar, got {value!r}")


def _to_float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"value must be a number, got {type(value).__name__}")
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"value must be a number, got {value!r}") from None


def _span(inst: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Check ``start <= end`` once both are set (runs on ``end``)."""
    if value is not None and inst.start is not None and inst.start > value:
        raise ValueError(f"start must be <= end, got start={inst.start}, end={value}")


# Validators are plain functions, each one call: records are made by the thousand per
# second, and attrs' composed validators (optional of and of ...) cost several calls each.


def _optional_str(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be str or None, got {value!r}")


def _offset(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be int or None, got {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _end_offset(inst: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    _offset(inst, attribute, value)
    _span(inst, attribute, value)


def _finite(_inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{attribute.name} must be a finite number >= 0, got {value!r}")


def _ordinal(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        raise ValueError(f"{attribute.name} must be an int >= 1 or None, got {value!r}")


def _one_of(options: frozenset[str], *, optional: bool = False) -> Any:
    """A validator: the value is one of ``options`` (or ``None``, if ``optional``)."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value in options or (optional and value is None):
            return
        raise ValueError(f"{attribute.name} must be one of {sorted(options)}, got {value!r}")

    return check


def _start() -> Any:
    return attrs.field(default=None, validator=_offset)


def _end() -> Any:
    return attrs.field(default=None, validator=_end_offset)


def _rule() -> Any:
    return attrs.field(default=None, validator=_optional_str)


def _page() -> Any:
    return attrs.field(default=None, validator=_optional_page)


def _optional_page(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise ValueError(f"{attribute.name} must be None or a page number >= 1, got {value!r}")


def _authority() -> Any:
    return attrs.field(default=None, validator=_optional_str)


def _when() -> Any:
    return attrs.field(default=None, validator=_partial_date)


@attrs.frozen(kw_only=True)
class Authority:
    """An English local authority with children's services responsibility."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    code: str | None = attrs.field(default=None, validator=_optional_str)
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Rating:
    """An Ofsted grade for one judgement on an authority's children's services."""

    authority: str | None = _authority()
    grade: Grade = attrs.field(validator=_one_of(GRADES))
    judgement: Judgement = attrs.field(default="overall", validator=_one_of(JUDGEMENTS))
    when: str | None = _when()
    current: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    framework: Framework | None = attrs.field(default=None, validator=_one_of(FRAMEWORKS, optional=True))
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Percentage:
    """A share stated as a percentage or a word fraction, with what it measures."""

    authority: str | None = _authority()
    value: float = attrs.field(converter=_to_float, validator=_finite)
    approximate: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    qualifier: Qualifier | None = attrs.field(default=None, validator=_one_of(QUALIFIERS, optional=True))
    measure: Measure = attrs.field(default="other", validator=_one_of(MEASURES))
    subject: str | None = attrs.field(default=None, validator=_optional_str)
    when: str | None = _when()
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Caseload:
    """A number of cases per social worker."""

    authority: str | None = _authority()
    value: float = attrs.field(converter=_to_float, validator=_finite)
    statistic: Statistic | None = attrs.field(default=None, validator=_one_of(STATISTICS, optional=True))
    qualifier: Qualifier | None = attrs.field(default=None, validator=_one_of(QUALIFIERS, optional=True))
    when: str | None = _when()
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation with who said it and which side they speak for."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    speaker: str | None = attrs.field(default=None, validator=_optional_str)
    source: Source | None = attrs.field(default=None, validator=_one_of(SOURCES, optional=True))
    authority: str | None = _authority()
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Inspection:
    """An inspection, monitoring visit, focused visit or JTAI of an authority."""

    authority: str | None = _authority()
    kind: InspectionKind = attrs.field(validator=_one_of(INSPECTION_KINDS))
    when: str | None = _when()
    ordinal: int | None = attrs.field(default=None, validator=_ordinal)
    framework: Framework | None = attrs.field(default=None, validator=_one_of(FRAMEWORKS, optional=True))
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


@attrs.frozen(kw_only=True)
class Person:
    """A named person with their role as written (lower-cased) and authority."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    role: str | None = attrs.field(default=None, validator=_optional_str)
    authority: str | None = _authority()
    start: int | None = _start()
    end: int | None = _end()
    rule: str | None = _rule()
    #: The page of a PDF the evidence stands on (``extract_pdf``); ``None`` for text.
    page: int | None = _page()


Record = Authority | Rating | Percentage | Caseload | Quote | Inspection | Person
_R = TypeVar("_R", Authority, Rating, Percentage, Caseload, Quote, Inspection, Person)

#: Document list field -> record class, in contract order.
RECORD_TYPES: Final[Mapping[str, type[Record]]] = {
    "authorities": Authority,
    "ratings": Rating,
    "percentages": Percentage,
    "caseloads": Caseload,
    "quotes": Quote,
    "inspections": Inspection,
    "people": Person,
}


def _tuple_of(cls: type[_R]) -> Any:
    def convert(items: Iterable[_R]) -> tuple[_R, ...]:
        return tuple(items)

    return attrs.field(
        factory=tuple,
        converter=convert,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(cls)),
    )


def _record_to_dict(record: Record) -> dict[str, Any]:
    return attrs.asdict(record, recurse=False)


def _record_from_dict(cls: type[_R], data: object, where: str) -> _R:
    """A record from its dict; an error names where it stands ("ratings[2]") and the field."""
    if not isinstance(data, Mapping):
        raise TypeError(f"Document.from_dict(): {where} must be a mapping, got {type(data).__name__}")
    known = {f.name for f in attrs.fields(cls)}
    try:
        return cls(**{k: v for k, v in data.items() if k in known})
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"Document.from_dict(): {where}: {exc}") from None


def _records_from_dict(cls: type[_R], data: Mapping[str, Any], field: str) -> list[_R]:
    items = data.get(field) or ()
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
        raise TypeError(f"Document.from_dict(): {field} must be a list of records, got {type(items).__name__}")
    return [_record_from_dict(cls, item, f"{field}[{i}]") for i, item in enumerate(items)]


def _int_tuple(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Document:
    """Everything extracted from one text, in the shape of the output contract."""

    id: str | None = attrs.field(default=None, validator=_optional_str)
    published: str | None = attrs.field(default=None, validator=_iso_date)
    byline: str | None = attrs.field(default=None, validator=_optional_str)
    authorities: tuple[Authority, ...] = _tuple_of(Authority)
    ratings: tuple[Rating, ...] = _tuple_of(Rating)
    percentages: tuple[Percentage, ...] = _tuple_of(Percentage)
    caseloads: tuple[Caseload, ...] = _tuple_of(Caseload)
    quotes: tuple[Quote, ...] = _tuple_of(Quote)
    inspections: tuple[Inspection, ...] = _tuple_of(Inspection)
    people: tuple[Person, ...] = _tuple_of(Person)
    #: Problems met while extracting (a rule that timed out, say); the records are
    #: still those of every rule that ran.
    warnings: tuple[str, ...] = attrs.field(
        factory=tuple,
        converter=_str_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(str)),
    )
    #: Why extraction failed for this document (``extract_many`` and the CLI report a
    #: failure this way instead of stopping the batch); ``None`` when it did not.
    error: str | None = attrs.field(default=None, validator=_optional_str)
    schema: str = attrs.field(default=SCHEMA, validator=attrs.validators.in_((SCHEMA,)))
    #: The text extracted from (the caller's, or a PDF's pages as read); the records'
    #: offsets index it. ``None`` for a Document made otherwise (read back from JSON
    #: written without it, or a failed input).
    text: str | None = attrs.field(default=None, validator=_optional_str, repr=False, eq=False)
    #: Where each page starts in ``text`` (a PDF's); empty for text.
    pages: tuple[int, ...] = attrs.field(
        factory=tuple,
        converter=_int_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(int)),
    )

    def evidence(self, record: Record) -> str | None:
        """The words of the text ``record`` was read from (``text[start:end]``); ``None``
        when the Document has no text or the record no span."""
        if self.text is None or record.start is None or record.end is None:
            return None
        return self.text[record.start : record.end]

    def to_dict(self, *, text: bool = False) -> dict[str, Any]:
        """Return the contract's JSON-ready dict (field order as in ``spec/output.md``);
        each record has its ``evidence`` when the Document has its text, and the text
        itself is included (as ``text``) only when asked.

        Example:
            >>> Document(id="a").to_dict()["schema"]
            'ofsted_ie/1'
        """
        out: dict[str, Any] = {
            "schema": self.schema,
            "id": self.id,
            "published": self.published,
            "byline": self.byline,
        }
        for field in RECORD_TYPES:
            out[field] = [self._record_dict(r) for r in getattr(self, field)]
        out["warnings"] = list(self.warnings)
        out["error"] = self.error
        if self.pages:  # a PDF's: where each page starts in the text
            out["pages"] = list(self.pages)
        if text and self.text is not None:
            out["text"] = self.text
        return out

    def _record_dict(self, record: Record) -> dict[str, Any]:
        out = _record_to_dict(record)
        if self.text is not None:
            out["evidence"] = self.evidence(record)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read a Document back from ``to_dict()`` output or a gold file.

        Unknown keys (such as a gold file's ``url``) are ignored; missing record
        fields take their defaults.

        Raises:
            TypeError: ``data`` is not a mapping.
            ValueError: a value is outside its vocabulary, or the schema is not ours.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"Document.from_dict() takes a mapping, got {type(data).__name__}")
        lists: dict[str, Any] = {field: _records_from_dict(cls_, data, field) for field, cls_ in RECORD_TYPES.items()}
        warnings = data.get("warnings") or ()
        if isinstance(warnings, (str, bytes)) or not isinstance(warnings, Iterable):
            raise TypeError(f"Document.from_dict(): warnings must be a list of str, got {type(warnings).__name__}")
        try:
            return cls(
                id=data.get("id"),
                published=data.get("published"),
                byline=data.get("byline"),
                warnings=warnings,
                error=data.get("error"),
                schema=data.get("schema", SCHEMA),
                text=data.get("text"),
                pages=data.get("pages") or (),
                **lists,
            )
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"Document.from_dict(): {exc}") from None

    def facts(self) -> tuple[Fact, ...]:
        """The records merged into facts by their contract keys, each with its mentions
        (see ``ofsted_ie.facts.facts``)."""
        from .facts import facts

        return facts(self)

    def timeline(self, authority: str) -> tuple[Inspection | Rating, ...]:
        """Return the authority's inspections and ratings in date order, undated last.

        Args:
            authority: any name of it the gazetteer knows ("Kent", "Kent County Council",
                "KCC"), or a name as in ``Authority.name``.

        Raises:
            ValueError: a name the gazetteer does not know; the message offers close ones.
        """
        from .gazetteer import canonical_name

        authority = canonical_name(authority)
        events: list[Inspection | Rating] = [r for r in self.inspections if r.authority == authority]
        events.extend(r for r in self.ratings if r.authority == authority)
        return tuple(sorted(events, key=lambda r: (r.when is None, r.when or "", r.start or 0)))
