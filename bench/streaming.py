"""Peak memory and time to first output of ``quoteattr --jsonl`` on a large corpus.

Run:  python bench/streaming.py [--megabytes 200] [--jobs 1]

Builds a JSON Lines corpus of the given size in a temporary folder (the articles of
``../shared/data/fr_news_bench.jsonl`` over and over, or ``examples/article_fr.txt``
when the shared data is absent), runs the command on it as a child process with its
output to a file, and reports when the first output byte appeared, how long the run
took and the child's peak resident memory. Streaming means that memory stays flat
whatever the corpus size: compare two sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "fr_news_bench.jsonl"


def build(path: Path, megabytes: int) -> int:
    if BENCH.exists():
        lines = BENCH.read_bytes().splitlines(keepends=True)
    else:
        text = (ROOT / "examples" / "article_fr.txt").read_text(encoding="utf-8")
        lines = [json.dumps({"text": text}, ensure_ascii=False).encode() + b"\n"]
    target = megabytes * 2**20
    written = 0
    with open(path, "wb") as out:
        while written < target:
            for line in lines:
                out.write(line)
                written += len(line)
                if written >= target:
                    break
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=None, help="stop the run after this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        size = build(corpus, args.megabytes)
        output = Path(folder) / "quotes.jsonl"
        command = [sys.executable, "-m", "quoteattr", "--jsonl", str(corpus), "--jobs",
                   str(args.jobs), "-o", str(output)]  # fmt: skip
        start = time.perf_counter()
        child = subprocess.Popen(command)
        first = None
        while child.poll() is None:
            if first is None and output.exists() and output.stat().st_size > 0:
                first = time.perf_counter() - start
            if args.seconds and time.perf_counter() - start > args.seconds:
                child.terminate()
                break
            time.sleep(0.01)
        _, _, usage = os.wait4(child.pid, 0) if child.returncode is None else (0, 0, None)
        elapsed = time.perf_counter() - start
        peak = (usage.ru_maxrss if usage else _children_peak()) / 1024
        print(f"corpus        {size / 2**20:,.0f} MiB, --jobs {args.jobs}")
        print(f"first output  {first if first is not None else float('nan'):.2f} s")
        print(f"run           {elapsed:.1f} s, {output.stat().st_size / 2**20:,.1f} MiB written")
        print(f"peak memory   {peak:,.0f} MiB resident (the main process; workers apart)")


def _children_peak() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


if __name__ == "__main__":
    main()
