"""Frozen value types returned by the extractor.

>>> span = Span(5, 10)
>>> span.slice("Il a «dit» hier")
'«dit»'
>>> span.to_dict()
{'start': 5, 'end': 10}
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """*text* with each lone surrogate (which no UTF encoding can write) as U+FFFD.

    One character stands for one, so offsets computed on the input still hold.

    >>> encodable("« Oui \\ud800 non »")
    '« Oui � non »'
    """
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def _encodable_or_none(text: str | None) -> str | None:
    return None if text is None else encodable(text)


class QuoteStyle(str, enum.Enum):
    """The family of quotation marks that delimits a quote."""

    GUILLEMETS = "guillemets"  # « … »
    REVERSED_GUILLEMETS = "reversed_guillemets"  # » … «
    SINGLE_GUILLEMETS = "single_guillemets"  # ‹ … › and › … ‹
    CURLY_DOUBLE = "curly_double"  # “ … ”
    CURLY_SINGLE = "curly_single"  # ‘ … ’
    STRAIGHT_DOUBLE = "straight_double"  # " … "
    STRAIGHT_SINGLE = "straight_single"  # ' … '
    LOW_DOUBLE = "low_double"  # „ … “ and „ … ”
    LOW_SINGLE = "low_single"  # ‚ … ‘ and ‚ … ’
    NEWSWIRE = "newswire"  # `` … '' and '' … ''
    DASH = "dash"  # a dialogue turn opened by —, – or --

    def __str__(self) -> str:
        return self.value


class QuoteKind(str, enum.Enum):
    """Whether a quote reproduces someone's words or only names a phrase."""

    SPEECH = "speech"
    MENTION = "mention"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(order=True)
class Span:
    """A half-open interval ``[start, end)`` of offsets into the caller's string.

    >>> Span(0, 3) < Span(1, 2)
    True
    >>> len(Span(2, 7))
    5
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"a span needs 0 <= start <= end, got start={self.start}, end={self.end}"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Tell whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 8)), Span(0, 5).overlaps(Span(5, 8))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@attrs.frozen
class Speaker:
    """Who a quote is attributed to.

    *kind* is ``"person"``, ``"role"`` (a role phrase with no name, such as
    *le porte-parole du ministère*), ``"organisation"`` or ``"unknown"``.

    >>> Speaker(name="Ghada Waly", title="Mme", gender="f").to_dict()["name"]
    'Ghada Waly'
    """

    name: str
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    kind: str = "person"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": encodable(self.name),
            "title": _encodable_or_none(self.title),
            "role": _encodable_or_none(self.role),
            "gender": self.gender,
            "kind": self.kind,
        }


@attrs.frozen
class Quote:
    """One direct quotation found in a text.

    ``span`` covers the quote with its marks; ``parts`` are the content spans that
    make up what was said (several when an incise interrupts it, or when the quotation
    runs over paragraphs, each reopened by a mark); ``text`` is the
    content between the opening and the closing mark, exactly as in the input.

    >>> import quoteattr
    >>> quote = quoteattr.extract("Il a dit : « Nous ne céderons pas. »")[0]
    >>> quote.text, quote.style, quote.kind
    ('Nous ne céderons pas.', <QuoteStyle.GUILLEMETS: 'guillemets'>, <QuoteKind.SPEECH: 'speech'>)
    """

    span: Span
    text: str
    style: QuoteStyle
    kind: QuoteKind
    language: str
    parts: tuple[Span, ...]
    unclosed: bool = False
    inner: tuple[Quote, ...] = ()
    speaker: Speaker | None = None
    speaker_span: Span | None = None
    speaker_text: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    rule: str | None = None
    confidence: float = 0.0
    addressee: Speaker | None = None
    """Whom the quote is said to, where the text names them: the complement of its cue
    ("said Alice to the Hatter", « dit-il à sa sœur ») or a character it calls by name
    ("Come here, Frank")."""
    addressee_span: Span | None = None
    """The words that name the addressee: the cue's complement, or the name called."""

    @property
    def content(self) -> Span:
        """The span from the first to the last character of the content."""
        return Span(self.parts[0].start, self.parts[-1].end)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output (extra keys are ignored).

        >>> import quoteattr
        >>> quote = quoteattr.extract("« Oui », a dit Mme Roux.")[0]
        >>> Quote.from_dict(quote.to_dict()) == quote
        True
        """

        def span(value: dict[str, int] | None) -> Span | None:
            return None if value is None else Span(value["start"], value["end"])

        speaker = data.get("speaker")
        addressee = data.get("addressee")
        return cls(
            span=Span(data["span"]["start"], data["span"]["end"]),
            text=data["text"],
            style=QuoteStyle(data["style"]),
            kind=QuoteKind(data["kind"]),
            language=data.get("language", ""),
            parts=tuple(Span(p["start"], p["end"]) for p in data["parts"]),
            unclosed=bool(data.get("unclosed", False)),
            inner=tuple(cls.from_dict(q) for q in data.get("inner", ())),
            speaker=None if speaker is None else Speaker(**speaker),
            speaker_span=span(data.get("speaker_span")),
            speaker_text=data.get("speaker_text"),
            cue=data.get("cue"),
            cue_span=span(data.get("cue_span")),
            rule=data.get("rule"),
            confidence=float(data.get("confidence", 0.0)),
            addressee=None if addressee is None else Speaker(**addressee),
            addressee_span=span(data.get("addressee_span")),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary of every field.

        JSON-ready means any encoder can write it: a lone surrogate of the input
        (valid in a ``str``, never in UTF-8) comes out as U+FFFD, one for one.
        """
        return {
            "span": self.span.to_dict(),
            "text": encodable(self.text),
            "style": self.style.value,
            "kind": self.kind.value,
            "language": self.language,
            "parts": [part.to_dict() for part in self.parts],
            "unclosed": self.unclosed,
            "inner": [quote.to_dict() for quote in self.inner],
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "speaker_span": None if self.speaker_span is None else self.speaker_span.to_dict(),
            "speaker_text": _encodable_or_none(self.speaker_text),
            "cue": _encodable_or_none(self.cue),
            "cue_span": None if self.cue_span is None else self.cue_span.to_dict(),
            "rule": self.rule,
            "confidence": self.confidence,
            "addressee": None if self.addressee is None else self.addressee.to_dict(),
            "addressee_span": None
            if self.addressee_span is None
            else self.addressee_span.to_dict(),
        }
