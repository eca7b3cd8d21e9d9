"""The registry of languages, keyed by ISO 639-1 code and loaded lazily.

Each language is one module of plain data (``fr.py``, ``en.py``); the engine
compiles it once into a :class:`Language`.

>>> get_language("fr").code
'fr'
>>> available_languages()
('en', 'fr')
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import attrs
import regex

from quoteattr.errors import UnknownLanguageError

_MODULES = {"en": "quoteattr.lang.en", "fr": "quoteattr.lang.fr"}


def available_languages() -> tuple[str, ...]:
    """The codes that :func:`get_language` accepts."""
    return tuple(sorted(_MODULES))


def _words_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}])\L<words>(?![\p{L}\p{N}])", words=words, flags=regex.I)


@attrs.frozen
class Language:
    """A language's data, with the patterns the engine compiles from it."""

    code: str
    data: Any = attrs.field(repr=False)
    stopwords: frozenset[str] = attrs.field(repr=False)
    speech_hint: regex.Pattern[str] = attrs.field(repr=False)
    mention_marker: regex.Pattern[str] = attrs.field(repr=False)
    label_leads: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Words that put a short quote right after them inside a noun phrase."""
    label_adjectives: frozenset[str] = attrs.field(repr=False, default=frozenset())
    clause_words: frozenset[str] = attrs.field(repr=False, default=frozenset())
    """Words that make a short quote a clause: pronouns, clitics, common finite verbs."""


@functools.cache
def get_language(code: str) -> Language:
    """Return the compiled language for *code*, or raise listing the known codes."""
    module_name = _MODULES.get(code) if isinstance(code, str) else None
    if module_name is None:
        raise UnknownLanguageError(code, available_languages())
    data = importlib.import_module(module_name)
    markers = tuple(data.MENTION_MARKERS)
    return Language(
        code=code,
        data=data,
        stopwords=frozenset(data.STOPWORDS),
        speech_hint=_words_pattern(tuple(data.SPEECH_HINTS)),
        mention_marker=regex.compile(
            r"(?<![\p{L}\p{N}])\L<markers>[\s\p{Zs}]*+$", markers=markers, flags=regex.I
        ),
        label_leads=frozenset(data.LABEL_LEADS),
        label_adjectives=frozenset(data.LABEL_ADJECTIVES),
        clause_words=frozenset(data.CLAUSE_WORDS),
    )
