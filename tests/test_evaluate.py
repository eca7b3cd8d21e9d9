"""The scorer on small gold documents whose figures are worked out by hand."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from quoteattr.evaluate import GoldFormatError, content, evaluate, names_agree, read_gold

TEXT = (
    "« Nous ne céderons pas », a déclaré Mme Anne Roux. "  # 0..24 quote, speaker 39..48
    "Le préfet a parlé de « mesures fortes » sans détail. "
    "« Les écoles, dit-il, resteront ouvertes. » "
    "Un voisin évoque « la peur du soir »."
)


def _gold(tmp_path: Path, quotes: Sequence[Mapping[str, object]], text: str = TEXT) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d1", "lang": "fr", "text": text, "quotes": quotes}) + "\n")
    return path


def _find(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def test_hand_computed_scores(tmp_path: Path) -> None:
    q1 = _find("« Nous ne céderons pas »")
    roux = _find("Anne Roux")
    part1 = _find("« Les écoles,")
    part2 = _find("resteront ouvertes. »")
    il = _find("il,")
    mixed = _find("« mesures fortes »")
    gold = [
        {"start": q1[0], "end": q1[1], "speaker": "Anne Roux",
         "speaker_start": roux[0], "speaker_end": roux[1]},
        {"start": part1[0], "end": part2[1], "fragments": [list(part1), list(part2)],
         "speaker": "le préfet", "speaker_start": il[0], "speaker_end": il[0] + 2},
        {"start": mixed[0], "end": mixed[1], "type": "mixed", "speaker": "le préfet"},
        {"start": 0, "end": 0, "kind": "mention"},
    ]  # fmt: skip
    result = evaluate(read_gold(_gold(tmp_path, gold)))
    # Predicted speech units: the first quote, the two parts of the third, and the
    # partial quote on the mixed region (neutral). « la peur du soir » is a speech
    # prediction with no gold: a false positive.
    assert result.counts.true_positives == 3
    assert result.counts.false_negatives == 0
    assert result.counts.false_positives == 1
    assert result.precision == pytest.approx(3 / 4)
    assert result.recall == 1.0
    assert result.f1 == pytest.approx(2 * 0.75 / 1.75)
    # Speakers: Roux by name; both parts by the overlap of the pronoun « il ».
    assert (result.speaker_correct, result.speaker_total) == (3, 3)


def test_threshold_decides_a_partial_overlap(tmp_path: Path) -> None:
    q1 = _find("« Nous ne céderons pas »")
    # gold covers only "Nous ne" of the 20 content characters: overlap/union = 7/20
    gold = [{"start": q1[0], "end": q1[0] + 9}]
    loose = evaluate(read_gold(_gold(tmp_path, gold)), threshold=0.3)
    strict = evaluate(read_gold(_gold(tmp_path, gold)), threshold=0.5)
    assert loose.counts.true_positives == 1
    assert strict.counts.true_positives == 0
    assert strict.counts.false_negatives == 1


def test_content_strips_marks_spaces_and_edge_punctuation() -> None:
    text = "«\u00a0Oui, vraiment\u00a0!\u00a0»"
    start, end = content(text, 0, len(text))
    assert text[start:end] == "Oui, vraiment"


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Mme Ghada Waly", "Waly", True),
        ("Élisabeth Borne", "elisabeth borne", True),
        ("Borne", "Bornes", False),
        ("he", None, False),
        ("M.", "Mme", False),
    ],
)
def test_names_agree(a: str, b: str | None, agree: bool) -> None:
    assert names_agree(a, b) is agree


def test_malformed_gold_line_says_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "x", "quotes": []}\n{"id": 2, "quotes": [}\n')
    with pytest.raises(GoldFormatError, match="line 2"):
        list(read_gold(path))


def _wrong_kind(tmp_path: Path, text: str, gold_speakers: list[tuple[str, str]]) -> list[str]:
    """Kinds of the wrong speakers when *text*'s quotes have these gold speakers."""
    quotes = []
    for quoted, speaker in gold_speakers:
        start = text.index(quoted)
        quotes.append({"start": start, "end": start + len(quoted), "speaker": speaker})
    path = tmp_path / "kinds.jsonl"
    path.write_text(json.dumps({"id": "k", "lang": "en", "text": text, "quotes": quotes}) + "\n")
    result = evaluate(read_gold(path))
    return [m.speaker_error for m in result.matches if m.speaker_error is not None]


def test_speaker_errors_are_put_in_kinds(tmp_path: Path) -> None:
    text = (
        '"We will appeal," said Dana Whitfield. "The ruling is wrong," said Omar Baines. '
        '"Nobody called us," the spokesman said. "It rained," said Carl Harbour.'
    )
    kinds = _wrong_kind(
        tmp_path,
        text,
        [
            ('"We will appeal,"', "Omar Baines"),
            ('"The ruling is wrong,"', "Dana Whitfield"),
            ('"Nobody called us,"', "Ruth Kerr"),
            ('"It rained,"', "Ines Harbour"),
        ],
    )
    # Each of the first two is the other's speaker; the spokesman is a role where the
    # gold names someone; "Carl Harbour" shares only the surname with the gold.
    assert kinds == ["wrong entity", "wrong entity", "role unresolved", "name cut"]
