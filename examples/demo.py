"""Print the quotes of a news article as a readable table.

Usage: python examples/demo.py [ARTICLE.txt]

Without an argument it reads ``examples/article_fr.txt``, an article written for
this project; give the path of any UTF-8 text file to read another one, such as
the seed article: ``python examples/demo.py ../shared/seeds/000_2a86a754d746a22e.txt``.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import quoteattr

DEFAULT_ARTICLE = Path(__file__).with_name("article_fr.txt")


def shorten(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_ARTICLE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"demo: {path} does not exist; give the path of a UTF-8 text file", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"demo: {path} is not UTF-8 text; convert it first (iconv -t utf-8)", file=sys.stderr)
        return 2
    quotes = quoteattr.extract(text)
    print(
        f"{path.name}: {len(text):,} characters, {len(quotes)} quotes "
        f"({sum(q.kind is quoteattr.QuoteKind.SPEECH for q in quotes)} speech)\n"
    )
    header = f"{'span':>13}  {'kind':7}  {'speaker':22}  {'cue':16}  {'rule':20}  quote"
    print(header)
    print("-" * len(header) + "-" * 30)
    for quote in quotes:
        span = f"{quote.span.start}-{quote.span.end}"
        speaker = quote.speaker.name if quote.speaker else "—"
        if quote.speaker_text and quote.speaker and quote.speaker_text != quote.speaker.name:
            speaker += f" ({quote.speaker_text})"
        print(
            f"{span:>13}  {quote.kind.value:7}  {shorten(speaker, 22):22}  "
            f"{shorten(quote.cue or '—', 16):16}  {quote.rule or '—':20}  {shorten(quote.text, 60)}"
        )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing is wrong
        sys.stderr.close()
