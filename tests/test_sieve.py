"""Attribution as a sieve of named steps over one document context."""

from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.detect import find_quotes
from quoteattr.grammar import get_grammar
from quoteattr.sieve import SIEVE, DocumentContext, QuoteAt, attribute


def test_every_step_has_a_name_of_its_own_and_says_what_it_reads() -> None:
    names = [step.name for step in SIEVE]
    assert len(names) == len(set(names))
    assert all(step.doc for step in SIEVE)


def test_steps_run_in_order_and_the_first_that_decides_wins() -> None:
    text = "« Nous tiendrons », a déclaré la maire. Elle a ajouté : « Rien ne change. »"
    context = DocumentContext(get_grammar("fr"), text)
    found = find_quotes(text)
    first = attribute(context, QuoteAt(found[0]))
    second = attribute(context, QuoteAt(found[1], previous_end=found[0].span.end))
    assert first is not None
    assert second is not None
    assert (first.rule, first.mention and first.mention.text) == ("postposed", "la maire")
    assert (second.rule, second.mention and second.mention.text) == ("preposed", "Elle")


def test_the_cue_read_after_a_quote_is_kept_for_the_document() -> None:
    text = "« Nous tiendrons », a déclaré la maire."
    context = DocumentContext(get_grammar("fr"), text)
    attribute(context, QuoteAt(find_quotes(text)[0]))
    assert context.cues_after  # the next quote's steps read it from here


def _said(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (quote.cue, quote.speaker_text, quote.speaker.name if quote.speaker else None)
        for quote in extract(text, lang=lang)
    ]


def test_a_part_of_the_body_speaks_for_its_owner() -> None:
    text = 'Tom Hale stood by the door. "Not tonight," his lips repeated.'
    assert _said(text, "en") == [("repeated", "his", "Tom Hale")]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("Jeanne se tut. « Infâme ! » murmurèrent ses lèvres.", "fr", "murmurèrent"),
        ('"We will win in the end," said the face at the window.', "en", "said"),
    ],
)
def test_a_phrase_that_cannot_speak_leaves_the_cue_with_no_speaker(
    text: str, lang: str, cue: str
) -> None:
    assert _said(text, lang) == [(cue, None, None)]


def test_each_kind_of_quote_runs_only_its_steps() -> None:
    from quoteattr.sieve import _steps

    turn = QuoteAt(find_quotes("— Viens, dit-elle.", dash_dialogue=True)[0])
    quoted = QuoteAt(find_quotes("« Nous tiendrons », a déclaré la maire.")[0])
    repeated = QuoteAt(find_quotes("« Nous tiendrons », a déclaré la maire.")[0], strong_only=True)
    assert turn.dash
    assert [step.name for step in _steps(turn)] == [
        "incise",
        "dash.after_closing_mark",
        "dash.preposed",
        "dash.turn",
    ]
    assert "dash.turn" not in [step.name for step in _steps(quoted)]
    assert "strong.in_sentence" not in [step.name for step in _steps(quoted)]
    assert [step.name for step in _steps(repeated)][-1] == "strong.in_sentence"
