"""Characters per second and peak memory of the whole pipeline on real French press.

Run:  python bench/throughput.py [PATH.jsonl] [--limit N]

It reads ``../shared/data/fr_news_bench.jsonl`` by default (15 M characters) and
reports, in the same process, the throughput of ``quoteattr.extract`` (detection,
classification and attribution) next to a baseline that only finds the quotation
marks with one compiled pattern, the least work any quote finder has to do. The
ratio between the two is what to compare from one change to the next; the
absolute figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc
from pathlib import Path

import regex

import quoteattr

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "fr_news_bench.jsonl"
MARKS = regex.compile(r"[«»“”„\"‹›]|(?<!\p{L})['‘’]|['‘’](?!\p{L})|\n")


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def timed(function, texts: list[str]) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    count = 0
    for text in texts:
        count += len(function(text))
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    if not args.path.exists():
        raise SystemExit(f"{args.path} not found: pass the path of a JSON Lines corpus")
    texts = load(args.path, args.limit)
    chars = sum(map(len, texts))
    extractor = quoteattr.Extractor(lang="fr")
    extractor.extract(texts[0])  # compile the language once, outside the timing

    baseline_seconds, marks = timed(lambda t: MARKS.findall(t), texts)
    seconds, quotes = timed(extractor.extract, texts)

    tracemalloc.start()
    for text in texts[: min(len(texts), 500)]:
        extractor.extract(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus            {args.path.name}: {len(texts)} documents, {chars:,} characters")
    print(f"baseline (marks)  {chars / baseline_seconds:>14,.0f} chars/s  ({marks:,} marks)")
    print(f"quoteattr.extract {chars / seconds:>14,.0f} chars/s  ({quotes:,} quotes)")
    print(f"ratio             extract takes {seconds / baseline_seconds:.1f}x the baseline's time")
    print(f"peak memory       {traced_peak / 2**20:.1f} MiB traced by extract over 500 documents;")
    print(f"                  {rss:.0f} MiB resident for the whole process (corpus included)")


if __name__ == "__main__":
    main()
