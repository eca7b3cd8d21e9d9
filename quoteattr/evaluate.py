"""Score extracted quotes against gold annotations in the shared JSON Lines format.

The definitions are those of ``docs/evaluation.md``: a unit is one contiguous
quoted fragment; its *content* is the span with quotation marks, spaces and edge
punctuation stripped from both ends; predictions and gold units are matched one
to one when overlap / union of their contents reaches a threshold.

>>> gold = GoldDocument(id="d", lang="fr", text="Il a dit « oui, bien sûr ».",
...     quotes=(GoldQuote(start=9, end=26, speaker="il", speaker_start=0, speaker_end=2),))
>>> result = evaluate([gold])
>>> result.f1, result.speaker_total
(1.0, 1)
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from quoteattr.extractor import Extractor
from quoteattr.lang import available_languages
from quoteattr.model import Quote, QuoteKind, Span

STRIPPED = frozenset(" \t\n\r\u00a0\u2009\u202f,.;:!?…«»‹›“”„‚‘’\"'`—–-")
"""What is stripped from both ends of a unit before it is compared."""
_TITLES = frozenset(
    [
        "m",
        "mme",
        "mlle",
        "mmes",
        "mm",
        "me",
        "dr",
        "pr",
        "mgr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "rev",
        "sir",
        "dame",
    ]
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ARTICLES = frozenset(["the", "a", "an", "le", "la", "les", "l", "un", "une"])


@attrs.frozen
class GoldQuote:
    """One annotated quote of a gold document."""

    start: int
    end: int
    type: str = "direct"
    kind: str = "speech"
    fragments: tuple[tuple[int, int], ...] = ()
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    addressees: tuple[str, ...] = ()
    """Whom the quote is said to, where the corpus says (PDNC's ``addressees``)."""

    @property
    def is_target(self) -> bool:
        return self.type == "direct" and self.kind == "speech"

    def units(self) -> tuple[tuple[int, int], ...]:
        return self.fragments or ((self.start, self.end),)


@attrs.frozen
class GoldDocument:
    id: str
    lang: str | None
    text: str
    quotes: tuple[GoldQuote, ...]


class GoldFormatError(ValueError):
    """A gold file line that is not a document in the expected format."""


GOLD_TYPES = ("direct", "mixed", "indirect")
GOLD_KINDS = ("speech", "mention")


def _offset(raw: dict[str, Any], key: str, length: int) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldFormatError(f"{key!r} must be a whole number, got {value!r}")
    if not 0 <= value <= length:
        raise GoldFormatError(f"{key!r} is {value}, outside the text (0 to {length})")
    return value


def _span(raw: dict[str, Any], start_key: str, end_key: str, length: int) -> tuple[int, int]:
    start, end = _offset(raw, start_key, length), _offset(raw, end_key, length)
    if start > end:
        raise GoldFormatError(f"{start_key!r} {start} is after {end_key!r} {end}")
    return start, end


def _choice(raw: dict[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = raw.get(key) or choices[0]
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise GoldFormatError(
            f"{key!r} is {value!r}: use one of {allowed} (absent means {choices[0]!r})"
        )
    return str(value)


def _gold_quote(raw: dict[str, Any], length: int) -> GoldQuote:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"a quote must be an object, got {type(raw).__name__}")
    start, end = _offset(raw, "start", length), _offset(raw, "end", length)
    if start > end and not raw.get("fragments"):  # with fragments, they are what is scored
        raise GoldFormatError(f"'start' {start} is after 'end' {end}")
    fragments = []
    for fragment in raw.get("fragments") or ():
        if not isinstance(fragment, (list, tuple)) or len(fragment) != 2:
            raise GoldFormatError(f"a fragment must be [start, end], got {fragment!r}")
        fragments.append(_span({"fragment start": fragment[0], "fragment end": fragment[1]},
                               "fragment start", "fragment end", length))  # fmt: skip
    speaker_start = (
        None if raw.get("speaker_start") is None else _offset(raw, "speaker_start", length)
    )
    speaker_end = None if raw.get("speaker_end") is None else _offset(raw, "speaker_end", length)
    if (speaker_start is None) != (speaker_end is None):
        raise GoldFormatError("give both 'speaker_start' and 'speaker_end', or neither")
    if speaker_start is not None and speaker_end is not None and speaker_start > speaker_end:
        raise GoldFormatError(
            f"'speaker_start' {speaker_start} is after 'speaker_end' {speaker_end}"
        )
    speaker = raw.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise GoldFormatError(f"'speaker' must be a string or null, got {speaker!r}")
    addressees = raw.get("addressees") or []
    if not isinstance(addressees, list) or not all(isinstance(a, str) for a in addressees):
        raise GoldFormatError(f"'addressees' must be a list of strings, got {addressees!r}")
    return GoldQuote(
        start=start,
        end=end,
        type=_choice(raw, "type", GOLD_TYPES),
        kind=_choice(raw, "kind", GOLD_KINDS),
        fragments=tuple(fragments),
        speaker=speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        addressees=tuple(addressees),
    )


def _json_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSON Lines file, with their numbers (lines end at \\n only)."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8").removeprefix("\ufeff")
            except UnicodeDecodeError as error:
                msg = f"{path}, line {number}: not UTF-8 text (byte {error.start})"
                raise GoldFormatError(msg) from error
            if line.strip():
                yield number, line


def _gold_document(raw: Any, number: int) -> GoldDocument:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"a document must be an object, got {type(raw).__name__}")
    text = raw.get("text")
    if not isinstance(text, str):
        raise GoldFormatError("no string field 'text'")
    lang = raw.get("lang")
    if lang is not None and lang not in available_languages():
        known = ", ".join(repr(c) for c in available_languages())
        raise GoldFormatError(f"'lang' is {lang!r}: use one of {known}, or leave it out")
    quotes = raw.get("quotes", ())
    if not isinstance(quotes, list):
        raise GoldFormatError("'quotes' must be a list")
    return GoldDocument(
        id=str(raw.get("id", f"line-{number}")),
        lang=lang,
        text=text,
        quotes=tuple(_gold_quote(q, len(text)) for q in quotes),
    )


def read_gold(path: str | Path) -> Iterator[GoldDocument]:
    """Yield the documents of a gold JSON Lines file; a bad line raises with its number.

    Offsets are checked against the text, ``type`` and ``kind`` against the values the
    scoring knows, ``lang`` against the languages quoteattr has.
    """
    for number, line in _json_lines(path):
        try:
            yield _gold_document(json.loads(line), number)
        except (ValueError, KeyError, TypeError) as error:
            msg = f"{path}, line {number}: not a gold document ({error})"
            raise GoldFormatError(msg) from error


def check_scorable(
    path: str | Path,
    documents: dict[str, GoldDocument],
    predicted: dict[str, list[Quote]] | None = None,
) -> None:
    """Raise :class:`GoldFormatError` when there is nothing to score or predictions do not fit.

    A gold file with no annotated quote would score 0 and say nothing; predictions for
    documents the gold does not hold, or spans past their text, come from another corpus.
    """
    if not any(document.quotes for document in documents.values()):
        raise GoldFormatError(f"{path}: no quote is annotated in it, so there is nothing to score")
    if predicted is None:
        return
    unknown = [doc_id for doc_id in predicted if doc_id not in documents]
    if unknown:
        shown = ", ".join(repr(d) for d in unknown[:3]) + (" …" if len(unknown) > 3 else "")
        raise GoldFormatError(
            f"{len(unknown)} predicted document(s) are not in {path} ({shown}): "
            "predict on the gold file's texts, with their ids"
        )
    for doc_id, quotes in predicted.items():
        length = len(documents[doc_id].text)
        for quote in quotes:
            if quote.span.end > length or quote.span.start < 0:
                raise GoldFormatError(
                    f"a prediction for {doc_id!r} spans {quote.span.start}-{quote.span.end}, "
                    f"outside its gold text of {length} characters"
                )


def content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip marks, spaces and edge punctuation from both ends of ``text[start:end]``.

    >>> content("« Oui ! »", 0, 9)
    (2, 5)
    """
    while start < end and text[start] in STRIPPED:
        start += 1
    while end > start and text[end - 1] in STRIPPED:
        end -= 1
    return start, end


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


@functools.lru_cache(maxsize=65536)  # a document's few speakers are compared again and again
def fold_name(name: str) -> frozenset[str]:
    """The words of a name, lower-cased, without accents or titles.

    >>> sorted(fold_name("Mme Ghada Waly"))
    ['ghada', 'waly']
    """
    decomposed = unicodedata.normalize("NFKD", name.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return frozenset(w for w in _WORD.findall(bare) if w not in _TITLES)


@functools.lru_cache(maxsize=65536)
def names_agree(a: str | None, b: str | None) -> bool:
    """Tell whether one name's words contain the other's.

    >>> names_agree("Waly", "Mme Ghada Waly"), names_agree("Waly", "Dupont")
    (True, False)
    """
    if not a or not b:
        return False
    words_a, words_b = fold_name(a), fold_name(b)
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


@attrs.frozen
class Unit:
    """A predicted unit: one part of one predicted speech quote."""

    doc_id: str
    start: int
    end: int
    quote: Quote


SPEAKER_ERROR_KINDS = ("none", "wrong entity", "name cut", "role unresolved", "not a speaker")
"""The kinds a wrong speaker is put in, in the order they are tested."""


@attrs.frozen
class Match:
    doc_id: str
    gold: GoldQuote
    gold_unit: tuple[int, int]
    predicted: Unit
    speaker_right: bool | None
    speaker_error: str | None = None
    """One of :data:`SPEAKER_ERROR_KINDS` when the speaker is wrong."""


@attrs.frozen
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> Counts:
        return Counts(
            self.true_positives + tp, self.false_positives + fp, self.false_negatives + fn
        )


@attrs.frozen
class Evaluation:
    """Scores over a set of documents, with every match and error kept."""

    counts: Counts
    speaker_total: int
    speaker_correct: int
    threshold: float
    by_rule: dict[str, Counts]
    by_style: dict[str, Counts]
    matches: tuple[Match, ...] = attrs.field(repr=False)
    missed: tuple[tuple[str, GoldQuote, tuple[int, int]], ...] = attrs.field(repr=False)
    spurious: tuple[Unit, ...] = attrs.field(repr=False)

    @property
    def precision(self) -> float:
        return self.counts.precision

    @property
    def recall(self) -> float:
        return self.counts.recall

    @property
    def f1(self) -> float:
        return self.counts.f1

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    @property
    def addressees(self) -> tuple[int, int, int]:
        """Of the matched quotes: how many have a gold addressee, how many a predicted
        one, and how many of those agree with one of the gold addressees."""
        gold = sum(1 for m in self.matches if m.gold.addressees)
        predicted = [m for m in self.matches if m.predicted.quote.addressee is not None]
        right = sum(
            1
            for m in predicted
            if m.predicted.quote.addressee is not None
            and any(names_agree(a, m.predicted.quote.addressee.name) for a in m.gold.addressees)
        )
        return gold, len(predicted), right

    @property
    def speaker_errors(self) -> dict[str, int]:
        """How many wrong speakers of each of :data:`SPEAKER_ERROR_KINDS`."""
        found = [m.speaker_error for m in self.matches if m.speaker_error is not None]
        return {kind: found.count(kind) for kind in SPEAKER_ERROR_KINDS}

    def summary(self) -> dict[str, Any]:
        """The figures as a JSON-ready dictionary."""

        def table(groups: dict[str, Counts]) -> dict[str, dict[str, float | int]]:
            return {
                key: {
                    "tp": c.true_positives,
                    "fp": c.false_positives,
                    "fn": c.false_negatives,
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                }
                for key, c in sorted(groups.items())
            }

        return {
            "threshold": self.threshold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.counts.true_positives,
            "false_positives": self.counts.false_positives,
            "false_negatives": self.counts.false_negatives,
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_correct": self.speaker_correct,
            "speaker_total": self.speaker_total,
            "speaker_errors": self.speaker_errors,
            "addressees": dict(zip(("gold", "predicted", "right"), self.addressees, strict=True)),
            "by_rule": table(self.by_rule),
            "by_style": table(self.by_style),
        }


def _speaker_right(text: str, gold: GoldQuote, quote: Quote) -> bool:
    if quote.speaker is None and quote.speaker_span is None:
        return False
    if (
        quote.speaker_span is not None
        and gold.speaker_start is not None
        and gold.speaker_end is not None
        and quote.speaker_span.overlaps(Span(gold.speaker_start, gold.speaker_end))
    ):
        return True
    names = (quote.speaker.name if quote.speaker else None, quote.speaker_text)
    return any(names_agree(gold.speaker, name) for name in names)


def speaker_error_kind(document: GoldDocument, gold: GoldQuote, quote: Quote) -> str:
    """Say what kind of mistake a wrong speaker is.

    *none*: no speaker, or a pronoun left unresolved. *wrong entity*: the predicted
    speaker is another speaker of the same document. *name cut*: the predicted name
    shares words with the gold one but neither holds the other (a name cut short or run
    on).
    *role unresolved*: a role phrase where the gold names a person. *not a speaker*: a
    phrase that speaks nowhere in the document (a date, a place, an outlet, a fragment).

    >>> from quoteattr.model import QuoteStyle, Speaker
    >>> doc = GoldDocument(id="d", lang="en", text="", quotes=(
    ...     GoldQuote(0, 1, speaker="Ann Lee"), GoldQuote(2, 3, speaker="Bob Ray")))
    >>> def kind(name, kind="person"):
    ...     quote = Quote(span=Span(0, 1), text="", style=QuoteStyle.CURLY_DOUBLE,
    ...         kind=QuoteKind.SPEECH, language="en", parts=(Span(0, 1),),
    ...         speaker=Speaker(name, kind=kind) if name else None)
    ...     return speaker_error_kind(doc, doc.quotes[0], quote)
    >>> kind(None), kind("Ray"), kind("Ann Smith"), kind("the mayor", "role"), kind("Monday")
    ('none', 'wrong entity', 'name cut', 'role unresolved', 'not a speaker')
    """
    if quote.speaker is None:
        return "none"
    span = quote.speaker_span
    for other in document.quotes:
        if other.speaker is None or names_agree(other.speaker, gold.speaker):
            continue
        if names_agree(other.speaker, quote.speaker.name) or (
            span is not None
            and other.speaker_start is not None
            and other.speaker_end is not None
            and span.overlaps(Span(other.speaker_start, other.speaker_end))
        ):
            return "wrong entity"
    predicted = _name_words(quote.speaker.name) | _name_words(quote.speaker_text or "")
    if gold.speaker and predicted & _name_words(gold.speaker):
        return "name cut"
    if quote.speaker.kind == "role" and gold.speaker and _names_someone(gold.speaker):
        return "role unresolved"
    return "not a speaker"


def _name_words(phrase: str) -> frozenset[str]:
    capitalised = " ".join(w for w in _WORD.findall(phrase) if w[:1].isupper())
    return fold_name(capitalised) - _ARTICLES


def _names_someone(phrase: str) -> bool:
    return any(word[:1].isupper() for word in _WORD.findall(phrase))


def _predicted_units(doc_id: str, quotes: Iterable[Quote]) -> list[Unit]:
    return [
        Unit(doc_id, part.start, part.end, quote)
        for quote in quotes
        if quote.kind is QuoteKind.SPEECH
        for part in quote.parts
    ]


def _score_document(
    document: GoldDocument, quotes: Sequence[Quote], threshold: float
) -> tuple[list[Match], list[tuple[GoldQuote, tuple[int, int]]], list[Unit]]:
    text = document.text
    targets: list[tuple[GoldQuote, tuple[int, int]]] = []
    neutral: list[tuple[int, int]] = []
    for gold in document.quotes:
        for unit in gold.units():
            stripped = content(text, *unit)
            if stripped[0] == stripped[1]:
                continue
            if gold.is_target:
                targets.append((gold, stripped))
            elif gold.type in ("mixed", "indirect"):
                neutral.append(stripped)
    predicted = _predicted_units(document.id, quotes)
    predicted_content = [content(text, u.start, u.end) for u in predicted]
    candidates = sorted(
        (
            (ratio, g, p)
            for g, (_, gold_span) in enumerate(targets)
            for p, span in enumerate(predicted_content)
            if (ratio := overlap_ratio(gold_span, span)) >= threshold
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches: list[Match] = []
    for _, g, p in candidates:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        gold, gold_span = targets[g]
        quote = predicted[p].quote
        right = _speaker_right(text, gold, quote) if gold.speaker else None
        error = speaker_error_kind(document, gold, quote) if right is False else None
        matches.append(Match(document.id, gold, gold_span, predicted[p], right, error))
    missed = [targets[g] for g in range(len(targets)) if g not in used_gold]
    spurious = []
    for p, prediction in enumerate(predicted):
        if p in used_predicted:
            continue
        start, end = predicted_content[p]
        if end <= start:
            continue
        inside = max((min(end, b) - max(start, a) for a, b in neutral), default=0)
        if inside * 2 >= end - start:
            continue
        spurious.append(prediction)
    return matches, missed, spurious


def evaluate(
    documents: Iterable[GoldDocument],
    predict: Callable[[GoldDocument], Sequence[Quote]] | None = None,
    threshold: float = 0.5,
) -> Evaluation:
    """Score *predict* (by default a fresh extractor in each document's language)."""
    if predict is None:
        extractors: dict[str | None, Extractor] = {}

        def predict(document: GoldDocument) -> Sequence[Quote]:
            if document.lang not in extractors:
                extractors[document.lang] = Extractor(lang=document.lang)
            return extractors[document.lang].extract(document.text)

    counts = Counts()
    by_rule: dict[str, Counts] = {}
    by_style: dict[str, Counts] = {}
    all_matches: list[Match] = []
    all_missed: list[tuple[str, GoldQuote, tuple[int, int]]] = []
    all_spurious: list[Unit] = []
    for document in documents:
        matches, missed, spurious = _score_document(document, predict(document), threshold)
        counts = counts.add(tp=len(matches), fp=len(spurious), fn=len(missed))
        for unit, tp in [(m.predicted, 1) for m in matches] + [(u, 0) for u in spurious]:
            rule = unit.quote.rule or "none"
            style = unit.quote.style.value
            by_rule[rule] = by_rule.get(rule, Counts()).add(tp=tp, fp=1 - tp)
            by_style[style] = by_style.get(style, Counts()).add(tp=tp, fp=1 - tp)
        all_matches.extend(matches)
        all_missed.extend((document.id, gold, span) for gold, span in missed)
        all_spurious.extend(spurious)
    judged = [m for m in all_matches if m.speaker_right is not None]
    return Evaluation(
        counts=counts,
        speaker_total=len(judged),
        speaker_correct=sum(1 for m in judged if m.speaker_right),
        threshold=threshold,
        by_rule=by_rule,
        by_style=by_style,
        matches=tuple(all_matches),
        missed=tuple(all_missed),
        spurious=tuple(all_spurious),
    )


def predictions_from_jsonl(path: str | Path) -> dict[str, list[Quote]]:
    """Read predictions in the ``jsonl`` output format of ``quoteattr extract``, by document."""
    by_document: dict[str, list[Quote]] = {}
    for number, line in _json_lines(path):
        try:
            record = json.loads(line)
            by_document.setdefault(str(record["doc_id"]), []).append(Quote.from_dict(record))
        except (ValueError, KeyError, TypeError) as error:
            msg = f"{path}, line {number}: not a prediction ({error})"
            raise ValueError(msg) from error
    return by_document
