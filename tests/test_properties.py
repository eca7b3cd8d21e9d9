"""Hypothesis properties: on any string, extraction never raises and keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from tests.invariants import check_invariants

MARKS = [
    *"«»‹›“”„‚‘’\"'`—–-:,.!?\n ",
    *("\u00a0", "\u202f", "--", "``", "''", " a dit ", ", dit-il, "),
]
WORDS = [
    "Il",
    "elle",
    "a déclaré",
    "said",
    "Mme Waly",
    "John Smith",
    "nous",
    "le ministre",
    "oui",
    "Selon",
]

quote_like_text = st.lists(st.sampled_from(MARKS + WORDS) | st.text(max_size=4), max_size=60).map(
    "".join
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_any_text_keeps_invariants(text: str) -> None:
    check_invariants(text, quoteattr.extract(text))


@settings(max_examples=500, deadline=None)
@given(quote_like_text, st.sampled_from([None, "fr", "en"]))
def test_mark_heavy_text_keeps_invariants(text: str, lang: str | None) -> None:
    quotes = quoteattr.extract(text, lang=lang)
    check_invariants(text, quotes)
    assert quotes == quoteattr.extract(text, lang=lang), "the same input gives the same output"


@settings(max_examples=200, deadline=None)
@given(quote_like_text, quote_like_text)
def test_a_paragraph_break_isolates_bad_marks(first: str, second: str) -> None:
    """Whatever the first paragraph holds, the second is paired as if it stood alone,
    unless the first leaves a quote open that the second continues by convention."""
    second = (
        "Le maire a dit : « " + second.replace("\n", " ").replace("«", "").replace("»", "") + " »"
    )
    alone = quoteattr.extract(second, lang="fr")
    together = quoteattr.extract(first.replace("\n", " ") + "\n" + second, lang="fr")
    offset = len(first) + 1
    shifted = [
        (q.span.start - offset, q.span.end - offset) for q in together if q.span.start >= offset
    ]
    assert shifted[-1:] == [(q.span.start, q.span.end) for q in alone][-1:]
