"""Attribution as a sieve: an ordered list of named steps, the first that decides wins.

Each step reads one quote (``QuoteAt``) in its document (``DocumentContext``, built once
per text: the text, its language's grammar, the cues already read, the typed candidates)
and returns an ``Attribution`` or ``None`` to leave the quote to the next step. A step
whose speaker phrase is of a type that cannot speak (a day, a part of the body) does not
decide either. ``SIEVE`` is the whole list, in order of reliability:

>>> [step.name for step in SIEVE][:4]
['incise', 'dash.after_closing_mark', 'dash.preposed', 'dash.turn']
>>> from quoteattr.detect import find_quotes
>>> from quoteattr.grammar import get_grammar
>>> text = "Lundi, « Nous tiendrons », a déclaré la maire."
>>> context = DocumentContext(get_grammar("fr"), text)
>>> attribution = attribute(context, QuoteAt(find_quotes(text)[0]))
>>> attribution.rule, attribution.mention.text
('postposed', 'la maire')
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quoteattr.attribute import (
    CLOSING_GUILLEMET,
    POSTPOSED_LEAD,
    Attribution,
    CuesAfter,
    in_sentence,
    incise,
    interrupted,
    narrative_infinitive,
    paragraph_bounds,
    postposed,
    preposed,
    preposed_floor,
    previous_sentence,
    relayed,
    sentence_source,
    span_of_cue,
    subject_then_cue,
)
from quoteattr.candidates import SPEAKING, CandidateTable
from quoteattr.detect import DASH_FAMILY, Found
from quoteattr.grammar import Grammar, Mention
from quoteattr.model import Span
from quoteattr.names import possessive_pronoun
from quoteattr.wordlist import SERIAL, text_end_before


@attrs.define
class DocumentContext:
    """What every step may read of one document, built once per text."""

    grammar: Grammar
    text: str
    candidates: CandidateTable = attrs.field()
    cues_after: CuesAfter = attrs.field(factory=dict)
    """The cue read right after each quote, which the next quote's steps reuse."""

    @candidates.default
    def _table(self) -> CandidateTable:
        return CandidateTable(self.grammar, self.text)


@attrs.define
class QuoteAt:
    """One quote as the sieve reads it, with what the quotes before it left."""

    found: Found
    previous_end: int = 0
    """Where the quote before ends: steps that read back never read into it."""
    previous_is_label: bool = False
    """The quote before is a label inside a noun phrase, so a cue after it is free:
    « l'un des “gilets jaunes”, a appelé à “retourner à Paris” »."""
    strong_only: bool = False
    """A phrase the text quotes again and again: only the steps that can make such a
    phrase speech are tried (an attribution right at it, « Pour elle, … « … » »)."""
    previous_unattributed: bool = False
    """The quote before found no speaker: a cue after it may name this one's."""
    paragraph: tuple[int, int] = (0, 0)
    turn: Attribution | None = None
    """For a dialogue turn, where the ``incise`` step found its words end."""

    @property
    def dash(self) -> bool:
        """Whether the quote is a dialogue turn."""
        return self.found.family == DASH_FAMILY


Step = Callable[[DocumentContext, QuoteAt], "Attribution | None"]


@attrs.frozen
class SieveStep:
    """One named step of the sieve, tried only on the quotes *applies* accepts (which
    reads only whether the quote is a dialogue turn and whether it is quoted again and
    again, so that the steps for each kind of quote are listed once)."""

    name: str
    run: Step
    applies: Callable[[QuoteAt], bool] = lambda quote: True
    doc: str = ""


def _incise(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« Nous, dit-elle, resterons » or a dialogue turn's own incise (— Viens, dit-elle)."""
    grammar = context.grammar
    if not (grammar.incise_inside or quote.dash):
        return None
    inside = incise(grammar, context.text, quote.found)
    quote.turn = inside
    return inside if inside is not None and inside.rule else None


def _after_closing_mark(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« … ⏎ — Cela passera », reprit le docteur.: the conversation's closing mark ends
    the last turn, and the cue after it is that turn's."""
    text, found = context.text, quote.found
    paragraph_end = quote.paragraph[1]
    closing = CLOSING_GUILLEMET.match(text, found.span.end, paragraph_end, SERIAL)
    if closing is None:
        return None
    closed = attrs.evolve(found, span=Span(found.span.start, closing.end()))
    return postposed(context.grammar, text, closed, paragraph_end, context.cues_after)


def _dash_preposed(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« Elle regarda l'enfant, puis elle dit : — Elle est grande. »: a turn after a colon
    is the preposed cue's, as a quotation would be."""
    text, found = context.text, quote.found
    floor = preposed_floor(text, quote.paragraph[0], found.span.start)
    before = preposed(context.grammar, text, found, floor)
    if before is None or quote.turn is None:
        return before
    return attrs.evolve(before, parts=quote.turn.parts)


def _dash_turn(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """A turn with no cue: where its words end, with no speaker yet (``resolve`` reads
    the conversation for one)."""
    return quote.turn


def _postposed(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« … », a déclaré Mme X ; "…," said John Smith ; « … », selon X."""
    grammar, text, found = context.grammar, context.text, quote.found
    after = postposed(grammar, text, found, quote.paragraph[1], context.cues_after)
    if after is None:
        return None
    floor = max(quote.paragraph[0], quote.previous_end)
    return relayed(grammar, text, found, after, floor) or after


def _preposed(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """Elle a déclaré : « … » ; X a dit que « … » ; a quote cut by a cue between its parts."""
    grammar, text, found = context.grammar, context.text, quote.found
    floor = preposed_floor(text, quote.paragraph[0], found.span.start)
    return interrupted(grammar, text, found, quote.previous_end, context.cues_after) or preposed(
        grammar, text, found, max(floor, quote.previous_end)
    )


def _subject_then_cue(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """ "…," Smith said: the subject before the verb after the quote."""
    grammar, text = context.grammar, context.text
    if not grammar.subject_first:
        return None
    at = POSTPOSED_LEAD.match(text, quote.found.span.end, None, SERIAL).end()
    before_cue = subject_then_cue(grammar, text, at, quote.paragraph[1])
    if before_cue is None:
        return None
    mention, cue = before_cue
    rule = "postposed.pronoun" if mention.kind == "pronoun" else "postposed"
    return Attribution(rule, mention, span_of_cue(cue), 0.9)


def _reach(quote: QuoteAt) -> int:
    start = quote.paragraph[0]
    return start if quote.previous_is_label else max(start, quote.previous_end)


def _strong_in_sentence(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """For a phrase quoted again and again, only « Pour elle, … « … » »."""
    return in_sentence(
        context.grammar,
        context.text,
        quote.found,
        _reach(quote),
        quote.previous_is_label,
        prepositions_only=True,
    )


def _sentence_source(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« … », selon X, at the end of the quote's sentence."""
    return sentence_source(context.grammar, context.text, quote.found, quote.paragraph[1])


def _in_sentence(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """A cue elsewhere in the quote's sentence: X a dénoncé des « violences »."""
    return in_sentence(
        context.grammar, context.text, quote.found, _reach(quote), quote.previous_is_label
    )


def _narrative_infinitive(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """« Et elle de répondre : « … » »."""
    return narrative_infinitive(context.grammar, context.text, quote.found, _reach(quote))


def _previous_sentence(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """A cue ending the sentence before the quote (He explained. "…")."""
    text = context.text
    floor = quote.previous_end
    if quote.previous_unattributed:
        paragraph_start = quote.paragraph[0]
        floor = paragraph_start
        if text[paragraph_start : quote.found.span.start].strip() == "":
            before_end = text_end_before(text, paragraph_start)
            if before_end > 0:
                floor = paragraph_bounds(text, Span(before_end - 1, before_end))[0]
    return previous_sentence(context.grammar, text, quote.found, floor)


def _is_dash(quote: QuoteAt) -> bool:
    return quote.dash


def _not_dash(quote: QuoteAt) -> bool:
    return not quote.dash


def _any_quote(quote: QuoteAt) -> bool:
    return not quote.dash and not quote.strong_only


def _strong(quote: QuoteAt) -> bool:
    return not quote.dash and quote.strong_only


def _step(name: str, run: Step, applies: Callable[[QuoteAt], bool]) -> SieveStep:
    return SieveStep(name, run, applies, (run.__doc__ or "").strip())


SIEVE: tuple[SieveStep, ...] = (
    _step("incise", _incise, lambda quote: True),
    _step("dash.after_closing_mark", _after_closing_mark, _is_dash),
    _step("dash.preposed", _dash_preposed, _is_dash),
    _step("dash.turn", _dash_turn, _is_dash),
    _step("postposed", _postposed, _not_dash),
    _step("preposed", _preposed, _not_dash),
    _step("subject_then_cue", _subject_then_cue, _not_dash),
    _step("strong.in_sentence", _strong_in_sentence, _strong),
    _step("sentence_source", _sentence_source, _any_quote),
    _step("in_sentence", _in_sentence, _any_quote),
    _step("narrative_infinitive", _narrative_infinitive, _any_quote),
    _step("previous_sentence", _previous_sentence, _any_quote),
)
"""The steps in the order they are tried."""


def speaks(context: DocumentContext, attribution: Attribution) -> bool:
    """Whether *attribution*'s speaker phrase (if any) is of a type that can speak."""
    mention = attribution.mention
    if mention is None or mention.kind == "pronoun":
        return True  # the commonest case, which the table would type a pronoun
    return context.candidates.typed(mention, spoken=True).type in SPEAKING


_STEPS_FOR: dict[tuple[bool, bool], tuple[SieveStep, ...]] = {}
"""The steps of ``SIEVE`` that apply to a quote, by whether it is a dialogue turn and
whether it is a phrase quoted again and again: worked out once, not per quote."""


def _steps(quote: QuoteAt) -> tuple[SieveStep, ...]:
    key = (quote.dash, quote.strong_only)
    steps = _STEPS_FOR.get(key)
    if steps is None:
        steps = tuple(step for step in SIEVE if step.applies(quote))
        _STEPS_FOR[key] = steps
    return steps


def _owner(context: DocumentContext, mention: Mention) -> Mention | None:
    """ "his lips repeated": a part of the body that speaks is its owner, the pronoun its
    possessive stands for, when that possessive tells a gender (his, her)."""
    owner = possessive_pronoun(context.grammar, mention)
    return owner if owner is not None and owner.gender and " " in mention.text else None


def attribute(context: DocumentContext, quote: QuoteAt) -> Attribution | None:
    """Run the sieve on *quote*: the first step that decides wins.

    A step whose speaker phrase cannot speak (``speaks``) leaves the quote to the next
    ones; if none decides, its cue stands with no speaker: someone spoke."""
    quote.paragraph = paragraph_bounds(context.text, quote.found.span)
    unspoken: Attribution | None = None
    for step in _steps(quote):
        attribution = step.run(context, quote)
        if attribution is None:
            continue
        if speaks(context, attribution):
            return attribution
        assert attribution.mention is not None  # a phrase that does not speak
        owner = _owner(context, attribution.mention)
        if owner is not None:
            return attrs.evolve(attribution, mention=owner)
        unspoken = unspoken or attrs.evolve(attribution, mention=None)
    return unspoken
