"""The extractor: detection, classification and attribution behind one call."""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs
import regex

from quoteattr.attribute import Attribution, merge_interrupted
from quoteattr.classify import (
    TITLE_WORDS,
    classify,
    governs_fragment,
    is_clause,
    is_fragment,
    is_label,
    is_named,
)
from quoteattr.config import Config
from quoteattr.detect import DASH_FAMILY, Found, find_quotes
from quoteattr.errors import UnknownLanguageError, type_error_for_text
from quoteattr.grammar import Grammar, Mention, get_grammar, has_grammar
from quoteattr.lang import Language, available_languages, get_language
from quoteattr.langid import guess_language
from quoteattr.marks import FAMILIES
from quoteattr.model import Quote, QuoteKind, QuoteStyle, Span, Speaker
from quoteattr.names import forget_phrases
from quoteattr.resolve import Pending, resolve
from quoteattr.sieve import DocumentContext, QuoteAt, attribute
from quoteattr.wordlist import SERIAL


def _language_or_auto(value: str | None) -> str | None:
    return None if value == "auto" else value


def _check_language(
    _instance: object, _attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value not in available_languages():
        raise UnknownLanguageError(value, available_languages())


_COMBINING_SEQUENCE = regex.compile(r"(?s).\p{M}+")


WRAPPED_MIN_LINES = 20
_WRAPPED_BREAK = regex.compile(r"(?<=[^\n])\r?\n(?=[^\s\p{Zs}])")
"""A line break inside a paragraph of hard-wrapped text: not after nor before a blank line
or an indented line."""


def unwrapped(text: str) -> str | None:
    r"""*text* with the line breaks inside its paragraphs as spaces, when it is hard-wrapped.

    Project Gutenberg and most digitised books wrap lines at about 70 characters and
    mark paragraphs with a blank line (or an indent): there, a single line break is a
    space. A text is taken as wrapped by its own line lengths: at least
    ``WRAPPED_MIN_LINES`` lines, nine in ten no longer than 90 characters, the median
    at least 45 and at least seven tenths of that 90th percentile, and three in ten
    lines going on in the next. Every character keeps its offset (a break becomes as
    many spaces), so the spans found in the view are spans of *text*. ``None`` when
    the text is not wrapped.

    >>> line = "the quick brown fox jumps over the lazy dog and runs far away again"
    >>> text = "\n\n".join("\n".join([line] * 3) for _ in range(10))
    >>> view = unwrapped(text)
    >>> len(view) == len(text), view.count("\n"), unwrapped(line) is None
    (True, 18, True)
    """
    if text.count("\n") < WRAPPED_MIN_LINES:
        return None
    lengths = []
    going_on = 0
    previous_blank = True
    for line in text.split("\n"):
        blank = not line.strip()
        if not blank:
            lengths.append(len(line))
            going_on += not previous_blank
        previous_blank = blank
    if len(lengths) < WRAPPED_MIN_LINES:
        return None
    lengths.sort()
    p90 = lengths[int(0.9 * len(lengths))]
    median = lengths[len(lengths) // 2]
    if p90 > 90 or median < 45 or median < 0.7 * p90 or going_on < 0.3 * len(lengths):
        return None
    view: str = _WRAPPED_BREAK.sub(lambda m: " " * len(m.group()), text)
    return view


FICTION_MIN_CHARS = 40_000
FICTION_MIN_TURNS = 30
_TURN_OPENING = regex.compile(r"\n[\s\p{Zs}]*+[«“\"‘—–]")


def looks_like_fiction(text: str) -> bool:
    r"""Whether *text* reads as a novel: long, with many paragraphs that open with a quote.

    At least ``FICTION_MIN_CHARS`` characters, ``FICTION_MIN_TURNS`` paragraphs opening
    with a quotation mark or a dash, and those at least 15 % of the paragraphs. A news
    article is a few thousand characters; the novels of the shared corpora have 18 % to
    78 % of their paragraphs so.

    >>> looks_like_fiction("« Oui », dit-il.\n" * 10), looks_like_fiction('"Yes."\n' * 8000)
    (False, True)
    """
    if len(text) < FICTION_MIN_CHARS:
        return False
    turns = len(_TURN_OPENING.findall(text)) + (text[:1] in '«“"‘—–')
    if turns < FICTION_MIN_TURNS:
        return False
    paragraphs = sum(1 for line in text.split("\n") if line.strip())
    return turns >= 0.15 * paragraphs


def _in_original(quote: Quote, view: str, original: str) -> Quote:
    """*quote*, found in *view* (same offsets as *original*), with its words from *original*."""

    def same_words(span: Span | None, said: str | None) -> str | None:
        if span is None or said is None or span.slice(view) != said:
            return said
        return span.slice(original)

    return attrs.evolve(
        quote,
        text=original[quote.parts[0].start : quote.parts[-1].end],
        inner=tuple(_in_original(inner, view, original) for inner in quote.inner),
        speaker_text=same_words(quote.speaker_span, quote.speaker_text),
        cue=same_words(quote.cue_span, quote.cue),
    )


class _Composed:
    """A text with its combining sequences composed (NFC), and the way back to the original.

    Text typed or exported in decomposed form (« e » + U+0301 for « é ») would match no
    cue word; the rules read the composed text, and every offset they return is mapped
    back to the caller's string, which is never changed.
    """

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self.composed_starts: list[int] = []  # where each changed sequence starts, composed
        self.changes: list[tuple[int, int, int]] = []  # its composed length, original start, end
        at = 0
        shift = 0  # composed offset minus original offset, before the current sequence
        for match in _COMBINING_SEQUENCE.finditer(text):
            sequence = match.group()
            composed = unicodedata.normalize("NFC", sequence)
            if composed == sequence:
                continue
            start, end = match.span()
            pieces.append(text[at:start])
            pieces.append(composed)
            self.composed_starts.append(start + shift)
            self.changes.append((len(composed), start, end))
            shift += len(composed) - len(sequence)
            at = end
        pieces.append(text[at:])
        self.text = "".join(pieces)

    def original(self, offset: int) -> int:
        """The offset in the original text of *offset* in the composed one."""
        i = bisect.bisect_right(self.composed_starts, offset) - 1
        if i < 0:
            return offset
        length, start, end = self.changes[i]
        inside = offset - self.composed_starts[i]
        if inside == 0:
            return start
        if inside < length:
            return end  # inside a composed sequence: the whole sequence
        return end + inside - length

    def span(self, span: Span) -> Span:
        return Span(self.original(span.start), self.original(span.end))

    def quote(self, quote: Quote, original: str) -> Quote:
        parts = tuple(self.span(part) for part in quote.parts)

        def same_words(span: Span | None, said: str | None) -> str | None:
            if span is None or said is None or span.slice(self.text) != said:
                return said
            return self.span(span).slice(original)

        return attrs.evolve(
            quote,
            span=self.span(quote.span),
            parts=parts,
            text=original[parts[0].start : parts[-1].end],
            inner=tuple(self.quote(inner, original) for inner in quote.inner),
            speaker_span=self.span(quote.speaker_span) if quote.speaker_span else None,
            addressee_span=self.span(quote.addressee_span) if quote.addressee_span else None,
            speaker_text=same_words(quote.speaker_span, quote.speaker_text),
            cue_span=self.span(quote.cue_span) if quote.cue_span else None,
            cue=same_words(quote.cue_span, quote.cue),
        )


def _style(family: str) -> QuoteStyle:
    return QuoteStyle.DASH if family == DASH_FAMILY else FAMILIES[family].style


def _lower_first(phrase: str, grammar: Grammar) -> str:
    """« La directrice exécutive » → « la directrice exécutive », but « White House » stays."""
    words = phrase.split()
    if not words or not words[0][:1].isupper():
        return phrase
    nouns = (grammar.determiners, grammar.role_nouns, grammar.indefinite_pronouns)
    first = words[0].lower()
    if any(first in table for table in nouns) or first.rstrip("'’") in ("l", "d"):
        return phrase[0].lower() + phrase[1:]
    return phrase


def _speaker(mention: Mention, grammar: Grammar) -> Speaker:
    role = _lower_first(mention.role, grammar) if mention.role else None
    if mention.name:
        name = mention.name
    elif mention.kind in ("role", "organisation"):
        name = _lower_first(mention.text, grammar)
    else:
        name = mention.text
    return Speaker(
        name=name, title=mention.title, role=role, gender=mention.gender, kind=mention.kind
    )


@attrs.frozen
class Extractor:
    """Finds and attributes the quotes of texts in one language (or any, with ``None``).

    Build it once and reuse it; it is immutable and can be pickled.

    >>> extractor = Extractor(lang="en")
    >>> [q.text for q in extractor.extract('"We will not back down," she said.')]  # text
    ['We will not back down,']
    """

    lang: str | None = attrs.field(
        default=None, converter=_language_or_auto, validator=_check_language
    )
    config: Config = attrs.field(factory=Config, validator=attrs.validators.instance_of(Config))

    def extract(self, text: str) -> list[Quote]:
        """Return the quotes of *text*, sorted by position.

        Offsets are into *text* as given, even when it is in decomposed form:

        >>> text = "« Oui », a de\u0301clare\u0301 Mme Roux."
        >>> [(q.speaker_text, q.cue) for q in Extractor(lang="fr").extract(text)]  # spoken
        [('Roux', 'a déclaré')]
        """
        if not isinstance(text, str):
            raise type_error_for_text(text)
        if not text:
            return []
        view = unwrapped(text) if self.config.unwrap_lines else None
        read = text if view is None else view
        quotes = None
        if not unicodedata.is_normalized("NFC", read):
            composed = _Composed(read)
            if composed.changes:
                quotes = [composed.quote(q, read) for q in self._extract(composed.text)]
        if quotes is None:
            quotes = self._extract(read)
        if view is not None:
            quotes = [_in_original(q, view, text) for q in quotes]
        return quotes

    def extract_many(self, texts: Iterable[str], jobs: int = 1) -> Iterator[list[Quote]]:
        """The quotes of each of *texts*, lazily and in input order, on *jobs* processes.

        >>> extractor = Extractor(lang="fr")
        >>> [len(q) for q in extractor.extract_many(["« Oui », dit-il.", "Non."], jobs=2)]  # n
        [1, 0]

        .. versionadded:: 0.2.0
        """
        from quoteattr.batch import WorkerPool, extract_many

        if jobs != 1:
            WorkerPool.check_jobs(jobs)
        return extract_many(self, texts, jobs)

    def _extract(self, text: str) -> list[Quote]:
        forget_phrases()  # a long text with few quotes must not stay cached after its turn
        code = self.lang if self.lang is not None else guess_language(text)
        language = get_language(code)
        grammar = get_grammar(code) if has_grammar(code) else None
        found = find_quotes(text, dash_dialogue=self.config.dash_dialogue)
        fiction = self.config.genre == "fiction" or (
            self.config.genre == "auto" and looks_like_fiction(text)
        )
        if fiction:
            found = _without_story_frames(found)
        fragments, repeated, labels, glosses, named = _readings(text, found, language, grammar)
        context = DocumentContext(grammar, text) if grammar is not None else None
        attributions: list[Attribution | None] = []
        for i, item in enumerate(found):
            previous = attributions[-1] if attributions else None
            attributions.append(
                None
                if context is None or (labels[i] and repeated[i]) or glosses[i]
                else attribute(
                    context,
                    QuoteAt(
                        item,
                        found[i - 1].span.end if i else 0,
                        previous_is_label=i > 0 and labels[i - 1],
                        strong_only=repeated[i],
                        previous_unattributed=i > 0 and (previous is None or not previous.rule),
                    ),
                )
            )
        if grammar is not None and grammar.merge_interrupted:
            merged, attributions = merge_interrupted(text, found, attributions)
            if len(merged) != len(found):
                found = merged
                fragments, repeated, labels, glosses, named = _readings(
                    text, found, language, grammar
                )
        dropped: dict[int, Attribution] = {}
        for i, (item, attribution) in enumerate(zip(found, attributions, strict=True)):
            if attribution is None or not attribution.rule or not fragments[i]:
                continue
            cue_end = attribution.cue_span.end if attribution.cue_span else None
            if grammar is not None and _names_the_source(text, item, attribution, grammar):
                attributions[i], labels[i] = None, True
                continue
            if not governs_fragment(
                text,
                item,
                attribution.rule,
                cue_end,
                repeated[i],
                labels[i],
                named[i],
                skip_incidentals=grammar is not None and grammar.incidental_complements,
            ):
                attributions[i] = None
                if attribution.rule == "preposition.sentence" and not labels[i]:
                    dropped[i] = attribution
        for i, attribution in dropped.items():
            # « devra déboucher « fin mars-mi avril » sur « des décisions … », selon le
            # porte-parole »: a fragment that is speech on its own words keeps the
            # sentence's source, which alone would not have made it speech
            if (
                not repeated[i]
                and classify(text, found[i], language, self.config, labels[i]) is QuoteKind.SPEECH
            ):
                attributions[i] = attribution
        if grammar is not None and grammar.coordinated_fragments:
            _continue_fragments(text, found, attributions, fragments, repeated, glosses, named)
        pending = [
            Pending(
                index=i,
                start=item.span.start,
                end=item.span.end,
                speech=bool(attribution and attribution.rule)
                or (
                    not repeated[i]
                    and not glosses[i]
                    and classify(text, item, language, self.config, labels[i]) is QuoteKind.SPEECH
                ),
                dash=item.family == DASH_FAMILY,
                fragment=fragments[i],
                label=labels[i] or glosses[i],
                named=named[i],
                repeated=repeated[i],
                mention=attribution.mention if attribution else None,
                rule=attribution.rule or None if attribution else None,
                cue=(attribution.cue_span.start, attribution.cue_span.end)
                if attribution and attribution.cue_span
                else None,
                confidence=attribution.confidence if attribution else 0.0,
            )
            for i, (item, attribution) in enumerate(zip(found, attributions, strict=True))
        ]
        if context is not None:
            resolve(context.grammar, text, pending, fiction, context.candidates)
        quotes = [
            self._quote(text, item, language, grammar, attribution, state)
            for item, attribution, state in zip(found, attributions, pending, strict=True)
        ]
        if not self.config.include_mentions:
            quotes = [q for q in quotes if q.kind is QuoteKind.SPEECH]
        return quotes

    def _quote(
        self,
        text: str,
        found: Found,
        language: Language,
        grammar: Grammar | None,
        attribution: Attribution | None,
        state: Pending,
    ) -> Quote:
        parts = attribution.parts if attribution and attribution.parts else found.parts
        span = found.span
        if found.family == DASH_FAMILY:
            span = Span(span.start, max(parts[-1].end, span.start + 1))
        mention = state.mention
        cue_span = Span(*state.cue) if state.cue else None
        return Quote(
            span=span,
            text=text[parts[0].start : parts[-1].end],
            style=_style(found.family),
            kind=QuoteKind.SPEECH if state.speech else QuoteKind.MENTION,
            language=language.code,
            parts=parts,
            unclosed=found.unclosed,
            inner=tuple(
                self._quote(
                    text,
                    item,
                    language,
                    None,
                    None,
                    _inner_state(text, item, language, self.config),
                )
                for item in found.inner
                if item.span.end <= span.end  # a dialogue turn cut short drops what it lost
            )
            if found.inner
            else (),
            speaker=_speaker(state.speaker, grammar) if state.speaker and grammar else None,
            speaker_span=mention.span if mention else None,
            speaker_text=mention.text if mention else None,
            cue=cue_span.slice(text) if cue_span else None,
            cue_span=cue_span,
            rule=f"{language.code}.{state.rule}" if state.rule else None,
            confidence=state.confidence,
            addressee=_speaker(state.addressee, grammar) if state.addressee and grammar else None,
            addressee_span=state.addressee.span
            if state.addressee and state.addressee.span.end > state.addressee.span.start
            else None,
        )


def _without_story_frames(found: list[Found]) -> list[Found]:
    """In a novel, a story a character tells in guillemets over several paragraphs, each
    reopened with «, holding the dialogue of its own scenes (« Quand elle fut à mon côté
    … elle balbutia : « Oh ! si vous saviez … » »), is narration at one remove: its inner
    quotes are the book's quotes, not the frame around them. Only guillemets: a long
    English speech in "…" with quotes inside stays one quote, as PDNC counts it."""
    flat: list[Found] = []
    for item in found:
        if item.family == "guillemets" and len(item.paragraphs) > 1 and item.inner:
            flat.extend(item.inner)
        else:
            flat.append(item)
    return flat


_SENTENCE_BREAK = regex.compile(r"[.!?…][\s\p{Zs}]|\n")
CONTINUATION_WORDS = 8
"""How many words may stand between two fragments of one speaker's sentence."""


def _continue_fragments(
    text: str,
    found: list[Found],
    attributions: list[Attribution | None],
    fragments: list[bool],
    repeated: list[bool],
    glosses: list[bool],
    named: list[bool],
) -> None:
    """A fragment later in the sentence of a fragment its cue governs shares its speaker.

    « a dénoncé la « brutalité » et le « mépris » de la direction »; « a reconnu que le
    projet pouvait « déranger » et a promis d'écouter « les riverains » »: the coordinated
    phrase or predicate carries on the same report, so the cue's subject speaks both.
    """
    for i in range(1, len(found)):
        previous = attributions[i - 1]
        if (
            attributions[i] is not None
            or previous is None
            or previous.mention is None  # the gerund's speaker is found later, by its own rule
            or not previous.rule.startswith("partial")
            or not fragments[i]
            or repeated[i]
            or glosses[i]
            or named[i]
        ):
            continue
        between = text[found[i - 1].span.end : found[i].span.start]
        if (
            len(between.split()) > CONTINUATION_WORDS
            or _SENTENCE_BREAK.search(between, None, None, SERIAL) is not None
        ):
            continue
        attributions[i] = attrs.evolve(
            previous, rule="partial.continued", confidence=previous.confidence * 0.9
        )


def _names_the_source(text: str, found: Found, attribution: Attribution, grammar: Grammar) -> bool:
    """Whether a fragment right after « selon le collectif », « d'après l'association » is
    the name that ends the source's phrase (« Selon le collectif « Désarmons-les », … »),
    not words the source said: no mark between, a common noun before it, no clause in it."""
    source = attribution.mention
    if (
        source is None
        or not attribution.rule.startswith("preposition")
        or source.span.end > found.span.start
        or text[source.span.end : found.span.start].strip()
    ):
        return False
    words = _LETTERS.findall(source.text, None, None, False, SERIAL)
    last = words[-1] if len(words) > 1 else ""
    return (
        last.islower()
        and last not in grammar.pronouns
        and not is_clause(text, found, get_language(grammar.code))
    )


def _readings(
    text: str, found: list[Found], language: Language, grammar: Grammar | None
) -> tuple[list[bool], list[bool], list[bool], list[bool], list[bool]]:
    """What each quote's shape and surroundings say before any cue is read: whether it is
    a fragment, one the text repeats, a label, the writer's own, a name given."""
    fragments, repeated = _fragments(text, found)
    labels = _labels(text, found, language, fragments)
    glosses = _glosses(text, found, fragments, grammar)
    headings = _glued_headings(text, found)
    writers = [gloss or heading for gloss, heading in zip(glosses, headings, strict=True)]
    return fragments, repeated, labels, writers, _named(text, found, language, fragments)


def _fragments(text: str, found: list[Found]) -> tuple[list[bool], list[bool]]:
    """Which quotes are fragments, and which fragments the text quotes more than once."""
    fragments = [is_fragment(text, item) for item in found]
    keys = [
        text[item.content.start : item.content.end].lower() if fragment else ""
        for item, fragment in zip(found, fragments, strict=True)
    ]
    counts = Counter(key for key, fragment in zip(keys, fragments, strict=True) if fragment)
    return fragments, [f and counts[key] > 1 for key, f in zip(keys, fragments, strict=True)]


_GLOSS_OPENING = regex.compile(r"[\s\p{Zs}]*+\([\s\p{Zs}]*+(?:[\p{L}'’]++[\s\p{Zs}]++){0,2}+$")
_GLOSS_CLOSING = regex.compile(r"(?:[\s\p{Zs}]*+[,\p{L}'’]++){0,3}+[\s\p{Zs}]*+\)")


def _glosses(
    text: str, found: list[Found], fragments: list[bool], grammar: Grammar | None
) -> list[bool]:
    """Which fragments are the text's own gloss of the quote before them, in parentheses:
    « un « filet de sécurité » (ou « backstop » en anglais) », "the “sin tax” (“impôt
    sur le péché”)". A translation or a spelling out is the writer's, not a speaker's."""
    glosses = [False] * len(found)
    for i in range(1, len(found)):
        if not fragments[i]:
            continue
        opening = _GLOSS_OPENING.fullmatch(text, found[i - 1].span.end, found[i].span.start, SERIAL)
        if opening is None:
            continue
        closing = _GLOSS_CLOSING.match(text, found[i].span.end, None, SERIAL)
        glosses[i] = closing is not None and not (
            grammar is not None and grammar.first_cue(text, found[i].span.end, closing.end())
        )  # ("Thank you," said Clara) is a quote of its own
        if glosses[i] and fragments[i - 1]:
            glosses[i - 1] = True  # the term the gloss explains is named, not quoted
    return glosses


_LETTERS = regex.compile(r"\p{L}+")
_HEADING_BEFORE = frozenset('.!?…»”"')
_SENTENCE_INSIDE = regex.compile(r"[.!?…]")


def _glued_headings(text: str, found: list[Found]) -> list[bool]:
    """Which quotes are subheadings that lost their line breaks in scraping: glued to the
    end of the sentence before and to the capital that opens the next, with no sentence of
    their own (« … des manifestants.« Rester debout »Le préfet a … »)."""
    headings = []
    for item in found:
        start, end = item.span.start, item.span.end
        headings.append(
            start > 0
            and end < len(text)
            and text[start - 1] in _HEADING_BEFORE
            and text[end].isupper()
            and _SENTENCE_INSIDE.search(text, item.content.start, item.content.end, SERIAL) is None
            and len(text[item.content.start : item.content.end].split()) <= TITLE_WORDS
        )
    return headings


def _named(text: str, found: list[Found], language: Language, fragments: list[bool]) -> list[bool]:
    """Which fragments stand right after a naming word (« l'émission « … » »)."""
    return [
        fragment and is_named(text, item, language)
        for item, fragment in zip(found, fragments, strict=True)
    ]


def _labels(text: str, found: list[Found], language: Language, fragments: list[bool]) -> list[bool]:
    return [
        is_label(text, item, language, fragment)
        for item, fragment in zip(found, fragments, strict=True)
    ]


def _inner_state(text: str, found: Found, language: Language, config: Config) -> Pending:
    kind = classify(text, found, language, config)
    return Pending(-1, found.span.start, found.span.end, kind is QuoteKind.SPEECH, dash=False)


@functools.cache
def _default_extractor(lang: str | None) -> Extractor:
    return Extractor(lang=lang)


def extract(text: str, lang: str | None = None) -> list[Quote]:
    """Return the quotes of *text*; ``lang=None`` (or ``"auto"``) tells French from English.

    >>> quotes = extract("Elle a déclaré : « Nous agirons. »")
    >>> [(q.span.start, q.span.end, q.kind.value, q.speaker_text) for q in quotes]  # spans
    [(17, 34, 'speech', 'Elle')]
    """
    if not isinstance(text, str):
        raise type_error_for_text(text)
    return _default_extractor(_language_or_auto(lang)).extract(text)
