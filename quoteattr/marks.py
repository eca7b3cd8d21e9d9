"""The table of quotation marks: which mark opens which family, and which closes it.

A *family* is one way of pairing marks; several families can share a style (the
single guillemets open either way round).

>>> FAMILIES["guillemets"].closers
('»',)
>>> sorted(OPENERS["»"])
['reversed_guillemets']
"""

from __future__ import annotations

import attrs

from quoteattr.model import QuoteStyle


@attrs.frozen
class Family:
    """One pairing convention: the marks that open it and those that close it."""

    name: str
    style: QuoteStyle
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    double: bool
    """Whether the marks are double ones (single ones double as apostrophes)."""
    reopeners: tuple[str, ...] = ()
    """Marks that reopen the quote at the head of each later paragraph."""
    carries_over: bool = False
    """Whether a quote left open at a finished paragraph goes on into the next one when
    that paragraph closes it before opening another (« … soir.⏎On attaque … salles »)."""


_FAMILY_LIST = (
    Family("guillemets", QuoteStyle.GUILLEMETS, ("«",), ("»",), True, ("«", "»"), True),
    Family("reversed_guillemets", QuoteStyle.REVERSED_GUILLEMETS, ("»",), ("«",), True, ("»",)),
    Family("single_guillemets", QuoteStyle.SINGLE_GUILLEMETS, ("‹",), ("›",), False),
    Family("reversed_single_guillemets", QuoteStyle.SINGLE_GUILLEMETS, ("›",), ("‹",), False),
    Family("curly_double", QuoteStyle.CURLY_DOUBLE, ("“",), ("”",), True, ("“",)),
    Family("low_double", QuoteStyle.LOW_DOUBLE, ("„",), ("“", "”"), True, ("„",)),
    Family("curly_single", QuoteStyle.CURLY_SINGLE, ("‘",), ("’",), False, ("‘",)),
    Family("low_single", QuoteStyle.LOW_SINGLE, ("‚",), ("‘", "’"), False),
    Family("straight_double", QuoteStyle.STRAIGHT_DOUBLE, ('"',), ('"',), True, ('"',)),
    Family("straight_single", QuoteStyle.STRAIGHT_SINGLE, ("'",), ("'",), False),
    Family("newswire", QuoteStyle.NEWSWIRE, ("``", "''"), ("''",), True, ("``",)),
)

FAMILIES: dict[str, Family] = {family.name: family for family in _FAMILY_LIST}


def _index(attribute: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for family in _FAMILY_LIST:
        for mark in getattr(family, attribute):
            table.setdefault(mark, set()).add(family.name)
    return {mark: frozenset(names) for mark, names in table.items()}


OPENERS: dict[str, frozenset[str]] = _index("openers")
"""For each mark, the families it can open."""
CLOSERS: dict[str, frozenset[str]] = _index("closers")
"""For each mark, the families it can close."""

DIALOGUE_DASHES = ("—", "–", "--")
"""Marks that open a dialogue turn at the head of a paragraph or after a sentence."""

OPENING_CONTEXT = frozenset("([{<—–-/«“‘„‚‹¿¡")
"""Characters after which a symmetric mark (``"`` or ``'``) is an opening one."""
CLOSING_CONTEXT = frozenset(".,;:!?)]}>…—–-/»”’“›")
"""Characters before which a symmetric mark is a closing one."""
