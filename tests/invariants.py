"""Invariants every extraction result must satisfy, whatever the text."""

from __future__ import annotations

from quoteattr import Quote
from quoteattr.marks import FAMILIES, OPENERS

OPENING_MARKS = tuple(sorted(set(OPENERS) | {"—", "–", "--"}, key=len, reverse=True))
CLOSING_MARKS = tuple(
    sorted({c for f in FAMILIES.values() for c in f.closers} | {'"'}, key=len, reverse=True)
)


def check_invariants(text: str, quotes: list[Quote]) -> None:
    previous_end = -1
    for quote in quotes:
        span = quote.span
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end, "quotes overlap or are out of order"
        previous_end = span.end
        raw = text[span.start : span.end]
        assert raw.startswith(OPENING_MARKS), f"{raw!r} does not start with an opening mark"
        if not quote.unclosed and quote.style.value != "dash":
            assert raw.endswith(CLOSING_MARKS), f"{raw!r} does not end with a closing mark"
        assert quote.parts, "a quote has at least one part"
        assert quote.text == text[quote.parts[0].start : quote.parts[-1].end]
        assert quote.text == quote.text.strip()
        for part in quote.parts:
            assert span.start < part.start <= part.end <= span.end
        for earlier, later in zip(quote.parts, quote.parts[1:], strict=False):
            assert earlier.end <= later.start
        for inner in quote.inner:
            assert span.start < inner.span.start
            assert inner.span.end <= span.end
        for field in (quote.speaker_span, quote.cue_span, quote.addressee_span):
            if field is not None:
                assert 0 <= field.start < field.end <= len(text)
        if quote.cue_span is not None:
            assert quote.cue == text[quote.cue_span.start : quote.cue_span.end]
        if quote.speaker_span is not None:
            assert quote.speaker_text == text[quote.speaker_span.start : quote.speaker_span.end]
        if quote.addressee_span is not None:
            assert quote.addressee is not None


def check_writers(text: str, quotes: list[Quote]) -> None:
    """Every output format writes *quotes* as well-formed text that encodes to UTF-8."""
    import csv
    import io
    import json
    from html.parser import HTMLParser

    from quoteattr.output import FORMATS, make_writer

    for fmt in FORMATS:
        out = io.StringIO()
        writer = make_writer(fmt, out)
        writer.begin()
        writer.document("doc", text, quotes, "fr")
        writer.end()
        written = out.getvalue()
        written.encode("utf-8")  # strict: no lone surrogate reaches a file
        if fmt == "jsonl":
            assert len([json.loads(line) for line in written.splitlines()]) == len(quotes)
        elif fmt == "json":
            assert len(json.loads(written)[0]["quotes"]) == len(quotes)
        elif fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(written)))) == len(quotes)
        elif fmt == "html":
            parser = HTMLParser()
            parser.feed(written)
            parser.close()
            assert written.count("<mark") == written.count("</mark>")
        else:
            assert "\x1b" not in written


def check_everything(text: str) -> None:
    """What the fuzzer and its regression cases check: every language, every writer."""
    import quoteattr

    for lang in (None, "fr", "en"):
        quotes = quoteattr.extract(text, lang=lang)
        check_invariants(text, quotes)
    check_writers(text, quotes)
