"""Write extracted quotes as a table, JSON Lines, JSON, CSV or an HTML page.

Each writer writes a document as soon as it has it, so what was written is never
lost when a later document fails or the run is interrupted.

>>> import io, quoteattr
>>> out = io.StringIO()
>>> writer = make_writer("jsonl", out)
>>> writer.begin()
>>> writer.document("d1", "« Oui », dit-il.", quoteattr.extract("« Oui », dit-il."))
>>> writer.end()
>>> out.getvalue().startswith('{"doc_id": "d1"')
True
"""

from __future__ import annotations

import csv
import html
import json
import re
import textwrap
from typing import Any, TextIO

from quoteattr.model import Quote, encodable

FORMATS = ("table", "jsonl", "json", "csv", "html")
CSV_COLUMNS = (
    "doc_id", "start", "end", "kind", "style", "language", "speaker", "speaker_title",
    "speaker_role", "speaker_gender", "speaker_kind", "speaker_text", "speaker_start",
    "speaker_end", "cue", "cue_start", "cue_end", "rule", "confidence", "unclosed", "parts",
    "addressee", "addressee_start", "addressee_end", "text",
)  # fmt: skip


_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _EncodableOutput:
    """A text stream that writes lone surrogates as U+FFFD instead of failing half-way."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(encodable(text))

    def flush(self) -> None:
        self.out.flush()


def spreadsheet_safe(value: str) -> str:
    """A cell that a spreadsheet shows as text, never runs as a formula.

    >>> spreadsheet_safe("=HYPERLINK(1)"), spreadsheet_safe("Oui")
    ("'=HYPERLINK(1)", 'Oui')
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def terminal_safe(text: str) -> str:
    """*text* with control characters (ANSI and OSC escapes among them) shown as U+FFFD.

    >>> terminal_safe("a\\x1b]0;title\\x07b")
    'a�]0;title�b'
    """
    return _TERMINAL_CONTROL.sub("\ufffd", text)


class Writer:
    """Base writer: ``begin()``, then ``document()`` for each document, then ``end()``.

    Whatever the text holds, what is written is well-formed: lone surrogates come out
    as U+FFFD in every format.
    """

    def __init__(self, out: TextIO) -> None:
        self.out: Any = _EncodableOutput(out)

    def begin(self) -> None:
        """Write what comes before the first document."""

    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        """Write one document's quotes; *lang* is the document's language, when known."""
        raise NotImplementedError

    def end(self) -> None:
        """Write what comes after the last document."""


class JsonLinesWriter(Writer):
    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        for quote in quotes:
            self.out.write(json.dumps({"doc_id": doc_id, **quote.to_dict()}, ensure_ascii=False))
            self.out.write("\n")
        self.out.flush()


class JsonWriter(Writer):
    def begin(self) -> None:
        self.out.write("[")
        self.first = True

    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        record = {"id": doc_id, "quotes": [q.to_dict() for q in quotes]}
        self.out.write(("\n" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
        self.first = False
        self.out.flush()

    def end(self) -> None:
        self.out.write("\n]\n")


def csv_row(doc_id: str, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "doc_id": doc_id,
        "start": quote.span.start,
        "end": quote.span.end,
        "kind": quote.kind.value,
        "style": quote.style.value,
        "language": quote.language,
        "speaker": speaker.name if speaker else "",
        "speaker_title": (speaker.title or "") if speaker else "",
        "speaker_role": (speaker.role or "") if speaker else "",
        "speaker_gender": (speaker.gender or "") if speaker else "",
        "speaker_kind": speaker.kind if speaker else "",
        "speaker_text": quote.speaker_text or "",
        "speaker_start": quote.speaker_span.start if quote.speaker_span else "",
        "speaker_end": quote.speaker_span.end if quote.speaker_span else "",
        "cue": quote.cue or "",
        "cue_start": quote.cue_span.start if quote.cue_span else "",
        "cue_end": quote.cue_span.end if quote.cue_span else "",
        "rule": quote.rule or "",
        "confidence": quote.confidence,
        "unclosed": quote.unclosed,
        "parts": json.dumps([[p.start, p.end] for p in quote.parts]),
        "addressee": quote.addressee.name if quote.addressee else "",
        "addressee_start": quote.addressee_span.start if quote.addressee_span else "",
        "addressee_end": quote.addressee_span.end if quote.addressee_span else "",
        "text": quote.text,
    }


class CsvWriter(Writer):
    def begin(self) -> None:
        self.writer = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        for quote in quotes:
            row = csv_row(doc_id, quote)
            self.writer.writerow(
                {k: spreadsheet_safe(v) if isinstance(v, str) else v for k, v in row.items()}
            )
        self.out.flush()


def _short(text: str, width: int) -> str:
    shown = terminal_safe(" ".join(text.split()))
    return textwrap.shorten(shown, width=width, placeholder=" …") or "—"


class TableWriter(Writer):
    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        speech = sum(q.kind.value == "speech" for q in quotes)
        noun = "quote" if len(quotes) == 1 else "quotes"
        self.out.write(f"{terminal_safe(doc_id)}: {len(quotes)} {noun}, {speech} speech\n")
        for quote in quotes:
            speaker = quote.speaker.name if quote.speaker else "—"
            self.out.write(
                f"  {quote.span.start:>7}-{quote.span.end:<7} {quote.kind.value:7} "
                f"{_short(speaker, 24):24} {_short(quote.cue or '—', 16):16} "
                f"{quote.rule or '—':22} {_short(quote.text, 60)}\n"
            )
        self.out.flush()


_PALETTE = (
    "#fde2a7", "#c9e7f5", "#d8f0c8", "#f7cfe0", "#e2d7f7", "#ffd8c2", "#cfeee9", "#eee3c6",
)  # fmt: skip
_PAGE_START = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>quoteattr</title>
<style>
body{font:16px/1.5 Georgia,serif;margin:2em;color:#222;background:#fafafa}
article{display:flex;gap:2em;background:#fff;padding:1.5em;margin-bottom:2em;
  box-shadow:0 1px 3px #0002}
.text{flex:3;white-space:pre-wrap}.side{flex:1;font:14px/1.4 sans-serif}
h2{font:bold 18px sans-serif;margin:0 0 .5em}
mark{border-radius:3px;padding:0 1px}mark.mention{background:#eee;color:#555}
.speaker{text-decoration:underline 2px}.cue{text-decoration:underline dotted 2px}
table{border-collapse:collapse;width:100%}td{padding:2px 6px;border-bottom:1px solid #ddd}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em}
tr[data-speaker]{cursor:pointer}tr.chosen{font-weight:bold}
mark.dimmed{background:none!important;color:#999}
</style></head><body>
<h1>quoteattr</h1>
"""


_PAGE_SCRIPT = """<script>
// Click a speaker in a side table to show only their quotes; click again for all.
// The page is self-contained: no external script, font or style.
(function () {
  var chosen = null;
  function show(name) {
    chosen = chosen === name ? null : name;
    document.querySelectorAll("mark.speech").forEach(function (mark) {
      var mine = chosen === null || mark.getAttribute("data-speaker") === chosen;
      mark.classList.toggle("dimmed", !mine);
    });
    document.querySelectorAll("tr[data-speaker]").forEach(function (row) {
      row.classList.toggle("chosen", row.getAttribute("data-speaker") === chosen);
    });
  }
  document.querySelectorAll("tr[data-speaker]").forEach(function (row) {
    row.addEventListener("click", function () { show(row.getAttribute("data-speaker")); });
  });
  var wanted = new URLSearchParams(location.hash.slice(1)).get("speaker");
  if (wanted) { show(wanted); }  // page.html#speaker=Anne%20Roux opens on that speaker
})();
</script>
"""


def _nests(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """Whether two spans are apart or one holds the other, so their tags nest."""
    return (
        a[1] <= b[0]
        or b[1] <= a[0]
        or (a[0] >= b[0] and a[1] <= b[1])
        or (b[0] >= a[0] and b[1] <= a[1])
    )


class HtmlWriter(Writer):
    """One page: each document with its quotes highlighted, a colour per speaker."""

    def begin(self) -> None:
        self.out.write(_PAGE_START)

    def document(
        self, doc_id: str, text: str, quotes: list[Quote], lang: str | None = None
    ) -> None:
        colours: dict[str, str] = {}
        counts: dict[str, int] = {}
        marks: list[tuple[int, int, str, str]] = []  # start, end, opening tag, closing tag
        for quote in quotes:
            name = quote.speaker.name if quote.speaker else None
            if quote.kind.value == "speech" and name:
                colours.setdefault(name, _PALETTE[len(colours) % len(_PALETTE)])
                counts[name] = counts.get(name, 0) + 1
                style = f' style="background:{colours[name]}"'
                said = f"{name} — {quote.rule or ''}, cue {quote.cue or '—'}, confidence "
                title = html.escape(f"{said}{quote.confidence:.2f}", quote=True)
                opening = (
                    f'<mark class="speech"{style} title="{title}"'
                    f' data-speaker="{html.escape(name, quote=True)}">'
                )
            else:
                opening = f'<mark class="{quote.kind.value}">'
            marks.append((quote.span.start, quote.span.end, opening, "</mark>"))
        highlights: list[tuple[int, int, str, str]] = []
        for quote in quotes:
            for span, cls in ((quote.cue_span, "cue"), (quote.speaker_span, "speaker")):
                if span is None:
                    continue
                candidate = (span.start, span.end, f'<span class="{cls}">', "</span>")
                if candidate not in highlights and all(
                    _nests(candidate, other) for other in marks + highlights
                ):
                    highlights.append(candidate)
        events: list[tuple[int, int, int, str]] = []
        for start, end, opening, closing in marks + highlights:
            events.append((start, 1, start - end, opening))  # outer openers first
            events.append((end, 0, end - start, closing))  # inner closers first
        events.sort(key=lambda e: (e[0], e[1], e[2]))
        pieces = []
        position = 0
        for offset, _, _, tag in events:
            pieces.append(html.escape(text[position:offset]))
            pieces.append(tag)
            position = offset
        pieces.append(html.escape(text[position:]))
        language = f' lang="{html.escape(lang)}"' if lang else ""
        rows = "".join(
            f'<tr data-speaker="{html.escape(n, quote=True)}" title="show only these quotes">'
            f'<td><span class="swatch" style="background:{colours[n]}"></span>'
            f"{html.escape(n)}</td><td>{c}</td></tr>"
            for n, c in sorted(counts.items(), key=lambda item: -item[1])
        )
        self.out.write(
            f'<article{language}><div class="text"><h2>{html.escape(doc_id)}</h2>'
            f"{''.join(pieces)}</div>"
            f'<div class="side"><h2>Speakers</h2><table>{rows}</table>'
            f"<p>{len(quotes)} quotes, {sum(counts.values())} attributed</p></div></article>\n"
        )
        self.out.flush()

    def end(self) -> None:
        self.out.write(_PAGE_SCRIPT + "</body></html>\n")


def make_writer(name: str, out: TextIO) -> Writer:
    """The writer for the format *name*, one of :data:`FORMATS`."""
    writers: dict[str, type[Writer]] = {
        "table": TableWriter,
        "jsonl": JsonLinesWriter,
        "json": JsonWriter,
        "csv": CsvWriter,
        "html": HtmlWriter,
    }
    if name not in writers:
        raise ValueError(f"unknown format {name!r}: use one of {', '.join(FORMATS)}")
    return writers[name](out)
