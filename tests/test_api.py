"""The public entry points: types, errors, pickling, configuration."""

from __future__ import annotations

import pickle

import attrs
import pytest

import quoteattr
from quoteattr import Config, Extractor, QuoteKind, Span, UnknownLanguageError


def test_public_names() -> None:
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name)


def test_empty_text_gives_nothing() -> None:
    assert quoteattr.extract("") == []


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), 12, None, ["a"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="needs text as str"):
        quoteattr.extract(value)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match=r"decode it first"):
        quoteattr.extract(b"\xc2\xab oui \xc2\xbb")  # type: ignore[arg-type]


def test_unknown_language_lists_codes() -> None:
    with pytest.raises(UnknownLanguageError, match="'en', 'fr'"):
        quoteattr.extract("texte", lang="de")
    with pytest.raises(UnknownLanguageError):
        Extractor(lang="xx")
    assert issubclass(UnknownLanguageError, ValueError)


def test_extractor_pickles_and_reuses() -> None:
    extractor = Extractor(lang="fr", config=Config(include_mentions=False))
    clone = pickle.loads(pickle.dumps(extractor))
    text = "« Nous partirons », a dit Mme Roux. Le « Darknet » inquiète."
    assert clone.extract(text) == extractor.extract(text)
    assert [q.kind for q in clone.extract(text)] == [QuoteKind.SPEECH]


def test_language_detection() -> None:
    fr = quoteattr.extract("« Nous partirons demain », a dit la maire de la ville.")
    en = quoteattr.extract('"We leave tomorrow," the mayor of the town said.')
    assert fr[0].language == "fr"
    assert en[0].language == "en"


def test_to_dict_is_json_ready() -> None:
    import json

    quote = quoteattr.extract("« Nous ne céderons pas », a déclaré Mme Ghada Waly.")[0]
    data = json.loads(json.dumps(quote.to_dict()))
    assert data["span"] == {"start": 0, "end": 24}
    assert data["speaker"]["name"] == "Ghada Waly"
    assert data["style"] == "guillemets"


def test_span_validates() -> None:
    with pytest.raises(ValueError, match="start <= end"):
        Span(5, 2)


def test_config_evolves() -> None:
    config = attrs.evolve(Config(), min_speech_words=2)
    assert config.min_speech_words == 2
    with pytest.raises(ValueError, match="min_speech_words"):
        Config(min_speech_words=0)
