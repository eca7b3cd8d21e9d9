"""Throughput of one corpus on one process, on --jobs 2, on Dask and on Spark local[2].

Run:  python bench/scaling.py [CORPUS.jsonl] [--jobs 2]

Times, in one run on the same machine, the four ways this project runs a corpus:
``Extractor.extract`` in this process, ``Extractor.extract_many(jobs=N)``, the Dask
example (``examples/dask_corpus.py``, processes scheduler) and the Spark example
(``examples/spark_corpus.py``, ``local[N]``), the last two as the commands a user runs,
start-up included. Dask and PySpark are skipped when they are not installed. The
default corpus is ``../shared/data/fr_news_bench.jsonl`` (15 M characters).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "fr_news_bench.jsonl"


def timed_command(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
    chars = sum(map(len, texts))
    extractor = quoteattr.Extractor()
    extractor.extract("« warm-up », a-t-il dit.")
    results: dict[str, float] = {}
    start = time.perf_counter()
    for text in texts:
        extractor.extract(text)
    results["one process"] = time.perf_counter() - start
    start = time.perf_counter()
    for _ in extractor.extract_many(texts, jobs=args.jobs):
        pass
    results[f"extract_many, {args.jobs} jobs"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        if importlib.util.find_spec("dask"):
            results[f"Dask bag, {args.jobs} processes"] = timed_command(
                ["examples/dask_corpus.py", str(args.corpus), "--out", f"{folder}/dask",
                 "--workers", str(args.jobs)]
            )  # fmt: skip
        if importlib.util.find_spec("pyspark") and shutil.which("java"):
            results[f"Spark local[{args.jobs}]"] = timed_command(
                ["examples/spark_corpus.py", str(args.corpus), "--out", f"{folder}/spark",
                 "--master", f"local[{args.jobs}]", "--partitions", str(4 * args.jobs)]
            )  # fmt: skip
    print(f"corpus {args.corpus.name}: {len(texts):,} documents, {chars:,} characters")
    for name, seconds in results.items():
        print(f"{name:28} {seconds:7.1f} s  {chars / seconds:>12,.0f} chars/s")


if __name__ == "__main__":
    main()
