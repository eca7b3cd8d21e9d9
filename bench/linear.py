"""Show that detection and attribution take time proportional to the input's length.

Run:  python bench/linear.py [--sizes 1000000,2000000,4000000,8000000] [--only NAME]

Each shape of input is timed at every size, and the table gives the time ratio from
one size to the next: with sizes that double, a ratio near 2 is linear time and a
ratio near 4 is quadratic. On a machine shared with other work one step can move by
half: ``--repeat`` times each size several times and keeps the fastest run (the one
least disturbed), and the "fitted" column gives the ratio per doubling of the power law
fitted to all sizes at once (least squares on the logarithms), which one slow run moves
much less than it moves a step. The last column, the time of the largest size over the
smallest, is steadier too.
The shapes are ordinary news built from
``examples/article_fr.txt``, real news joined into one string (the first articles
of ``../shared/data/fr_news_bench.jsonl`` when it is there), a novel-shaped text
(hard-wrapped paragraphs of narration and dialogue), pronouns with no antecedent,
dialogue runs, and pathological runs of marks. "vs news" is the time of the largest
size against ordinary news of that size. The novel, the dialogue runs and the dash turns
are read as fiction, the rest as news.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import time
from collections.abc import Callable
from pathlib import Path

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article_fr.txt"
BENCH = ROOT.parent / "shared" / "data" / "fr_news_bench.jsonl"


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def joined_news(size: int) -> str:
    """Real articles one after the other, as a scraper's dump gives them."""
    if not BENCH.exists():
        return repeat_to(ARTICLE.read_text(encoding="utf-8") + "\n\n", size)
    parts: list[str] = []
    total = 0
    while total < size:
        with open(BENCH, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                parts.append(text)
                total += len(text) + 2
                if total >= size:
                    break
    return "\n\n".join(parts)[:size]


def novel(size: int) -> str:
    """Wrapped paragraphs of narration and dialogue, with names and pronouns."""
    rng = random.Random(7)
    names = ["Elizabeth", "Mr. Darcy", "Jane", "Mrs. Bennet", "Charlotte", "Mr. Collins"]
    lines = [
        "The evening was cold and the house was quiet when {n} came down the stairs.",
        '"I cannot tell you how glad I am," said {n}. "You must stay for dinner."',
        '"Indeed," {n} replied, "I had not thought to see you here so soon."',
        "She looked at him for a long while, and he did not answer.",
        '"Then we shall walk," he said at last.',
        "‘Nonsense,’ cried {n}, ‘nobody walks in such weather.’",
    ]
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = [
            rng.choice(lines).format(n=rng.choice(names)) for _ in range(rng.randint(1, 4))
        ]
        words = " ".join(sentences).split()
        wrapped, line = [], ""
        for word in words:
            if len(line) + len(word) > 70:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        wrapped.append(line)
        paragraph = "\n".join(wrapped)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def random_dialogue(size: int) -> str:
    rng = random.Random(11)
    turns = [
        "— Oui, dit-il.",
        "— Non !",
        "— Viens, Paul, répondit-elle.",
        "« Pourquoi ? »",
        "— Et alors ?",
    ]
    out: list[str] = []
    total = 0
    while total < size:
        turn = rng.choice(turns)
        out.append(turn)
        total += len(turn) + 1
    return "\n".join(out)[:size]


FICTION_SHAPES = frozenset({"novel-shaped", "dialogue runs", "dash turns"})
"""Shapes read as fiction (turns of talk, the book's names, its narrator); the rest as news."""


def inputs() -> dict[str, Callable[[int], str]]:
    article = ARTICLE.read_text(encoding="utf-8")
    return {
        "ordinary news": lambda n: repeat_to(article + "\n", n),
        "joined real news": joined_news,
        "novel-shaped": novel,
        "pronoun, no antecedent": lambda n: repeat_to(
            "Le conseil s'est réuni. Elle a ajouté : « Nous verrons. » Rien ne change. ", n
        ),
        "dialogue runs": random_dialogue,
        "only «": lambda n: "«" * n,
        'only "': lambda n: '"' * n,
        "100,000 unclosed «": lambda n: repeat_to("« x" + " " * max(0, n // 100_000 - 3), n),
        "nested “ then ’": lambda n: "“" * (n // 2) + "’" * (n - n // 2),
        "incises everywhere": lambda n: repeat_to("« a, dit-il, b, dit-elle, c », ", n),
        "dash turns": lambda n: repeat_to("— Oui, dit-il. ", n),
        "one paragraph, no breaks": lambda n: repeat_to(
            "« Oui », dit-il. Il est parti. « Non », a répondu Mme Durand. ", n
        ),
    }


def seconds(text: str, extractor: quoteattr.Extractor, repeat: int = 1) -> float:
    """The fastest of *repeat* runs of the extractor on *text*."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extractor.extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def fitted_ratio_per_doubling(sizes: list[int], times: list[float]) -> float:
    """``2 ** b`` for the power law ``time = a * size ** b`` fitted to the points.

    >>> round(fitted_ratio_per_doubling([1, 2, 4, 8], [1.0, 2.0, 4.0, 8.0]), 6)
    2.0
    >>> round(fitted_ratio_per_doubling([1, 2, 4], [1.0, 4.0, 16.0]), 6)
    4.0
    """
    xs = [math.log2(s) for s in sizes]
    ys = [math.log2(t) for t in times]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    return float(2**slope)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000000,2000000,4000000,8000000", help="characters, comma-separated"
    )
    parser.add_argument("--only", default=None, help="run only the shapes whose name holds this")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    # The genre is fixed per shape: left to itself, it is decided per text and can change
    # with the size (a dump of news reads as a novel at 2 M characters and not at 4 M),
    # and the table would show the change of rules rather than how time grows.
    extractor = quoteattr.Extractor(lang="fr", config=quoteattr.Config(genre="news"))
    novel_reader = quoteattr.Extractor(lang="fr", config=quoteattr.Config(genre="fiction"))
    extractor.extract("« warm-up », a-t-il dit.")
    table = inputs()
    baseline = seconds(table["ordinary news"](sizes[-1]), extractor, args.repeat)
    steps = "  ".join(f"{a // 1000}k→{b // 1000}k" for a, b in itertools.pairwise(sizes))
    print(
        f"{'input':26} {'seconds':>8} {'vs news':>8}  ratio per step: {steps}   fitted   whole span"
    )
    for name, make in table.items():
        if args.only and args.only not in name:
            continue
        reader = novel_reader if name in FICTION_SHAPES else extractor
        times = [seconds(make(size), reader, args.repeat) for size in sizes]
        ratios = "  ".join(f"{b / a:9.2f}" for a, b in itertools.pairwise(times))
        fitted = fitted_ratio_per_doubling(sizes, times)
        span = f"{times[-1] / times[0]:6.2f} (linear: {sizes[-1] / sizes[0]:.0f})"
        print(
            f"{name:26} {times[-1]:8.3f} {times[-1] / baseline:8.2f}  {ratios}   {fitted:6.2f}"
            f"   {span}",
            flush=True,
        )


if __name__ == "__main__":
    main()
