"""quoteattr as a spaCy pipeline component (``pip install 'quoteattr[spacy]'``).

The factory is registered through spaCy's ``spacy_factories`` entry point, so any
pipeline, a blank one included, can add it by name::

    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp(text)
    doc._.quotes              # the Quote objects, as quoteattr.extract gives them
    doc.spans["quotes"]       # one span per quote, with span._.quote and span._.speaker

The language is the pipeline's (``nlp.lang``) unless the config names one (``lang``),
``"auto"`` to let quoteattr tell French from English by itself.

Character offsets are mapped to tokens with ``Doc.char_span(..., alignment_mode="expand")``:
a quote whose edge falls inside a token (a tokenizer that keeps « or " attached to a
word, say) covers that whole token, so no quote is ever lost; ``span._.quote.span``
keeps the exact character offsets.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr.config import Config
from quoteattr.extractor import Extractor
from quoteattr.lang import available_languages
from quoteattr.model import Quote, QuoteKind

SPANS_KEY = "quotes"


def _register_extensions() -> None:
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)
    if not Span.has_extension("quote"):
        Span.set_extension("quote", default=None)
    if not Span.has_extension("speaker"):
        Span.set_extension("speaker", default=None)


class QuoteAttributor:
    """The component: finds the quotes of each ``Doc`` and stores them on it."""

    def __init__(self, lang: str | None, include_mentions: bool, spans_key: str) -> None:
        _register_extensions()
        self.extractor = Extractor(lang=lang, config=Config(include_mentions=include_mentions))
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        quotes = self.extractor.extract(doc.text)
        doc._.quotes = quotes
        spans = []
        for quote in quotes:
            span = doc.char_span(
                quote.span.start,
                quote.span.end,
                label=quote.kind.value,
                alignment_mode="expand",
            )
            if span is None:  # only for a span of nothing but whitespace, which a quote never is
                continue
            span._.quote = quote
            span._.speaker = quote.speaker
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def speech(doc: Doc) -> list[Quote]:
    """The quotes of *doc* that are speech, in order."""
    return [q for q in doc._.quotes or [] if q.kind is QuoteKind.SPEECH]


@Language.factory(
    "quoteattr",
    default_config={"lang": None, "include_mentions": True, "spans_key": SPANS_KEY},
)
def make_quoteattr(
    nlp: Language, name: str, lang: str | None, include_mentions: bool, spans_key: str
) -> QuoteAttributor:
    """Build the component; *lang* ``None`` means the pipeline's own language.

    A pipeline in a language quoteattr has no rules for (or *lang* ``"auto"``) lets
    quoteattr tell French from English text by text; a *lang* it does not know raises.
    """
    if lang is None:
        code = nlp.lang if nlp.lang in available_languages() else None
    else:
        code = None if lang == "auto" else lang
    return QuoteAttributor(code, include_mentions, spans_key)


__all__ = ["SPANS_KEY", "QuoteAttributor", "make_quoteattr", "speech"]
