"""The extractor: detection, classification and attribution behind one call."""

from __future__ import annotations

import functools

import attrs

from quoteattr.classify import classify
from quoteattr.config import Config
from quoteattr.detect import DASH_FAMILY, Found, find_quotes
from quoteattr.errors import UnknownLanguageError, type_error_for_text
from quoteattr.lang import Language, available_languages, get_language
from quoteattr.langid import guess_language
from quoteattr.marks import FAMILIES
from quoteattr.model import Quote, QuoteKind, QuoteStyle


def _check_language(_instance: object, _attribute: object, value: object) -> None:
    if value is not None and value not in available_languages():
        raise UnknownLanguageError(value, available_languages())


def _style(family: str) -> QuoteStyle:
    return QuoteStyle.DASH if family == DASH_FAMILY else FAMILIES[family].style


@attrs.frozen
class Extractor:
    """Finds and attributes the quotes of texts in one language (or any, with ``None``).

    Build it once and reuse it; it is immutable and can be pickled.

    >>> extractor = Extractor(lang="en")
    >>> [q.text for q in extractor.extract('"We will not back down," she said.')]
    ['We will not back down,']
    """

    lang: str | None = attrs.field(default=None, validator=_check_language)
    config: Config = attrs.field(factory=Config)

    def extract(self, text: str) -> list[Quote]:
        """Return the quotes of *text*, sorted by position."""
        if not isinstance(text, str):
            raise type_error_for_text(text)
        if not text:
            return []
        code = self.lang if self.lang is not None else guess_language(text)
        language = get_language(code)
        found = find_quotes(text, dash_dialogue=self.config.dash_dialogue)
        quotes = [self._quote(text, item, language) for item in found]
        if not self.config.include_mentions:
            quotes = [q for q in quotes if q.kind is QuoteKind.SPEECH]
        return quotes

    def _quote(self, text: str, found: Found, language: Language) -> Quote:
        return Quote(
            span=found.span,
            text=text[found.content.start : found.content.end],
            style=_style(found.family),
            kind=classify(text, found, language, self.config),
            language=language.code,
            parts=(found.content,),
            unclosed=found.unclosed,
            inner=tuple(self._quote(text, item, language) for item in found.inner),
        )


@functools.cache
def _default_extractor(lang: str | None) -> Extractor:
    return Extractor(lang=lang)


def extract(text: str, lang: str | None = None) -> list[Quote]:
    """Return the quotes of *text*; ``lang=None`` tells French from English itself.

    >>> [(q.span.start, q.span.end, q.kind.value) for q in extract("Elle a déclaré : « Nous agirons. »")]
    [(17, 34, 'speech')]
    """
    if not isinstance(text, str):
        raise type_error_for_text(text)
    return _default_extractor(lang).extract(text)
