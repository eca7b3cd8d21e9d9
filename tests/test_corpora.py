"""Measurements on the shared gold corpora beside the project (skipped when absent).

The bars sit just under what the code reaches, so accuracy can only go up.
"""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import QuoteKind
from quoteattr.evaluate import evaluate, read_gold
from tests.conftest import shared_file

SEED = "000_2a86a754d746a22e.txt"


def test_seed_article_gives_exactly_its_two_quotes() -> None:
    path = shared_file("seed_fr.jsonl").parent.parent / "seeds" / SEED
    text = path.read_text(encoding="utf-8")
    speech = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.SPEECH]
    assert [(q.span.start, q.span.end) for q in speech] == [(2310, 2779), (3842, 4664)]
    first, second = speech
    for quote in speech:
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.speaker.title, quote.speaker.gender) == (
            "Ghada Waly",
            "Mme",
            "f",
        )
        assert quote.cue == "a déclaré"
    assert first.speaker_text == "Elle"
    assert text[first.speaker_span.start : first.speaker_span.end] == "Elle"  # type: ignore[union-attr]
    assert first.rule == "fr.preposed"
    assert second.rule == "fr.postposed"


@pytest.mark.parametrize(
    ("name", "min_f1", "min_speaker"),
    [
        ("seed_fr.jsonl", 1.0, 1.0),
        ("en_news_polnear_dev.jsonl", 0.929, 0.922),
        ("en_news_ggt_dev.jsonl", 0.94, 0.82),
        ("fr_news_dev2.jsonl", 0.885, 0.805),
        ("fr_lit_aads_detection_dev.jsonl", 0.86, 0.0),
        ("fr_news_dev.jsonl", 0.965, 0.935),
    ],
)
def test_corpus_scores_stay_above_their_bars(name: str, min_f1: float, min_speaker: float) -> None:
    result = evaluate(read_gold(shared_file(name)))
    assert result.f1 >= min_f1, result.summary()
    assert result.speaker_accuracy >= min_speaker, result.summary()


@pytest.mark.parametrize(
    "name", ["fr_news_bench.jsonl", "en_news_polnear_dev.jsonl", "fr_lit_aads_detection_dev.jsonl"]
)
def test_real_text_keeps_the_invariants(name: str) -> None:
    import json

    from tests.invariants import check_invariants

    with open(shared_file(name), encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= 400:
                break
            text = json.loads(line)["text"]
            check_invariants(text, quoteattr.extract(text))
