"""Nothing lost on messy corpora: bad bytes, bad lines, bad folders, bad gold files."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.io import Document, InputError, read_inputs

GOOD = "« Nous tiendrons bon », a déclaré Mme Claire Vidal, la maire."
SURROGATE = "« Oui \ud800 non », a répondu M. Paul Gros."
SEPARATOR = "« Oui, non », a dit M. Jean Roy.\u2028Il est reparti."


@pytest.fixture
def messy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with every kind of trouble a real corpus brings, and good documents around."""
    root = tmp_path / "corpus"
    for year in ("2019", "2020", "locked"):
        (root / year).mkdir(parents=True)
    (root / "2019" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "2020" / "a.txt").write_text(GOOD.replace("Claire", "Anne"), encoding="utf-8")
    (root / "locked" / "c.txt").write_text(GOOD, encoding="utf-8")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    lines = [
        json.dumps({"id": "good", "text": GOOD}, ensure_ascii=False),
        json.dumps({"id": "lone", "text": SURROGATE}),  # \ud800 written as an escape
        "{not json",
        json.dumps({"id": "sep", "text": SEPARATOR}, ensure_ascii=False),  # a raw U+2028
        json.dumps({"id": "last", "text": GOOD}, ensure_ascii=False),
    ]
    (tmp_path / "lines.jsonl").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:  # root may read every folder: refuse one as a reader would
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("quoteattr.io.os.scandir", scandir)
    return tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class _Balanced(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack
        assert self.stack.pop() == tag


def _documents(fmt: str, data: str) -> set[str]:
    """The document ids an output holds, parsing it strictly as its format."""
    if fmt == "jsonl":
        return {json.loads(line)["doc_id"] for line in data.splitlines()}
    if fmt == "json":
        return {d["id"] for d in json.loads(data)}
    if fmt == "csv":
        return {row["doc_id"] for row in csv.DictReader(io.StringIO(data))}
    if fmt == "html":
        checker = _Balanced()
        checker.feed(data)
        checker.close()
        assert checker.stack == []
        return {part.split("</h2>")[0] for part in data.split("<h2>")[1::2]}
    return {line.split(":")[0] for line in data.splitlines() if not line.startswith(" ")}


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "html", "table"])
def test_every_good_document_out_every_bad_one_named(
    messy: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = messy / f"out.{fmt}"
    status, _, err = _run(
        ["-r", str(messy / "corpus"), "--format", fmt, "-o", str(out_path)], capsys
    )
    assert status == 1
    assert "locked: folder cannot be read (Permission denied)" in err
    assert "gone.txt: broken symbolic link" in err
    data = out_path.read_bytes().decode("utf-8")  # strict: the file is valid UTF-8
    assert {"2019/a.txt", "2020/a.txt"} <= _documents(fmt, data)

    out_path = messy / f"from-lines.{fmt}"
    status, _, err = _run(
        ["--jsonl", str(messy / "lines.jsonl"), "--format", fmt, "-o", str(out_path)], capsys
    )
    assert status == 1, err
    assert "lines.jsonl, line 3: malformed JSON" in err
    assert err.count("quoteattr:") == 2  # the malformed line and the count; nothing else
    data = out_path.read_bytes().decode("utf-8")
    assert _documents(fmt, data) == {"good", "lone", "sep", "last"}
    if fmt == "jsonl":
        lone = [json.loads(line) for line in data.splitlines() if '"lone"' in line]
        assert lone[0]["text"] == "Oui \ufffd non"
        assert lone[0]["speaker"]["name"] == "Paul Gros"


def test_output_onto_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    status, _, err = _run(["--jsonl", str(source), "-o", str(source)], capsys)
    assert status == 2
    assert "is also an input" in err
    assert json.loads(source.read_text(encoding="utf-8"))["text"] == GOOD


def test_quote_keeps_the_surrogate_and_to_dict_can_be_encoded() -> None:
    [quote] = quoteattr.extract(SURROGATE)
    assert quote.text == "Oui \ud800 non"  # what the input carried
    json.dumps(quote.to_dict(), ensure_ascii=False).encode("utf-8")  # raised before


def test_a_raw_line_separator_inside_a_string_is_not_a_line_end(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    records = [{"id": "one", "text": SEPARATOR}, {"id": "two", "text": "x\x85y"}, {"text": "z"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    items = list(read_inputs([str(path)], jsonl=True))
    assert [(i.id, i.line) for i in items if isinstance(i, Document)] == [
        ("one", 1),
        ("two", 2),
        ("c.jsonl:3", 3),
    ]


class _CountingStream:
    """Standard input that counts how many lines the reader has taken."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            self.taken += 1
            yield line


def test_json_lines_are_read_as_they_come(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": str(i), "text": GOOD}).encode() + b"\n" for i in range(1000)]
    stream = _CountingStream(lines)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stream})())
    items = read_inputs(["-"], jsonl=True)
    first = next(items)
    assert isinstance(first, Document)
    assert first.id == "0"
    assert stream.taken == 1


def test_a_utf16_file_is_told_to_use_utf16(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    [error] = list(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert "--encoding utf-16" in error.message
    [document] = list(read_inputs([str(path)], encoding="utf-16"))
    assert isinstance(document, Document)
    assert document.text == GOOD


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/out.jsonl", "its folder does not exist"),
        (".", "it is a folder"),
        ("/dev/full", "no space left"),
    ],
)
def test_output_that_cannot_be_written_says_why(
    tmp_path: Path, target: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if target == "/dev/full" and not Path(target).exists():
        pytest.skip("no /dev/full on this system")
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    path = target if target.startswith("/") else str(tmp_path / target)
    status, _, err = _run([str(source), "-o", path], capsys)
    assert status == 2
    assert message in err
    assert "Traceback" not in err


def test_csv_cells_never_run_as_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text('"=HYPERLINK(1) and more words here," said Ann Lee.', encoding="utf-8")
    _, out, _ = _run([str(source), "--format", "csv"], capsys)
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["text"].startswith("'=HYPERLINK")
    assert row["speaker"] == "Ann Lee"


def test_the_table_never_writes_terminal_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text('"We \x1b[31mwill\x1b]0;owned\x07 stay," said Ann Lee.', encoding="utf-8")
    _, out, _ = _run([str(source), "--format", "table"], capsys)
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "1 quote, 1 speech" in out


def test_html_page_carries_each_documents_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fr.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "en.txt").write_text('"We will stay," said Ann Lee.', encoding="utf-8")
    _, out, _ = _run(
        [str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--format", "html"], capsys
    )
    assert '<article lang="fr">' in out
    assert '<article lang="en">' in out


def test_version_and_bad_job_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"quoteattr {quoteattr.__version__}"
    for jobs in ("0", "-2", "two"):
        with pytest.raises(SystemExit) as stop:
            main(["--jobs", jobs, "x.txt"])
        assert stop.value.code == 2
        assert "--jobs" in capsys.readouterr().err


def test_api_takes_auto_and_validates_its_config() -> None:
    assert quoteattr.Extractor(lang="auto").lang is None
    assert quoteattr.extract(GOOD, lang="auto")[0].speaker_text == "Claire Vidal"
    with pytest.raises(TypeError, match="include_mentions"):
        quoteattr.Config(include_mentions="no")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="min_speech_words"):
        quoteattr.Config(min_speech_words="3")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="config"):
        quoteattr.Extractor(config={"include_mentions": False})  # type: ignore[arg-type]


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029", "\x85"])
def test_other_line_ends_close_an_unclosed_quote(brk: str) -> None:
    text = f"« Ouvert sans fin{brk}« Nous partons », a dit Mme Roux."
    quotes = quoteattr.extract(text)
    assert [q.text for q in quotes] == ["Ouvert sans fin", "Nous partons"]
    assert quotes[0].unclosed


def test_crlf_text_reads_as_lf_text() -> None:
    text = "« Ouvert sans fin\n« Nous partons », a dit Mme Roux."
    crlf = text.replace("\n", "\r\n")
    assert [q.text for q in quoteattr.extract(crlf)] == [q.text for q in quoteattr.extract(text)]


def test_decomposed_accents_find_the_cue_and_keep_offsets() -> None:
    composed = "Mme Zoé Lefèvre a réagi. « Nous irons », a déclaré Mme Lefèvre à la presse."
    import unicodedata

    decomposed = unicodedata.normalize("NFD", composed)
    [quote] = quoteattr.extract(decomposed)
    [expected] = quoteattr.extract(composed)
    assert quote.rule == expected.rule == "fr.postposed"
    assert quote.speaker == expected.speaker
    for span in (quote.span, quote.cue_span, quote.speaker_span):
        assert span is not None
    assert quote.span.slice(decomposed) == unicodedata.normalize("NFD", "« Nous irons »")
    assert quote.cue == unicodedata.normalize("NFD", "a déclaré")
    assert quote.speaker_span is not None
    assert quote.speaker_span.slice(decomposed) == quote.speaker_text


def test_a_capital_d_apostrophe_is_part_of_a_name() -> None:
    for mark in ("'", "’"):
        [quote] = quoteattr.extract(f'"We are ready," D{mark}Souza said.', lang="en")
        assert quote.speaker is not None
        assert quote.speaker.name == f"D{mark}Souza"
    [quote] = quoteattr.extract("« Prêts », a dit Jean d’Ormesson.", lang="fr")
    assert quote.speaker is not None
    assert quote.speaker.name == "Jean d’Ormesson"


# -- evaluate: gold and predictions are checked, with file and line ----------------


def _gold(tmp_path: Path, *records: object) -> str:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


QUOTE = {"start": 0, "end": 5}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": "abcdef", "quotes": [{"start": 2, "end": 60}]}, "outside the text"),
        ({"text": "abcdef", "quotes": [{"start": -1, "end": 3}]}, "outside the text"),
        ({"text": "abcdef", "quotes": [{"start": 4, "end": 3}]}, "after 'end'"),
        ({"text": "abcdef", "quotes": [{**QUOTE, "type": "quote"}]}, "'type' is 'quote'"),
        ({"text": "abcdef", "quotes": [{**QUOTE, "kind": "talk"}]}, "'kind' is 'talk'"),
        ({"text": "abcdef", "lang": "xx", "quotes": [QUOTE]}, "'lang' is 'xx'"),
        ({"text": "abcdef", "quotes": [{**QUOTE, "speaker_start": 1}]}, "speaker_end"),
        ({"text": 5, "quotes": []}, "'text'"),
        ({"text": "abcdef", "quotes": []}, "nothing to score"),
    ],
)
def test_bad_gold_is_refused_with_its_line(
    tmp_path: Path, record: dict[str, Any], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"id": "fine", "text": "« Oui »", "quotes": []}
    path = _gold(tmp_path, good, record)
    status, _, err = _run(["evaluate", path], capsys)
    assert status == 2
    assert message in err
    assert message == "nothing to score" or "line 2" in err


def test_predictions_for_other_documents_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Elle a dit : « Nous irons. »"
    gold = _gold(tmp_path, {"id": "d1", "text": text, "quotes": [{"start": 13, "end": 28}]})
    prediction = {"doc_id": "elsewhere", **quoteattr.extract(text)[0].to_dict()}
    predictions = tmp_path / "p.jsonl"
    predictions.write_text(json.dumps(prediction) + "\n", encoding="utf-8")
    status, _, err = _run(["evaluate", gold, "--predictions", str(predictions)], capsys)
    assert status == 2
    assert "'elsewhere'" in err
    with pytest.raises(SystemExit) as stop:
        main(["evaluate", gold, "--threshold", "7"])
    assert stop.value.code == 2
    assert "--threshold" in capsys.readouterr().err


def test_fragments_may_come_in_any_order_with_start_after_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "« Nous irons », a-t-elle dit, « demain. »"
    quote = {"start": 31, "end": 13, "fragments": [[31, 38], [2, 13]]}  # as PolNeAR writes it
    status, out, _ = _run(["evaluate", _gold(tmp_path, {"text": text, "quotes": [quote]})], capsys)
    assert status == 0
    assert "recall 1.0000" in out


# -- a stopped run with workers ----------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process group is POSIX")
def test_ctrl_c_with_workers_prints_no_worker_traceback(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    line = json.dumps({"text": (GOOD + " ") * 200}, ensure_ascii=False)
    corpus.write_text("\n".join([line] * 3000), encoding="utf-8")
    command = [sys.executable, "-m", "quoteattr", "--jsonl", str(corpus), "--jobs", "2"]
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    assert child.stdout is not None
    child.stdout.read(1)  # the workers are running once output has started
    time.sleep(0.3)
    os.killpg(child.pid, signal.SIGINT)  # as a terminal's Ctrl-C reaches the whole group
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130
    assert b"ForkPoolWorker" not in err
    assert b"Traceback" not in err
