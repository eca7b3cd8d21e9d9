"""Errors raised for programmer mistakes; messy text never raises."""

from __future__ import annotations


class QuoteAttrError(ValueError):
    """Base class of every error quoteattr raises on purpose."""


class UnknownLanguageError(QuoteAttrError):
    """A language code that quoteattr has no rules for.

    >>> from quoteattr.lang import get_language
    >>> get_language("xx")
    Traceback (most recent call last):
    ...
    quoteattr.errors.UnknownLanguageError: unknown language 'xx': use one of 'en', 'fr', ...
    """

    def __init__(self, code: object, available: tuple[str, ...]) -> None:
        choices = ", ".join(repr(c) for c in available)
        super().__init__(
            f"unknown language {code!r}: use one of {choices}, or None to detect it from the text"
        )
        self.code = code
        self.available = available


def type_error_for_text(value: object) -> TypeError:
    """Build the error for a non-``str`` text argument, with what to do about it."""
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return TypeError(
            f"quoteattr needs text as str, got {kind}: decode it first, "
            "for example data.decode('utf-8')"
        )
    return TypeError(f"quoteattr needs text as str, got {kind}: pass the document text itself")
