"""Show that detection and attribution take time proportional to the input's length.

Run:  python bench/linear.py [--size 1000000]

Pathological inputs (only « marks, only " marks, 100,000 unclosed quotes, deep
nesting) are timed against ordinary news text of the same size built from
``examples/article_fr.txt``, and each input is also timed at half the size: a
ratio near 2 between the full and half sizes means linear time, and the ratio
against ordinary text says how much dearer the worst case is.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import quoteattr

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "article_fr.txt"


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def inputs(size: int) -> dict[str, Callable[[int], str]]:
    article = ARTICLE.read_text(encoding="utf-8")
    return {
        "ordinary news": lambda n: repeat_to(article + "\n", n),
        "only «": lambda n: "«" * n,
        'only "': lambda n: '"' * n,
        "100,000 unclosed «": lambda n: repeat_to("« x" + " " * max(0, n // 100_000 - 3), n),
        "nested “ then ’": lambda n: "“" * (n // 2) + "’" * (n - n // 2),
        "incises everywhere": lambda n: repeat_to("« a, dit-il, b, dit-elle, c », ", n),
        "dash turns": lambda n: repeat_to("— Oui, dit-il. ", n),
    }


def seconds(text: str, extractor: quoteattr.Extractor) -> float:
    start = time.perf_counter()
    extractor.extract(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    args = parser.parse_args()
    extractor = quoteattr.Extractor(lang="fr")
    extractor.extract("« warm-up », a-t-il dit.")
    table = inputs(args.size)
    baseline = seconds(table["ordinary news"](args.size), extractor)
    print(f"{'input':22} {'seconds':>8} {'vs news':>8} {'full/half':>10}")
    for name, make in table.items():
        full = seconds(make(args.size), extractor)
        half = seconds(make(args.size // 2), extractor)
        print(f"{name:22} {full:8.3f} {full / baseline:8.2f} {full / half:10.2f}")


if __name__ == "__main__":
    main()
