"""The Dask and Spark examples give the quotes of the single-process run."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from tests.conftest import SHARED_DATA

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "« Nous tiendrons », a déclaré Mme Claire Vidal, la maire.",
    '"We will not back down," the senator said. "Never," she added.',
    "Rien à signaler.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The shared French dev file when it is there, else a small corpus written here."""
    shared = SHARED_DATA / "fr_news_dev.jsonl"
    if shared.exists():
        return shared
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(TEXTS * 5)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _single_process(corpus: Path) -> list[tuple[str, dict[str, Any]]]:
    extractor = quoteattr.Extractor()
    expected = []
    for number, line in enumerate(corpus.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        for quote in extractor.extract(record["text"]):
            if quote.kind is quoteattr.QuoteKind.SPEECH:
                expected.append((str(record.get("id", number)), quote.to_dict()))
    return sorted(expected, key=lambda item: (item[0], item[1]["span"]["start"]))


def _run(*argv: str) -> None:
    subprocess.run([sys.executable, *argv], check=True, cwd=ROOT, timeout=600)


@pytest.mark.skipif(
    importlib.util.find_spec("dask") is None, reason="needs pip install 'dask[bag]'"
)
def test_dask_bag_gives_the_single_process_quotes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dask"
    _run("examples/dask_corpus.py", str(corpus), "--out", str(out), "--workers", "2")
    got = [
        (record.pop("doc_id"), record)
        for part in sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem))
        for record in map(json.loads, part.read_text(encoding="utf-8").splitlines())
    ]
    assert sorted(got, key=lambda item: (item[0], item[1]["span"]["start"])) == _single_process(
        corpus
    )


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="needs pip install pyspark")
@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java, and there is none here")
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_spark_gives_the_single_process_quotes(corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"spark-{fmt}"
    _run("examples/spark_corpus.py", str(corpus), "--out", str(out), "--format", fmt)
    if fmt == "jsonl":
        rows = [
            json.loads(line)
            for part in sorted(out.glob("part-*"))
            for line in part.read_text(encoding="utf-8").splitlines()
        ]
    else:
        pq = pytest.importorskip("pyarrow.parquet", reason="reading Parquet back needs pyarrow")
        rows = pq.read_table(str(out)).to_pylist()
    got = [(row["doc_id"], json.loads(row["quote"])) for row in rows]
    assert sorted(got, key=lambda item: (item[0], item[1]["span"]["start"])) == _single_process(
        corpus
    )
