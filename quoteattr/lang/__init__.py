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
import re
from typing import Any

import attrs
import regex

from quoteattr.errors import UnknownLanguageError
from quoteattr.wordlist import SERIAL, compile_lists, word_trie

_MODULES = {"en": "quoteattr.lang.en", "fr": "quoteattr.lang.fr"}


def available_languages() -> tuple[str, ...]:
    """The codes that :func:`get_language` accepts."""
    return tuple(sorted(_MODULES))


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of *words*, whole. On the standard library's engine, which searches a plain
    word list nearly twice as fast as ``regex``; ``[^\\W_]`` is a letter or a number."""
    return re.compile(r"(?<![^\W_])" + word_trie(words) + r"(?![^\W_])", re.IGNORECASE)


def _marker_pattern(markers: tuple[str, ...], leads: tuple[str, ...]) -> regex.Pattern[str]:
    """A marker word at the end of the text, maybe followed by a lead (surnommé le); an
    empty list of markers never matches."""
    return compile_lists(
        r"(?<![\p{L}\p{N}])\L<markers>(?:[\s\p{Zs}]++\L<leads>)?[\s\p{Zs}]*+$",
        regex.IGNORECASE | regex.REVERSE,  # matched backwards: tried once, from the end
        markers=markers,
        leads=leads,
    )


@attrs.frozen
class Language:
    """A language's data, with the patterns the engine compiles from it."""

    code: str
    data: Any = attrs.field(repr=False)
    stopwords: frozenset[str] = attrs.field(repr=False)
    speech_hint: re.Pattern[str] = attrs.field(repr=False)
    mention_marker: regex.Pattern[str] = attrs.field(repr=False)
    """A naming word right before a quote, maybe with a determiner: surnommé le « … »."""
    nickname_marker: regex.Pattern[str] = attrs.field(repr=False)
    """A weaker one, which a reporting rule overrides: dit « le Boucher »."""

    def names_before(self, text: str, start: int, end: int, nicknames: bool = True) -> bool:
        """Whether ``text[start:end]`` ends with a naming word: surnommé le, so-called, dit.

        With *nicknames* false only the strong markers count, not « dit ».
        """
        if self.mention_marker.match(text, start, end, SERIAL) is not None:
            return True
        return nicknames and self.nickname_marker.match(text, start, end, SERIAL) is not None

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
        mention_marker=_marker_pattern(markers, tuple(data.LABEL_LEADS)),
        nickname_marker=_marker_pattern(tuple(data.NICKNAME_MARKERS), ()),
        label_leads=frozenset(data.LABEL_LEADS),
        label_adjectives=frozenset(data.LABEL_ADJECTIVES),
        clause_words=frozenset(data.CLAUSE_WORDS),
    )
