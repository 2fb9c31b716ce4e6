"""Fragments for people's names and honorifics, shared by the people and quotes families."""

from __future__ import annotations

from typing import Final

#: Dropped from names: "Cllr Ullakarin Clark" -> "Ullakarin Clark".
HONORIFIC = r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Rev)\.?\ )"
#: "Wardell", "McAllister", "MacDonald", "O'Neill", "D'Arcy", "Smith-Jones".
_NAME_WORD = r"(?:Mc\p{Lu}\p{Ll}+|[OD]'\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)"
#: Lower-case words inside a surname: "Jane van der Berg".
_PARTICLES = r"(?:(?:van|von|der|den|de|du|da|di|le|la|al|bin|ter)\ ){0,2}"
#: Two to four capitalised words: "Rachael Wardell", "Ann Marie Dodds".
NAME = rf"(?P<name>{_NAME_WORD}(?:\ {_PARTICLES}{_NAME_WORD}){{1,3}})(?!\w)"

#: Capitalised words that never stand in a person's name in this genre.
NOT_NAME_WORDS: Final = frozenset(
    """Ofsted Council Councils County Borough City Children Children's Services Social Care
    Department Education Local Authority Government Inspector Inspectors Director Member
    Cabinet Executive Lead Chief Secretary Minister Report Trust News The This That It They
    He She We Our Their Its His Her Meanwhile However But And""".split()
)


def is_name(text: str) -> bool:
    """Whether a capitalised phrase can be a person's name."""
    return not any(w in NOT_NAME_WORDS for w in text.split())
