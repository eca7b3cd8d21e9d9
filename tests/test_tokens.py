"""The tokeniser: the standard library's engine with its classes spelt out, checked
against the Unicode property classes of ``regex`` that it stands for."""

from __future__ import annotations

import array
import re
import sys
import unicodedata

import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.grammar import FORMAT_CHARS, SPACE_CHARS, Token, tokens

_EVERY_CHARACTER = (
    array.array("I", range(sys.maxunicode + 1)).tobytes().decode("utf-32-le", "surrogatepass")
)

_REFERENCE = regex.compile(
    r"(?P<el>(?<![\p{L}\p{N}])(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=[\p{L}\p{N}]))"
    r"|(?P<w>[\p{L}\p{N}]+(?:[-'’\p{Cf}]+[\p{L}\p{N}]+)*\p{Cf}*)"
    r"|(?P<p>[^\s\p{Zs}]|\n)",
    flags=regex.IGNORECASE,
)


def _reference_tokens(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(
            m.group(),
            m.start(),
            m.end(),
            m.lastgroup or "p",
            bool(m.lastgroup == "w" and m.group()[0].isupper()),
        )
        for m in _REFERENCE.finditer(text, start, end)
    ]


def _members(pattern: str, module: object = regex) -> str:
    return "".join(module.findall(pattern, _EVERY_CHARACTER))  # type: ignore[attr-defined]


def test_format_class_is_regex_cf() -> None:
    assert _members(f"[{FORMAT_CHARS}]", re) == _members(r"\p{Cf}")


def test_space_class_is_regex_space_or_zs() -> None:
    assert _members(f"[{SPACE_CHARS}]", re) == _members(r"[\s\p{Zs}]")


def test_letters_and_numbers_are_the_property_classes() -> None:
    """``[^\\W_]`` is ``[\\p{L}\\p{N}]`` for every character Python's Unicode tables know
    (``regex`` may know newer ones)."""
    known = "".join(c for c in _EVERY_CHARACTER if unicodedata.category(c) != "Cn")
    assert "".join(re.findall(r"[^\W_]", known)) == "".join(regex.findall(r"[\p{L}\p{N}]", known))


_PIECES = st.sampled_from(
    [*"aAéÉœ1٣ _-'’.,«»\n\t\u00a0\u202f\u00ad\u200b\x1c", "l'", "L’", "qu'", "jusqu'", "d'", "s’"]
)


@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_tokens_agree_with_the_property_class_definition(
    text: str, cut_start: int, cut_end: int
) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert tokens(text, start, end) == _reference_tokens(text, start, end)


def test_offsets_point_into_the_text() -> None:
    text = "Selon l’AFP, la porte-parole\u00a0a dit :\n« Non »"
    for token in tokens(text, 0, len(text)):
        assert text[token.start : token.end] == token.text
