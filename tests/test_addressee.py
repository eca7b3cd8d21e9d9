"""Whom a quote is said to: its cue's complement, a name it calls, the other party."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr.evaluate import GoldFormatError, evaluate, read_gold
from tests.invariants import check_invariants


def _only(text: str, lang: str, genre: str = "auto") -> quoteattr.Quote:
    config = attrs.evolve(quoteattr.Config(), genre=genre)
    quotes = quoteattr.Extractor(lang=lang, config=config).extract(text)
    check_invariants(text, quotes)
    [quote] = quotes
    return quote


def test_the_complement_of_a_cue_is_the_addressee() -> None:
    text = '"You are late," said Alice to the Hatter.'
    quote = _only(text, "en")
    assert quote.addressee is not None
    assert (quote.addressee.name, quote.addressee.kind) == ("the Hatter", "role")
    assert quote.addressee_span is not None
    assert quote.addressee_span.slice(text) == "the Hatter"


def test_a_french_cue_names_its_addressee_after_a() -> None:
    text = "« Viens », dit Paul à sa sœur."
    quote = _only(text, "fr")
    assert quote.addressee is not None
    assert quote.addressee.name == "sa sœur"
    assert quote.addressee.gender == "f"


def test_a_manner_phrase_after_a_is_no_addressee() -> None:
    assert _only("« Viens », dit Paul à voix basse.", "fr").addressee is None


def test_a_name_the_quote_calls_is_the_addressee_when_that_person_speaks() -> None:
    text = '"Sit down, Frank," said Maurice Oakley. "I will," said Frank Oakley.'
    quotes = quoteattr.extract(text, lang="en")
    check_invariants(text, quotes)
    sit, will = quotes
    assert sit.addressee is not None
    assert sit.addressee.name == "Frank Oakley"
    assert sit.addressee_span is not None
    assert sit.addressee_span.slice(text) == "Frank"
    assert will.addressee is None  # news: no conversation is assumed


def test_a_name_of_nobody_who_speaks_gives_no_addressee() -> None:
    assert _only('"Sit down, Frank," said Maurice Oakley.', "en").addressee is None


def test_in_a_novel_a_turn_is_said_to_the_other_party() -> None:
    scene = [
        "The fire had gone out, and Edward Lane sat with Mary Hale in the cold room.",
        '"It is late," said Edward.',
        '"Not so very late," said Mary.',
    ]
    text = "\n\n".join(scene * 40)
    config = attrs.evolve(quoteattr.Config(), genre="fiction")
    quotes = quoteattr.Extractor(lang="en", config=config).extract(text)
    check_invariants(text, quotes)
    late = [q for q in quotes if q.text == "It is late,"]
    assert late
    for quote in late:
        assert quote.addressee is not None
        assert quote.addressee.name == "Mary Hale"
        assert quote.addressee_span is None  # inferred: no words of the text name her


def test_addressees_survive_to_dict() -> None:
    quote = _only('"You are late," said Alice to the Hatter.', "en")
    assert quoteattr.Quote.from_dict(json.loads(json.dumps(quote.to_dict()))) == quote


def _gold(tmp_path: Path, addressees: object) -> Path:
    text = '"You are late," said Alice to the Hatter.'
    record = {
        "id": "d1",
        "lang": "en",
        "text": text,
        "quotes": [{"start": 1, "end": 14, "speaker": "Alice", "addressees": addressees}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_evaluate_scores_addressees_where_the_gold_has_them(tmp_path: Path) -> None:
    result = evaluate(read_gold(_gold(tmp_path, ["The Hatter"])))
    assert result.addressees == (1, 1, 1)
    assert result.summary()["addressees"] == {"gold": 1, "predicted": 1, "right": 1}
    wrong = evaluate(read_gold(_gold(tmp_path, ["The March Hare"])))
    assert wrong.addressees == (1, 1, 0)


def test_evaluate_refuses_addressees_that_are_not_names(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="addressees"):
        list(read_gold(_gold(tmp_path, "The Hatter")))


def test_a_name_that_opens_the_quote_is_called_too() -> None:
    text = '"Frank, sit down," said Maurice Oakley. "I will," said Frank Oakley.'
    quotes = quoteattr.extract(text, lang="en")
    check_invariants(text, quotes)
    assert quotes[0].addressee is not None
    assert quotes[0].addressee.name == "Frank Oakley"
    assert quotes[0].addressee_span is not None
    assert quotes[0].addressee_span.slice(text) == "Frank"
