"""The spaCy component, on blank pipelines (no model to download)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED_DATA

spacy = pytest.importorskip("spacy", reason="spaCy is an optional extra: pip install '.[spacy]'")

SEED = SHARED_DATA.parent / "seeds" / "000_2a86a754d746a22e.txt"
TEXT_FR = "Mme Ghada Waly a salué l'accord. Elle a déclaré : « C'est un grand pas. »"
TEXT_EN = 'Dennis Brooks runs the clinic. "We are full," Mr. Brooks said.'


def test_factory_is_found_by_name_and_sets_quotes_and_spans() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp(TEXT_FR)
    [quote] = doc._.quotes
    [span] = doc.spans["quotes"]
    assert span._.quote is quote
    assert span._.speaker.name == "Ghada Waly"
    assert span.text == "« C'est un grand pas. »"
    assert (span.start_char, span.end_char) == (quote.span.start, quote.span.end)
    assert span.label_ == "speech"


def test_language_comes_from_the_pipeline_unless_the_config_says() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("quoteattr")
    assert component.extractor.lang == "en"
    assert nlp(TEXT_EN)._.quotes[0].speaker.name == "Dennis Brooks"
    other = spacy.blank("xx")
    assert other.add_pipe("quoteattr").extractor.lang is None  # told by the text
    forced = spacy.blank("en")
    assert forced.add_pipe("quoteattr", config={"lang": "fr"}).extractor.lang == "fr"


def test_a_quote_that_cuts_a_token_still_has_its_span() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp("Il a dit «oui» hier, puis « Nous partirons demain », a ajouté Mme Roux.")
    assert len(doc.spans["quotes"]) == len(doc._.quotes) == 2
    for span in doc.spans["quotes"]:
        quote = span._.quote
        assert span.start_char <= quote.span.start
        assert span.end_char >= quote.span.end


def test_the_seed_article_in_a_blank_french_pipeline() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not here (the shared data sits beside the project)")
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr", config={"include_mentions": False})
    doc = nlp(SEED.read_text(encoding="utf-8"))
    assert len(doc._.quotes) == len(doc.spans["quotes"]) == 2
    assert {q.speaker.name for q in doc._.quotes} == {"Ghada Waly"}
    assert json.dumps([q.to_dict() for q in doc._.quotes], ensure_ascii=False)
