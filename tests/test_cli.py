"""The ``quoteattr`` command, in process and through a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quoteattr.cli import main

ARTICLE = (
    "« Nous ne céderons pas », a déclaré Mme Anne Roux, la maire de Lunel.\n"
    "Elle a ajouté : « Le budget sera tenu. »\n"
    "« C'est une victoire », s'est félicité le syndicat."
)
OTHER = '"We will not back down," the senator said. "We will never leave," she added.'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_parses_back_with_every_field(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run([str(corpus / "a.txt"), "--format", "jsonl"], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["doc_id"] for r in records] == ["a.txt"] * 3
    assert records[0]["speaker"]["name"] == "Anne Roux"
    assert records[1]["speaker_text"] == "Elle"
    assert {"span", "parts", "cue_span", "rule", "confidence", "inner"} <= set(records[0])
    for record in records:
        assert ARTICLE[record["span"]["start"] : record["span"]["end"]].startswith("«")


def test_json_and_csv_parse_back(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["extract", "-r", str(corpus), "--format", "json"], capsys)
    documents = json.loads(out)
    assert [d["id"] for d in documents] == ["a.txt", "sub/b.txt"]
    assert len(documents[1]["quotes"]) == 2
    _, out, _ = run(["extract", "-r", str(corpus), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5
    assert rows[0]["speaker"] == "Anne Roux"
    assert json.loads(rows[0]["parts"]) == [[2, 22]]


class _Checker(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks: list[str] = []
        self.in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "mark":
            self.in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if tag == "mark":
            self.in_mark -= 1

    def handle_data(self, data: str) -> None:
        if self.in_mark:
            self.marks[-1] += data


def test_html_is_well_formed_and_holds_every_quote(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        ["extract", "-r", str(corpus), "--format", "html", "--kind", "all"], capsys
    )
    assert status == 0
    checker = _Checker()
    checker.feed(out)
    checker.close()
    assert checker.stack == []
    assert "« Nous ne céderons pas »" in checker.marks
    assert '"We will never leave,"' in checker.marks
    assert len(checker.marks) == 5
    assert "Speakers" in out
    assert "Anne Roux" in out


def test_bad_inputs_are_reported_and_the_rest_still_written(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.txt").write_bytes("« Déjà vu », dit-il.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    argv = [
        str(tmp_path / "missing.txt"),
        str(tmp_path / "latin1.txt"),
        str(corpus),
        str(tmp_path / "empty.txt"),
        str(corpus / "a.txt"),
        "--format",
        "jsonl",
    ]
    status, out, err = run(argv, capsys)
    assert status == 1
    assert "missing.txt: no such file" in err
    assert "latin1.txt: not utf-8 text" in err
    assert "--encoding" in err
    assert "is a directory; pass -r" in err
    assert "empty.txt: empty file" in err
    assert len(out.splitlines()) == 3  # a.txt, written in full after the failures
    status, out, _ = run(
        [str(tmp_path / "latin1.txt"), "--encoding", "latin-1", "--format", "jsonl"], capsys
    )
    assert status == 0
    assert json.loads(out)["text"] == "Déjà vu"


def test_jsonl_corpus_with_fields_and_a_malformed_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"uid": "first", "body": ARTICLE}),
        '{"uid": "broken", "body": ',
        json.dumps({"uid": "third", "body": OTHER}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = [
        str(corpus),
        "--jsonl",
        "--text-field",
        "body",
        "--id-field",
        "uid",
        "--format",
        "jsonl",
    ]
    status, out, err = run(argv, capsys)
    assert status == 1
    assert "corpus.jsonl, line 2: malformed JSON" in err
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"first", "third"}


def test_jobs_two_gives_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "many.jsonl"
    texts = [
        ARTICLE,
        OTHER,
        "Pas de citation ici.",
        ARTICLE.upper(),
        OTHER + " « Oui », dit-il.",
    ] * 30
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    _, one, _ = run([str(corpus), "--jsonl", "--format", "jsonl", "--jobs", "1"], capsys)
    _, two, _ = run([str(corpus), "--jsonl", "--format", "jsonl", "--jobs", "2"], capsys)
    assert one == two
    assert len(one.splitlines()) > 100


def test_kind_filter(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = corpus / "mention.txt"
    text.write_text(
        "Le film « Les Enfants du Paradis » ressort. « Oui », dit-il.", encoding="utf-8"
    )
    _, out, _ = run([str(text), "--format", "jsonl", "--kind", "mention"], capsys)
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Les Enfants du Paradis"]


GOLD_TEXT = (
    "« Nous partirons », a dit Mme Anne Roux. Le « Darknet » inquiète. « Jamais », dit Paul Lenoir."
)


def _gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    quotes = [
        {"start": 0, "end": 17, "speaker": "Anne Roux", "speaker_start": 29, "speaker_end": 38},
        {"start": 66, "end": 76, "speaker": "Marc Petit"},  # the extractor says Paul Lenoir
    ]
    path.write_text(
        json.dumps({"id": "g1", "lang": "fr", "text": GOLD_TEXT, "quotes": quotes}) + "\n"
    )
    return path


def test_evaluate_hand_computed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["evaluate", str(_gold_file(tmp_path)), "--json", "--errors"], capsys)
    assert status == 0
    summary = json.loads(out)
    # Both gold quotes are found; « Darknet » is a mention and not predicted as speech.
    assert (summary["true_positives"], summary["false_positives"], summary["false_negatives"]) == (
        2,
        0,
        0,
    )
    assert summary["f1"] == 1.0
    assert (summary["speaker_correct"], summary["speaker_total"]) == (1, 2)
    assert summary["speaker_accuracy"] == 0.5
    assert summary["by_rule"]["fr.postposed"]["tp"] == 2
    # Paul Lenoir speaks nowhere in the gold: the one wrong speaker is "not a speaker".
    assert summary["speaker_errors"] == {
        "none": 0,
        "wrong entity": 0,
        "name cut": 0,
        "role unresolved": 0,
        "not a speaker": 1,
    }


def test_evaluate_bars_and_predictions_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold_file(tmp_path)
    status, _, err = run(["evaluate", str(gold), "--min-speaker", "0.9"], capsys)
    assert status == 1
    assert "below --min-speaker" in err
    predictions = tmp_path / "pred.jsonl"
    source = tmp_path / "g1"
    source.write_text(GOLD_TEXT, encoding="utf-8")
    _, out, _ = run([str(source), "--format", "jsonl"], capsys)
    predictions.write_text(out, encoding="utf-8")
    status, out, _ = run(
        ["evaluate", str(gold), "--predictions", str(predictions), "--json"], capsys
    )
    assert status == 0
    assert json.loads(out)["true_positives"] == 2
    status, out, _ = run(["evaluate", str(gold), "--errors"], capsys)
    assert "wrong speaker" in out
    assert "Marc Petit" in out
    assert "[not a speaker] gold 'Marc Petit'" in out


def test_evaluate_missing_gold_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["evaluate", str(tmp_path / "none.jsonl")], capsys)
    assert status == 2
    assert "no such file" in err


def test_subprocess_stdin_and_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "-", "--format", "jsonl"],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode("utf-8").splitlines()) == 3
    bad = subprocess.run(
        [sys.executable, "-m", "quoteattr", str(tmp_path / "missing.txt")],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert bad.returncode == 1
    assert b"no such file" in bad.stderr


def test_ctrl_c_stops_cleanly_and_keeps_what_was_written(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quoteattr import Extractor

    real = Extractor.extract
    calls = []

    def interrupted(self: Extractor, text: str) -> list[object]:
        calls.append(text)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return real(self, text)  # type: ignore[return-value]

    monkeypatch.setattr(Extractor, "extract", interrupted)
    status, out, err = run(["-r", str(corpus), "--format", "json"], capsys)
    assert status == 130
    assert "interrupted" in err
    documents = json.loads(out)  # the JSON list is closed: it still parses
    assert [d["id"] for d in documents] == ["a.txt"]


def test_progress_bar_on_a_terminal_only_and_never_with_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"text": ARTICLE}) for _ in range(30)), "utf-8")
    status, _, err = run(["--jsonl", str(corpus)], capsys)
    assert status == 0
    assert "documents" not in err  # standard error is no terminal here
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(["--jsonl", str(corpus)], capsys)
    assert "30 documents" in err
    _, _, err = run(["--jsonl", str(corpus), "--quiet"], capsys)
    assert "documents" not in err
