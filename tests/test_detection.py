"""Golden detection cases from tests/cases/*.json, each also checked for the invariants."""

from __future__ import annotations

from typing import Any

import pytest

import quoteattr
from quoteattr import QuoteKind
from tests.conftest import load_cases
from tests.invariants import check_invariants


def _run(case: dict[str, Any]) -> None:
    text = case["text"]
    quotes = quoteattr.extract(text, lang=case.get("lang"))
    check_invariants(text, quotes)
    expected = case["expected"]
    got = [(q.span.start, q.span.end) for q in quotes]
    want = []
    for item in expected:
        start = text.index(item["quote"])
        want.append((start, start + len(item["quote"])))
    assert got == want, f"{case['label']}: got {[text[a:b] for a, b in got]}"
    for quote, item in zip(quotes, expected, strict=True):
        if "style" in item:
            assert quote.style.value == item["style"]
        if "kind" in item:
            assert quote.kind.value == item["kind"]
        assert quote.unclosed == item.get("unclosed", False)
        if "inner" in item:
            assert [text[i.span.start : i.span.end] for i in quote.inner] == item["inner"]
        if "parts" in item:
            assert [text[p.start : p.end] for p in quote.parts] == item["parts"]


@pytest.mark.parametrize("case", load_cases("detection.json"), ids=lambda c: c["label"])
def test_golden_detection(case: dict[str, Any]) -> None:
    _run(case)


@pytest.mark.parametrize("case", load_cases("detection_xfail.json"), ids=lambda c: c["label"])
@pytest.mark.xfail(strict=True, reason="known detection failure, see the case comment")
def test_known_detection_failures(case: dict[str, Any]) -> None:
    _run(case)


@pytest.mark.parametrize("case", load_cases("negatives.json"), ids=lambda c: c["label"])
def test_negatives_give_no_speech(case: dict[str, Any]) -> None:
    quotes = quoteattr.extract(case["text"])
    check_invariants(case["text"], quotes)
    assert [q.text for q in quotes if q.kind is QuoteKind.SPEECH] == []


@pytest.mark.parametrize(
    ("lang", "text", "paragraphs"),
    [
        (
            "en",
            "“The plan is late. It is over budget.\n\n“Nobody asked the tenants.\n\n"
            "“We will fight it,” the organizer said.",
            ["The plan is late. It is over budget.", "Nobody asked the tenants.",
             "We will fight it,"],
        ),
        (
            "fr",
            "« Le projet a pris du retard.\n\n« Personne n'a consulté les habitants. »",
            ["Le projet a pris du retard.", "Personne n'a consulté les habitants."],
        ),
    ],
)  # fmt: skip
def test_a_quotation_over_paragraphs_says_each_paragraph_as_a_part(
    lang: str, text: str, paragraphs: list[str]
) -> None:
    """One quotation, its span from the first mark to the last; its parts are the words of
    each paragraph, without the break and the mark that opens the next one again."""
    quotes = quoteattr.extract(text, lang=lang)
    check_invariants(text, quotes)
    [quote] = [q for q in quotes if q.kind is QuoteKind.SPEECH]
    assert [text[p.start : p.end] for p in quote.parts] == paragraphs
    assert quote.span.start == 0
    assert quote.text == text[quote.parts[0].start : quote.parts[-1].end]


def test_a_second_curly_opener_after_a_finished_sentence_starts_a_new_quote() -> None:
    text = "“The vote is rigged. “We will appeal,” she said."
    quotes = quoteattr.extract(text, lang="en")
    check_invariants(text, quotes)
    assert [(q.text, q.unclosed) for q in quotes] == [
        ("The vote is rigged.", True),
        ("We will appeal,", False),
    ]
