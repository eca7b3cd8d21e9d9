"""Apply a language's attribution rules around each quote.

Every rule reads only the few hundred characters around a quote, so the cost
of a document grows with its number of quotes, not with its length.

>>> from quoteattr import extract
>>> quote = extract("« Nous ne céderons pas », a déclaré Mme Ghada Waly.")[0]
>>> quote.rule, quote.cue, quote.speaker.name
('fr.postposed', 'a déclaré', 'Ghada Waly')
"""

from __future__ import annotations

import attrs
import regex

from quoteattr.detect import DASH_FAMILY, Found
from quoteattr.grammar import LAST_WORD_BEFORE, Grammar, Mention, tokens
from quoteattr.lang import get_language
from quoteattr.model import Span
from quoteattr.names import (
    PHRASE_CHARS,
    head_word,
    is_acronym,
    is_head_noun,
    narrator_plural_tense,
    narrator_singular_form,
    person_mentions,
    phrase_at,
    phrase_before,
)
from quoteattr.wordlist import SERIAL, WORD_AFTER, text_end_before

_SPACE = regex.compile(r"[\s\p{Zs}]*+")
POSTPOSED_LEAD = regex.compile(r"[\s\p{Zs}]*+(?:[,;]|[-–—](?=[\s\p{Zs}]))?[\s\p{Zs}]*+")
_INCISE_OPEN = regex.compile(r"[,!?…]++\.*+[\s\p{Zs}]++|[\s\p{Zs}]++[-–—][\s\p{Zs}]++")
_DASH = regex.compile(r"[-–—]")
_INCISE_COMMA = regex.compile(r"[,!?…]++\.*+[\s\p{Zs}]++")
"""The first branch alone, for a quote with no dash: it skips to its marks, the spaces of
the second make the engine try every space."""
_TURN_SENTENCE = regex.compile(r"[.!?…][\s\p{Zs}]++(?=[\p{Lu}])")
_ASIDE_END = regex.compile(r"[,.;:!?…]")
_INCISE_STOP = regex.compile(r"[.!?…:]")
_ASIDE = regex.compile(r"[\s\p{Zs}]*+,[\s\p{Zs}]*+")
_SENTENCE_STOP = regex.compile(r"[.!?…](?=[\"»”’]*+(?:[\s\p{Zs}«“]|$))|\n")
"""A sentence's end, inside the closing marks of a quote that ends it too (« … réponse. »)."""
_ENDS_ITS_SENTENCE = regex.compile(r"[\s\p{Zs}]*+[\p{Lu}«“\"]")
_PLAIN_WORD = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")
MAX_HEARD_WORDS = 5
"""How many words may stand between a verb of hearing and the bare verb of its object."""
CLOSING_GUILLEMET = regex.compile(r"[\s\p{Zs}]*+»")
_BYLINE = regex.compile(r"[\s\p{Zs}]*+[―—–-][\s\p{Zs}]*+")
_SHORT_ADVERBIAL = regex.compile(r"(?:[\s\p{Zs}]+[\p{L}\p{N}'’.-]+){0,6}[\s\p{Zs}]*+")
SUBJECT_CHARS = 160
_LAST_SENTENCE_MARK = regex.compile(r"[.!?…\n]", regex.REVERSE)
"""The last of the marks every sentence boundary holds (searched backwards)."""
_ENDING_MARKS = frozenset(".!?…")
_CLOSERS = frozenset('"»”’)')
_SPACES = frozenset(regex.findall(r"[\s\p{Zs}]", "".join(map(chr, range(0x3001)))))
"""The characters of ``[\\s\\p{Zs}]`` (none lies above U+3000)."""
_CLAUSE_COMMA = regex.compile(r",[\s\p{Zs}]*+")
_CLOSING_BEFORE = regex.compile(r"[»”\"][\s\p{Zs}]*+,?[\s\p{Zs}]*+$")
_QUOTE_MARK = regex.compile(r'[«»“”"]')
_RELATIVE_WORD = regex.compile(r"\p{L}++")
_LAST_QUOTE_MARK = regex.compile(r"''|[«»“”\"]", regex.REVERSE)
_NAME_END = regex.compile(r"[\s\p{Zs}]*+(?:[.,;!?…]|$)")
LOOKBACK = 400


@attrs.define
class Attribution:
    """What a rule found for one quote (never changed once built; not frozen for speed)."""

    rule: str
    """The rule's id; empty when only the extent of a dialogue turn was found."""
    mention: Mention | None
    cue_span: Span | None
    confidence: float
    parts: tuple[Span, ...] | None = None
    """Content parts when an incise cuts the quote (and, for a dash turn, where it ends)."""


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _clitic(match: regex.Match[str], grammar: Grammar) -> Mention | None:
    if not match.group("inv"):
        return None
    end = match.end("inv")
    word = match.group("inv").rsplit("-", 1)[-1]
    gender, number = grammar.pronouns.get(word.lower(), (None, "sg"))
    gender = grammar.cue_gender(match) or gender
    return Mention(
        Span(end - len(word), end), word, "pronoun", gender=gender, plural=number == "pl"
    )


def span_of_cue(match: regex.Match[str]) -> Span:
    return Span(match.start("cue"), match.end("cue"))


def sentence_start(grammar: Grammar, text: str, lo: int, pos: int) -> int:
    """Where the sentence holding *pos* starts, looking back no further than *lo*.

    That is the end of the last sentence boundary before *pos*. Rather than try the
    boundary pattern backwards at every character, the last mark a boundary needs is
    found by a character-class search and the boundary tried forwards from its run of
    marks (the same result: tests/test_prefilters.py).

    >>> from quoteattr.grammar import get_grammar
    >>> text = "M. Dupont est arrivé. Il a dit « oui »."
    >>> sentence_start(get_grammar("fr"), text, 0, 29)
    22
    """
    end = pos
    while True:
        found = _LAST_SENTENCE_MARK.search(text, lo, end, SERIAL)
        if found is None:
            return lo
        last: int = found.start()
        if text[last] == "\n":
            # A line break is a boundary, unless it is the tail of one after a sentence's
            # last mark (« fin.\n »), which then runs on over the spaces after the break.
            marks_end = _run_start(text, _run_start(text, last, lo, _SPACES), lo, _CLOSERS)
            marks_start = _run_start(text, marks_end, lo, _ENDING_MARKS)
            if marks_start < marks_end:
                boundary = grammar.sentence_end_at.match(text, marks_start, pos, SERIAL)
                if boundary is not None:
                    return int(boundary.end())
            return last + 1
        marks_start = _run_start(text, last, lo, _ENDING_MARKS)
        boundary = grammar.sentence_end_at.match(text, marks_start, pos, SERIAL)
        if boundary is not None:
            return int(boundary.end())
        end = marks_start  # an abbreviation (M.), a decimal point: look further back


def _run_start(text: str, at: int, lo: int, chars: frozenset[str]) -> int:
    """Where the run of *chars* that ends at *at* (exclusive) starts, no earlier than *lo*."""
    while at > lo and text[at - 1] in chars:
        at -= 1
    return at


def paragraph_bounds(text: str, span: Span) -> tuple[int, int]:
    """The paragraph around *span*, read no further than ``4 * LOOKBACK`` either side."""
    floor = max(0, span.start - 4 * LOOKBACK)
    start = text.rfind("\n", floor, span.start) + 1 or floor
    end = text.find("\n", span.end, span.end + 4 * LOOKBACK)
    return start, (end if end >= 0 else min(len(text), span.end + 4 * LOOKBACK))


_MANNER_ADVERB = regex.compile(r"(\p{Ll}+)(?![\p{L}\p{N}'’-])")
MIN_MANNER_ADVERB = 5


def _subject_after_cue(
    grammar: Grammar, text: str, cue: regex.Match[str], limit: int
) -> tuple[Mention, int] | None:
    clitic = _clitic(cue, grammar)
    if clitic is not None:
        return clitic, cue.end()
    at = cue.end()
    parsed = None
    outlet: regex.Match[str] | None = None
    for _ in range(3):  # "a réagi depuis Alger", "disait, en larmes,", "a déclaré lundi à l'AFP"
        at = grammar.adverb_run.match(text, at, None, SERIAL).end()
        at = grammar.adverb_run.match(
            text, grammar.time_run.match(text, at, None, SERIAL).end(), None, SERIAL
        ).end()
        at = grammar.channel_run.match(text, at, None, SERIAL).end()
        aside = _ASIDE.match(text, at, None, SERIAL)
        if aside is not None and grammar.incise_continuation.match(text, aside.end(), None, SERIAL):
            stop = _ASIDE_END.search(text, aside.end(), limit, SERIAL)
            if stop is None or text[stop.start()] != ",":
                return None
            at = stop.end()
            continue
        word_at = _SPACE.match(text, at, None, SERIAL).end()
        manner = _MANNER_ADVERB.match(text, word_at, limit, SERIAL)
        if (
            manner is not None
            and manner.group(1).endswith(grammar.adverb_suffixes)
            and len(manner.group(1)) > MIN_MANNER_ADVERB
        ):
            # « cria brusquement madame François »: a manner adverb before the subject
            word_at = _SPACE.match(text, manner.end(), None, SERIAL).end()
        parsed = phrase_at(grammar, text, word_at, limit)
        if parsed is not None or not (
            grammar.incise_continuation.match(text, word_at, None, SERIAL)
            or grammar.incise_complement.match(text, word_at, None, SERIAL)
        ):
            break
        stop = grammar.prepositional.match(text, word_at, None, SERIAL)
        if stop is None:
            break
        at = stop.end()
        outlet = stop  # the last channel read, whose capitalised tail may hold the speaker
    if parsed is None and outlet is not None:
        parsed = _name_after_outlet(grammar, text, outlet, limit)
    if parsed is None:
        return None
    mention, end = parsed
    gender = grammar.cue_gender(cue)
    if gender and not mention.gender:
        mention = attrs.evolve(mention, gender=gender)
    return mention, end


_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}")


def _name_after_outlet(
    grammar: Grammar, text: str, channel: regex.Match[str], limit: int
) -> tuple[Mention, int] | None:
    """ "« … », indique dans les journaux Sudpresse Paul Martin", « au micro de Radio Océan
    Paul Martin »: the outlet's name and the speaker's run together in one capitalised
    run; the speaker is the shortest name of two words or more that ends it."""
    names_start, names_end = channel.span("names")
    starts = [m.start() for m in _CAPITALISED.finditer(text, names_start, names_end, False, SERIAL)]
    for start in reversed(starts[:-1]):
        parsed = phrase_at(grammar, text, start, limit)
        if (
            parsed is not None
            and parsed[0].kind == "person"
            and parsed[1] >= names_end
            and len(text[start : parsed[1]].split()) >= 2
        ):
            return parsed
    return None


def dialogue_end(grammar: Grammar, text: str, start: int, end: int) -> int:
    """Where the words of a dialogue turn stop: before the first narrator's sentence.

    The first sentence always belongs to the turn; a later one with no word of the
    first or second person, no question or exclamation mark and four words or more
    is taken for the narrator's.
    """
    for boundary in _TURN_SENTENCE.finditer(text, start, end, False, SERIAL):
        sentence_end = _TURN_SENTENCE.search(text, boundary.end(), end, SERIAL)
        stop = sentence_end.start() + 1 if sentence_end else end
        if _is_narration(grammar, text, boundary.end(), stop):
            return int(boundary.start()) + 1
    return end


def _is_narration(grammar: Grammar, text: str, start: int, end: int) -> bool:
    sentence = text[start:end].rstrip()
    if sentence.endswith(("?", "!", "?…", "!…")):
        return False
    words = [t.text.lower() for t in tokens(text, start, end) if t.kind != "p"]
    if len(words) < 4:
        return False
    # a speaking word after a determiner is a noun: « d'un ton sec » is no « ton père »
    if any(
        word in grammar.speaking_words and not (k and words[k - 1] in grammar.determiners)
        for k, word in enumerate(words)
    ):
        return False
    if not grammar.narrative_endings:
        return True
    if any(narrator_plural_tense(grammar, word) for word in words):
        return True
    return any(
        narrator_singular_form(grammar, word)
        and words[k - 1] not in grammar.determiners
        and (
            words[k - 1] in grammar.narrative_singular_subjects
            # « Cette observation … bouleversa le vieux comte »: a verb before its object
            or (k + 1 < len(words) and words[k + 1] in grammar.determiners)
        )
        for k, word in enumerate(words)
        if k
    )


def incise(grammar: Grammar, text: str, found: Found) -> Attribution | None:
    """« Nous, dit-il, ne céderons pas » and « — Tiens, dit-il, … »: cut the incise out."""
    content = found.content
    dash = found.family == DASH_FAMILY
    content_end = dialogue_end(grammar, text, content.start, content.end) if dash else content.end
    parts: list[Span] = []
    start = search_from = content.start
    attribution: Attribution | None = None
    dashed = _DASH.search(text, content.start, content_end, SERIAL) is not None
    openers = _INCISE_OPEN if dashed else _INCISE_COMMA
    while True:
        hit = None
        for opener in openers.finditer(text, search_from, content_end, False, SERIAL):
            cue = grammar.cue_at(text, opener.end(), content_end)
            if cue is not None and (cue.group("fin") or cue.group("aux")):
                subject = _subject_after_cue(grammar, text, cue, content_end)
                if subject is not None and not dash and not _plausible_speaker(grammar, subject[0]):
                    continue  # "…, demande le retrait de sa signature": not an incise
                hit = (opener, cue, subject)
                break
        if hit is None:
            break
        opener, cue, parsed = hit
        mention, end = parsed if parsed is not None else (None, cue.end())
        part = _trim(text, start, opener.start() + (1 if text[opener.start()] in ",!?…" else 0))
        if len(part):
            parts.append(part)
        if attribution is None or (attribution.mention is None and mention is not None):
            attribution = Attribution("incise", mention, span_of_cue(cue), 0.9 if mention else 0.6)
        end = grammar.adverb_run.match(text, end, None, SERIAL).end()
        end = _skip_asides(grammar, text, end, content_end)
        after = _SPACE.match(text, end, None, SERIAL).end()
        if after < content_end and text[after] in ",;":
            start = search_from = _SPACE.match(text, after + 1, None, SERIAL).end()
            continue
        stop = _INCISE_STOP.search(text, after, content_end, SERIAL)
        start = search_from = content_end
        if stop is not None:
            resume = _SPACE.match(text, stop.end(), None, SERIAL).end()
            if resume < content_end and (
                not dash or not _is_narration(grammar, text, resume, content_end)
            ):
                start = search_from = resume
                continue
        break
    if attribution is None:
        if dash and content_end < content.end:
            return Attribution(
                "", None, None, 0.0, parts=(_trim(text, content.start, content_end),)
            )
        return None
    if start < content_end:
        part = _trim(text, start, content_end)
        if len(part):
            parts.append(part)
    if not parts:
        return None
    return attrs.evolve(attribution, parts=tuple(parts))


def _plausible_speaker(grammar: Grammar, mention: Mention) -> bool:
    """A name, a pronoun, a nickname, or a role or organisation noun: someone who can speak."""
    if mention.kind in ("person", "pronoun") or (mention.kind == "organisation" and mention.name):
        return True
    head = (mention.role or mention.text).split()[:3]
    return any(w[0].isupper() or is_head_noun(grammar, w) for w in head)


def _looks_like_speaker(
    grammar: Grammar, mention: Mention, people: frozenset[str] = frozenset()
) -> bool:
    """A pronoun, a person with a title, a known first name or two names, one of the
    *people* a book's cues name, or a known noun."""
    if mention.kind == "pronoun":
        return True
    if mention.kind == "person":
        return bool(
            mention.title
            or mention.gender
            or " " in (mention.name or "")
            or (mention.name or mention.text) in people
        )
    return _plausible_speaker(grammar, mention) and not is_acronym(mention.text)


_APPOSITION_CLOSE = regex.compile(
    r",[\s\p{Zs}]*+(?:(?:y|en|lui|leur|nous|vous|l['’]|s['’])[\s\p{Zs}]*+)?$", regex.REVERSE
)
"""The comma that closes an apposition right before a cue, past a clitic: « …, y voit »."""


def _holder_in_commas(grammar: Grammar, text: str, sentence: int, comma: int) -> Mention | None:
    """ "Morrow's campaign manager, Ann Bell, said": a name set off by commas right
    before the cue, after words that end on a person's noun, holds that role."""
    opening = text.rfind(",", sentence, comma)
    if opening < 0:
        return None
    parsed = phrase_at(grammar, text, opening + 1, comma)
    if parsed is None or parsed[0].kind != "person" or not parsed[0].name:
        return None
    mention, end = parsed
    if text[end:comma].strip():
        return None
    role = text[sentence:opening].strip()
    words = role.split()
    if not words or len(words) > MAX_HOLDER_ROLE_WORDS:
        return None
    if not is_head_noun(grammar, head_word(grammar, role)):
        return None  # "Morrow's chief of staff": the head before the complement
    return attrs.evolve(mention, role=mention.role or role)


MAX_HOLDER_ROLE_WORDS = 8


def subject_before_cue(grammar: Grammar, text: str, sentence: int, cue: int) -> Mention | None:
    """The speaker phrase before a cue, past an apposition set off by commas.

    "Keir Starmer, responsable du Brexit au sein du Parti travailliste, y voit « … »" and
    "X, director of defence studies at the Centre for …, said": when a comma closes the
    text before the cue and the sentence opens with a name followed by a comma, that name
    is the subject; otherwise the phrase right before the cue is.
    """
    closing = _APPOSITION_CLOSE.match(text, sentence, cue, SERIAL)
    if closing is not None:
        parsed = phrase_at(grammar, text, sentence, cue)
        if parsed is not None:
            mention = parsed[0]
            after = _SPACE.match(text, mention.span.end, None, SERIAL).end()
            named = mention.kind == "person" and bool(mention.name)
            if named and after < closing.start() and text[after] == ",":
                return mention  # a comma after the name, another before the cue
        held = _holder_in_commas(grammar, text, sentence, closing.start())
        if held is not None:
            return held
    before = phrase_before(grammar, text, sentence, cue)
    if before is not None and _object_of_preposition(grammar, text, sentence, before, cue):
        preposition = tokens(text, max(sentence, before.span.start - 12), before.span.start)[-1]
        modified = phrase_before(grammar, text, sentence, preposition.start)
        if modified is not None and modified.kind != "pronoun":
            return modified  # "someone in the audience shouted": the phrase it modifies
        return _subject_before(grammar, text, sentence, before.span.start)
    return before


def _object_of_preposition(
    grammar: Grammar, text: str, sentence: int, mention: Mention, cue: int
) -> bool:
    """Whether the phrase right before a cue is a preposition's object (« sur une chaise
    en balbutiant », « penché sur moi me demandait »), not the antecedent of a relative
    (« sur le père qui lui dit »)."""
    before = tokens(text, max(sentence, mention.span.start - 12), mention.span.start)
    if not before or before[-1].text.lower() not in grammar.object_prepositions:
        return False
    between = tokens(text, mention.span.end, cue)
    return not any(
        t.text.lower() in grammar.relative_pronouns or t.text.lower() in grammar.clause_openers
        for t in between
    )  # "under a headline that said": a relative's antecedent speaks


def _subject_before(grammar: Grammar, text: str, sentence: int, end: int) -> Mention | None:
    """The subject pronoun nearest before *end* in its sentence, else the subject the
    sentence opens with: « …, elle se laissa choir sur une chaise en balbutiant : »."""
    for tok in reversed(tokens(text, sentence, end)):
        low = tok.text.lower()
        if low in grammar.subject_pronouns:
            gender, number = grammar.pronouns.get(low.rstrip("'’"), (None, "sg"))
            return Mention(
                Span(tok.start, tok.end), tok.text, "pronoun", gender=gender, plural=number == "pl"
            )
    return _opening_subject(grammar, text, sentence, end)


def sentence_subject(
    grammar: Grammar, text: str, sentence: int, end: int, people: frozenset[str] = frozenset()
) -> Mention | None:
    """The subject a sentence opens with, past one adverbial ("On Monday, Huma Abedin …");
    a lone name counts when it is one of the *people* (see ``_looks_like_speaker``)."""
    starts = [sentence]
    comma = text.find(",", sentence, end)
    if comma > 0:
        starts.append(_SPACE.match(text, comma + 1, None, SERIAL).end())
    for at in starts:
        parsed = phrase_at(grammar, text, at, end)
        if parsed is not None and _looks_like_speaker(grammar, parsed[0], people):
            return parsed[0]
    return None


def _skip_asides(grammar: Grammar, text: str, pos: int, limit: int) -> int:
    """Move past "à l'enfant" and ", en lui montrant le commissaire" after an incise."""
    while True:
        after = _SPACE.match(text, pos, None, SERIAL).end()
        if after >= limit:
            return pos
        comma = text[after] == ","
        nxt = _SPACE.match(text, after + 1, None, SERIAL).end() if comma else after
        aside = grammar.incise_continuation if comma else grammar.incise_complement
        found = aside.match(text, nxt, None, SERIAL)
        if found is None:
            return pos
        if comma and found.group().lower() in grammar.incise_conjunctions:
            subject = WORD_AFTER.match(text, found.end(), limit, SERIAL)
            if subject is None or subject.group(1).lower() not in grammar.narrated_clause_subjects:
                return pos  # « …, commanda le vieux monsieur, et allons … »: the quote
        stop = _ASIDE_END.search(text, nxt, limit, SERIAL)
        pos = stop.start() if stop else limit


def subject_then_cue(
    grammar: Grammar, text: str, at: int, limit: int
) -> tuple[Mention, regex.Match[str]] | None:
    """ "Smith said", "Democratic candidate Hillary Clinton said", "Hugh Hill, a doctor, said".

    The first cue of the clause that starts at *at* is found, then the subject phrase
    that ends right before it.
    """
    stop = grammar.clause_stop.search(text, at, min(limit, at + SUBJECT_CHARS), SERIAL)
    end = stop.start() if stop else min(limit, at + SUBJECT_CHARS)
    cue = grammar.first_cue(text, at, end, incise=True)
    for _ in range(MAX_NOUN_CUES):
        if cue is None or not _after_determiner(grammar, text, at, cue.start()):
            break
        # "the state budget director", "the report said": a verb form after a determiner
        # is a noun; the clause's verb is a later one
        cue = grammar.first_cue(text, cue.end(), end, incise=True)
    if cue is None or cue.start() == at or cue.group("ger"):
        return None
    later = (
        grammar.first_cue(text, cue.end(), end, incise=True)
        if cue.group().lower() in grammar.role_nouns
        else None
    )
    if later is not None and not later.group("ger"):
        # "Rally Canada volunteer media coordinator Tom Hinderks said": the first verb
        # form is a noun of the role before a name, and the name's verb comes after
        wider = phrase_before(grammar, text, at, later.start())
        if (
            wider is not None
            and wider.name
            and wider.role
            and wider.span.start > cue.end()
            and _WORDS_ONLY.fullmatch(text, cue.end(), wider.span.start, SERIAL)
        ):
            return wider, later
    mention = subject_before_cue(grammar, text, at, cue.start())
    if mention is None:
        return None
    lead = _words_before_role(grammar, text[at : mention.span.start], mention).split()
    if mention.role and lead and lead[0][0].isupper():
        # "University of the Fraser Valley political scientist Hamish Telford": the words
        # of an organisation's name and of the role are no other clause
        lead = [w for w in lead if w.lower() not in grammar.connectors]
    lower = [w for w in lead if not w[0].isupper()]  # "St. Charles Police Lt." is the name's
    if len(lower) > 3 or any(w.lower() in grammar.stopwords for w in lead):
        return None  # the clause after the quote is about something else
    return mention, cue


MAX_NOUN_CUES = 2
"""How many verb forms read as nouns (after a determiner) a clause's cue is looked past."""


def _after_determiner(grammar: Grammar, text: str, start: int, at: int) -> bool:
    word = LAST_WORD_BEFORE.match(text, max(start, at - 12), at, SERIAL)
    return word is not None and word.group(1).lower() in grammar.determiners


def _words_before_role(grammar: Grammar, lead: str, mention: Mention) -> str:
    """*lead*, the words before a name, without the name's own role and its determiner
    ("former county planning director Tom Hale", "the budget director, Tom Hale,"):
    what is left must be no other clause."""
    role = mention.role
    trimmed = lead.rstrip(" ,\u00a0")
    if not role or not trimmed.endswith(role):
        return lead
    trimmed = trimmed[: len(trimmed) - len(role)]
    words = trimmed.split()
    if words and words[-1].lower() in grammar.determiners:
        words.pop()
    return " ".join(words)


_WORDS_ONLY = regex.compile(r"[\p{L}\s\p{Zs}]*+")
CuesAfter = dict[int, tuple[int, "regex.Match[str] | None"]]
"""For one document, the cue read right after each quote (at the offset where the words
after it start), with the offset it was read up to: the next quote can reuse it."""


def postposed(
    grammar: Grammar, text: str, found: Found, limit: int, cues_after: CuesAfter | None = None
) -> Attribution | None:
    """« … », a déclaré Mme X ; « … », a-t-il ajouté ; « … », selon X."""
    byline = _BYLINE.match(text, found.span.end, None, SERIAL)
    if byline is not None:  # “…” ― Jorge Falcon
        line_end = text.find("\n", byline.end())
        line_end = len(text) if line_end < 0 else line_end
        parsed = phrase_at(grammar, text, byline.end(), line_end)
        if (
            parsed is not None
            and parsed[0].kind == "person"
            and text[parsed[1] : line_end].strip() in ("", ".")
        ):
            return Attribution("postposed.byline", parsed[0], None, 0.8)
    at = POSTPOSED_LEAD.match(text, found.span.end, None, SERIAL).end()
    if at >= limit:
        return None
    cue = grammar.cue_at(text, at, limit)
    if cues_after is not None:
        cues_after[at] = (limit, cue)
    if cue is not None and not cue.group("ger"):
        parsed = _subject_after_cue(grammar, text, cue, limit)
        if parsed is not None:
            rule = "postposed.pronoun" if parsed[0].kind == "pronoun" else "postposed"
            return Attribution(rule, parsed[0], span_of_cue(cue), 0.95)
    # « … », a salué sur sa page Facebook le rappeur …: someone speaks, unread. Without the
    # comma (« Aude en colère » appelle à …) the quote is the verb's subject.
    incise_comma = "," in text[found.span.end : at] or text[found.content.end - 1] in ",!?…"
    preposition = grammar.prepositions.match(text, at, limit, SERIAL)
    if (
        preposition is not None
        and not incise_comma
        and preposition.group().lower() in grammar.comma_prepositions
    ):
        preposition = None  # « très inquiète » pour l'hôpital: "pour" names a source after a comma
    by = _by_preposition(grammar, text, preposition, limit, "preposition", 0.85)
    if by is None and cue is None and incise_comma:
        by = _inverted_after(grammar, text, at, limit)
    unread = by is None and cue is not None and not cue.group("ger")
    if unread and incise_comma and not grammar.subject_first:
        return Attribution("postposed.unresolved", None, span_of_cue(cue), 0.5)
    if by is None and cue is None and incise_comma:
        return _unknown_verb(grammar, text, at, limit)
    return by


def _inverted_after(grammar: Grammar, text: str, at: int, limit: int) -> Attribution | None:
    """« … », comme le réclame Laurent Berger ; « … », ainsi que l'a rappelé la ministre:
    a cue after « comme » with its subject after it."""
    lead = grammar.inverting_lead.match(text, at, limit, SERIAL)
    if lead is None:
        return None
    cue = grammar.cue_at(text, lead.end(), limit)
    if cue is None or cue.group("ger"):
        return None
    parsed = _subject_after_cue(grammar, text, cue, limit)
    if parsed is None or parsed[0].kind == "pronoun":
        return None
    return Attribution("postposed", parsed[0], Span(at, cue.end()), 0.85)


def _unknown_verb(grammar: Grammar, text: str, at: int, limit: int) -> Attribution | None:
    """« … », insisite Alexandre Ouizille.: a verb we do not know (or misspelt) before a
    full name that ends the clause still reads as an incise, with less confidence."""
    verb = grammar.unknown_verb.match(text, at, limit, SERIAL)
    if verb is None or grammar.is_function_word(verb.group().split()[-1]):
        return None
    parsed = phrase_at(grammar, text, _SPACE.match(text, verb.end(), None, SERIAL).end(), limit)
    if parsed is None:
        return None
    mention, end = parsed
    full_name = mention.kind == "person" and mention.name and (" " in mention.name or mention.title)
    if not full_name or _NAME_END.match(text, end, limit, SERIAL) is None:
        return None
    return Attribution("postposed.guess", mention, Span(verb.start(), verb.end()), 0.6)


def _by_preposition(
    grammar: Grammar,
    text: str,
    preposition: regex.Match[str] | None,
    limit: int,
    rule: str,
    confidence: float,
) -> Attribution | None:
    """The speaker after "selon", "according to": an attribution, or None."""
    if preposition is None:
        return None
    parsed = phrase_at(
        grammar, text, _SPACE.match(text, preposition.end(), None, SERIAL).end(), limit
    )
    if parsed is None or not _plausible_speaker(grammar, parsed[0]):
        return None  # « … » pour une nouvelle manifestation
    return Attribution(rule, parsed[0], Span(preposition.start(), preposition.end()), confidence)


_LAST_WORD = regex.compile(r"[\s\p{Zs}]*+(\p{L}+)[\s\p{Zs}]*+$", regex.REVERSE)


def _coordinated_subject(grammar: Grammar, text: str, sentence: int, cue: int) -> Mention | None:
    """ "He furrowed his brow and said", « Il a haussé le ton et a lancé »: a verb
    coordinated with an earlier one (past adverbs) shares the sentence's subject."""
    end = cue
    while (word := _LAST_WORD.match(text, sentence, end, SERIAL)) is not None:
        if grammar.adverb_run.fullmatch(" " + word.group(1), None, None, SERIAL) is None:
            break
        end = word.start(1)
    if not grammar.coordinated.match(text, sentence, end, SERIAL):
        return None
    comma = text.rfind(",", sentence, end)
    if comma >= 0:  # "When Mook was asked …, he laughed and said"
        clause = phrase_at(grammar, text, _SPACE.match(text, comma + 1, None, SERIAL).end(), end)
        if clause is not None and _looks_like_speaker(grammar, clause[0]):
            return clause[0]
    return _opening_subject(grammar, text, sentence, cue)


def _clause_before_gerund(
    grammar: Grammar, text: str, sentence: int, gerund: regex.Match[str]
) -> bool:
    """Whether a comma ends a clause with a verb of its own right before the gerund."""
    before = text[sentence : gerund.start()].rstrip()
    if not before.endswith(","):
        return False
    segment_start = text.rfind(",", sentence, sentence + len(before) - 1) + 1 or sentence
    words = tokens(text, segment_start, sentence + len(before) - 1)
    if not words or segment_start == sentence:
        return False
    first = words[0].text.lower()
    if first in grammar.relative_pronouns:
        return False  # "X, who worked the crowd, praising …": the relative's antecedent
    if any(
        w.kind == "w"
        and not w.capitalised
        and (w.text.lower() in grammar.verb_forms or w.text.lower() in grammar.auxiliaries)
        for w in words
    ):
        return True
    # an apposition opens with a determiner, a number or a role noun (« Dupont, 54 ans, »,
    # "Smith, a doctor,"); a lower-case word of no such class opens a verb (« , rafle »)
    return (
        words[0].kind == "w"
        and not words[0].capitalised
        and not first.isdigit()
        and first not in grammar.determiners
        and first not in grammar.stopwords
        and first not in grammar.connectors
        and not is_head_noun(grammar, first)
    )


def _main_verb_subject(grammar: Grammar, text: str, sentence: int, end: int) -> Mention | None:
    """The subject of the first cue of the sentence before *end*, or the one it opens with."""
    for cue in grammar.cues(text, sentence, end):
        if cue.group("ger"):
            continue
        mention = _clitic(cue, grammar) or subject_before_cue(grammar, text, sentence, cue.start())
        if mention is not None:
            return mention
        break
    subject = sentence_subject(grammar, text, sentence, end)
    if subject is not None and subject.kind == "role":
        # « L'ancien candidat …, Benoît Hamon, a dit »: the name set off after the role
        named = _name_after_comma(grammar, text, subject.span.end, end)
        if named is not None:
            return attrs.evolve(named[0], role=named[0].role or subject.role)
    return subject


MAX_OPENING_ROLE_WORDS = 8


def _opening_role(grammar: Grammar, text: str, sentence: int, end: int) -> Mention | None:
    """A role phrase the sentence opens with, or that follows its first comma: « Certains
    …, annonçant » ; « Conséquemment, les partisans du projet cherchent …, en disant »."""
    comma = text.find(",", sentence, end)
    starts = [sentence] + ([_SPACE.match(text, comma + 1, None, SERIAL).end()] if comma > 0 else [])
    for at in starts:
        opening = phrase_at(grammar, text, at, end)
        if (
            opening is not None
            and opening[0].kind == "role"
            and len(opening[0].text.split()) <= MAX_OPENING_ROLE_WORDS
        ):
            return opening[0]
    return None


def _document_author(grammar: Grammar, text: str, sentence: int, colon: int) -> Mention | None:
    """Who wrote the document a lead-in names: « Voici le communiqué du Palais : », "From
    Bush's Facebook post:" (``DOCUMENT_NOUNS``, ``DOCUMENT_AUTHOR_MARKERS``); not whom it
    is sent to ("a blunt message to Trump:")."""
    if not grammar.document_nouns:
        return None
    toks = tokens(text, sentence, colon)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].kind == "w" and toks[k].text.lower() in grammar.support_nouns:
            # « On pouvait lire sur une pancarte : »: the placard's words
            determiner = toks[k - 1]
            if determiner.kind == "el" or determiner.text.lower() in grammar.determiners:
                span = Span(determiner.start, toks[k].end)
                phrase = text[span.start : span.end]
                return Mention(span, phrase, "role", role=toks[k].text, plural=False)
            break
    for k, tok in enumerate(toks):
        if tok.kind != "w" or tok.text.lower() not in grammar.document_nouns:
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is not None and after.text.lower() in grammar.document_author_markers:
            # « le communiqué du Palais », « la déclaration de la ministre »
            parsed = phrase_at(grammar, text, after.end, colon)
            if parsed is not None and parsed[0].kind != "pronoun":
                return parsed[0]
        owner = phrase_before(grammar, text, sentence, tok.start)
        if owner is not None and owner.kind == "person" and owner.text.endswith(("'s", "’s")):
            return owner  # "From Bush's Facebook post:"
    return None


def _opening_subject(grammar: Grammar, text: str, sentence: int, end: int) -> Mention | None:
    """The subject a sentence opens with, for a verb that shares it (a coordinated verb,
    a gerund): any role or name that opens it counts, not only a sure speaker."""
    subject = sentence_subject(grammar, text, sentence, end)
    if subject is not None and _looks_like_speaker(grammar, subject):
        return subject
    opening = phrase_at(grammar, text, sentence, end)
    if opening is not None and opening[0].kind == "role":
        return opening[0]  # « Le vieux jardinier posa sa bêche et me dit » : any noun can speak
    if opening is not None and opening[0].kind == "person" and opening[0].name:
        return opening[0]  # « Douce hésita, baissa la tête et répondit » : a name opens it
    return None


def preposed(grammar: Grammar, text: str, found: Found, floor: int) -> Attribution | None:
    """X a déclaré : « … » ; Elle a déclaré : « … » ; X : « … » ; a lead-in with a colon."""
    start = found.span.start
    lo = max(floor, start - LOOKBACK)
    before = text[lo:start].rstrip()
    if not before.endswith((":", ",")):
        return None
    colon = lo + len(before) - 1
    sentence = sentence_start(grammar, text, lo, colon)
    cues = grammar.cues(text, sentence, colon, incise=True)
    if before.endswith(
        ","
    ):  # only after a cue: Smith said, "…" ; Trump said during the debate, "…"
        if not cues:
            return None
        cue_first = not text[sentence : cues[0].start()].strip()  # Said Dorothy Poynter, …, "…"
        if not cue_first and not _SHORT_ADVERBIAL.fullmatch(text, cues[-1].end(), colon, SERIAL):
            return None
    last_cue = cues[-1] if cues else None
    subject = phrase_at(grammar, text, sentence, colon)
    if last_cue is not None:
        gerund_subject = None
        if last_cue.group("ger") and grammar.gerund_particle.match(
            text, sentence, last_cue.start(), SERIAL
        ):
            # « Hector se cramponnait à la crinière en hurlant : »: the sentence's subject
            gerund_subject = _opening_subject(grammar, text, sentence, last_cue.start())
        mention = (
            _clitic(last_cue, grammar)
            or gerund_subject
            or _coordinated_subject(grammar, text, sentence, last_cue.start())
            or subject_before_cue(grammar, text, sentence, last_cue.start())
        )
        if (
            mention is None
            and subject is not None
            and grammar.coordinated.match(text, sentence, last_cue.start(), SERIAL)
        ):
            mention = subject[0]  # "Trump called on her to resign and said, "…""
        if mention is None and (
            not text[sentence : last_cue.start()].strip()
            or grammar.inverting.match(text, sentence, last_cue.start(), SERIAL)
        ):
            # "Said Dorothy Poynter, who grew up with Ali, "…"", « comme le raconte X : »
            inverted = _subject_after_cue(grammar, text, last_cue, colon + 1)
            if inverted is not None:
                mention = inverted[0]
        if mention is None and last_cue.group("ger"):
            # "He then defended the remark, saying, "…"": the sentence's subject speaks
            mention = sentence_subject(grammar, text, sentence, last_cue.start())
        elif mention is not None and last_cue.group("ger") and _is_document(grammar, mention):
            # "She released a statement saying, "…"": the document is the verb's object;
            # who released it speaks
            mention = sentence_subject(grammar, text, sentence, last_cue.start()) or mention
        if mention is not None:
            gender = grammar.cue_gender(last_cue)
            if gender and not mention.gender:
                mention = attrs.evolve(mention, gender=gender)
            return Attribution("preposed", mention, span_of_cue(last_cue), 0.9)
        heard = (
            None
            if last_cue.group("aux") or last_cue.group("ger")
            else _perceived_speaker(grammar, text, sentence, last_cue.start())
        )
        if heard is not None:
            return Attribution("preposed.heard", heard, span_of_cue(last_cue), 0.75)
        # "… and then predicted: "…"": the speaker of the text before
        return Attribution("preposed.continued", None, span_of_cue(last_cue), 0.6)
    infinitive = _infinitive_before(grammar, text, sentence, colon)
    if infinitive is not None:
        heard = _perceived_speaker(grammar, text, sentence, infinitive.start)
        if heard is not None:
            return Attribution("preposed.heard", heard, infinitive, 0.75)
        # « mon père finit par me dire : — … », « pour lui demander : »: the verb that
        # governs the infinitive shares the sentence's subject, who speaks
        opening = _opening_subject(grammar, text, sentence, infinitive.start)
        if opening is not None:
            return Attribution("preposed.infinitive", opening, infinitive, 0.7)
    if subject is not None and _SPACE.match(text, subject[1], None, SERIAL).end() == colon:
        return Attribution("preposed.name", subject[0], None, 0.85)
    author = _document_author(grammar, text, sentence, colon)
    if author is not None:
        return Attribution("preposed.document", author, None, 0.7)
    if grammar.may_hold_preposition(text, sentence, colon):
        # « Le mouvement est selon elle loin d'être terminé : « … » »: the lead-in names
        # its source, which speaks, not the lead-in's subject
        for preposition in grammar.prepositions.finditer(text, sentence, colon, False, SERIAL):
            by = _by_preposition(grammar, text, preposition, colon, "preposition.leadin", 0.75)
            if by is not None:
                return by
    named = phrase_before(grammar, text, sentence, colon)
    if named is not None and named.kind == "person" and " " in (named.name or ""):
        return Attribution("preposed.name", named, None, 0.8)  # "LIRE AUSSI - François Sureau :"
    if subject is not None and (
        _looks_like_speaker(grammar, subject[0]) or _apposed_subject(text, subject, colon)
    ):
        return Attribution("preposed.leadin", subject[0], None, 0.6)
    opening = _opening_subject(grammar, text, sentence, colon)
    if opening is not None and (
        (
            opening.kind == "person"
            and (
                _looks_like_speaker(grammar, opening)
                or _named_mid_sentence(text, opening.name or "", sentence)
            )
        )
        or (
            opening.kind == "role"
            and is_head_noun(grammar, head_word(grammar, opening.role or opening.text))
        )
    ):
        # « Oncle meunier sursauta en m'apercevant : — … »: the lead-in's own subject
        return Attribution("preposed.leadin", opening, None, 0.55)
    people = [p for p in person_mentions(grammar, text, sentence, colon) if p.name]
    if people:
        return Attribution("preposed.leadin", people[0], None, 0.6)
    return None


NAME_EVIDENCE_REACH = 5000
"""How far around a sentence-initial word its use as a name mid-sentence is looked for."""
NAME_EVIDENCE_TRIES = 40
"""How many of the word's occurrences there are tried, so that each call costs little."""


def _perceived_speaker(grammar: Grammar, text: str, sentence: int, verb: int) -> Mention | None:
    """ "Phillips said he heard students shout, "…"", « il entendit les enfants crier : »:
    the phrase between a verb of hearing and the bare verb at *verb* is who speaks."""
    if not grammar.perception_verbs:
        return None
    words = list(_PLAIN_WORD.finditer(text, max(sentence, verb - 60), verb, False, SERIAL))
    for k in range(len(words) - 2, max(-1, len(words) - 2 - MAX_HEARD_WORDS), -1):
        if words[k].group().lower() not in grammar.perception_verbs:
            continue
        start = words[k + 1].start()
        parsed = phrase_at(grammar, text, start, verb)
        if parsed is not None and parsed[0].kind != "pronoun":
            return parsed[0]
        if k + 2 == len(words) and is_head_noun(grammar, words[k + 1].group()):
            noun = words[k + 1]  # "heard students shout": a bare plural
            return Mention(Span(*noun.span()), noun.group(), "role", role=noun.group(), plural=True)
        return None
    return None


def _is_document(grammar: Grammar, mention: Mention) -> bool:
    """Whether *mention* is a written thing, not a person: "a statement", « un communiqué »."""
    if mention.kind == "person" or not mention.role:
        return False
    return head_word(grammar, mention.role) in grammar.document_nouns


def _named_mid_sentence(text: str, name: str, near: int) -> bool:
    """Whether *name* is written capitalised inside a sentence near *near* ("… said
    Douce", "and Douce"), which a common word opening a sentence ("Governance
    lassitude was …") is not. Spaces, not a line break, stand before it: a heading's last
    word is no part of the next sentence."""
    if not name:
        return False
    lo, hi = max(0, near - NAME_EVIDENCE_REACH), min(len(text), near + NAME_EVIDENCE_REACH)
    at = text.find(name, lo, hi)
    for _ in range(NAME_EVIDENCE_TRIES):
        if at < 0:
            return False
        end = at + len(name)
        before = at
        while before > 0 and text[before - 1] in " \t\u00a0\u202f":
            before -= 1
        if (
            before < at
            and before > 0
            and (text[before - 1].islower() or text[before - 1] in ",;")
            and not (end < len(text) and text[end].isalpha())
        ):
            return True
        at = text.find(name, end, hi)
    return False


def _infinitive_before(grammar: Grammar, text: str, sentence: int, colon: int) -> Span | None:
    """The infinitive of a reporting verb that ends the text before a colon, if one does."""
    words = [t for t in tokens(text, max(sentence, colon - 40), colon) if t.kind == "w"]
    if not words or words[-1].text.lower() not in grammar.speech_infinitives:
        return None
    if grammar.infinitive_markers and not (
        len(words) > 1 and words[-2].text.lower() in grammar.infinitive_markers
    ):
        return None  # an English base form is also a present tense: "they say:"
    return Span(words[-1].start, words[-1].end)


def _apposed_subject(text: str, subject: tuple[Mention, int], colon: int) -> bool:
    """ "Martell, the addictions doctor on the South Shore, is more blunt:": a name set off
    by an apposition opens the lead-in, so it is the sentence's subject."""
    mention, after = subject
    if mention.kind != "person" or not mention.name:
        return False
    at = _SPACE.match(text, after, None, SERIAL).end()
    return text.startswith(",", at) and text.find(",", at + 1, colon) > 0


def interrupted(
    grammar: Grammar,
    text: str,
    found: Found,
    previous_end: int,
    cues_after: CuesAfter | None = None,
) -> Attribution | None:
    """« … », a poursuivi M. Le Maire, « et donc à la démocratie »: the second quote."""
    if previous_end <= 0 or found.span.start - previous_end > LOOKBACK:
        return None
    at = POSTPOSED_LEAD.match(text, previous_end, found.span.start, SERIAL).end()
    known = cues_after.get(at) if cues_after else None
    if known is not None and known[0] >= found.span.start:
        # Read after the previous quote: this quote's opening mark, which no cue holds
        # or looks past, stops it the same way.
        cue = known[1]
    else:
        cue = grammar.cue_at(text, at, found.span.start)
    if cue is None or cue.group("ger"):
        return None
    parsed = _subject_after_cue(grammar, text, cue, found.span.start)
    if parsed is None or text[parsed[1] : found.span.start].strip() not in (",", ""):
        return None
    return Attribution("interrupted", parsed[0], span_of_cue(cue), 0.85)


def sentence_source(grammar: Grammar, text: str, found: Found, limit: int) -> Attribution | None:
    """A source named at the end of the quote's sentence: « … » sur X, indique la préfecture."""
    if (
        not grammar.subject_first  # English writes the full stop inside a quote that goes on
        and found.content.end > found.content.start
        and text[found.content.end - 1] in ".!?…"  # the content is trimmed of its spaces
        and _ENDS_ITS_SENTENCE.match(text, found.span.end, None, SERIAL)
    ):
        return None  # « … pas de réponse. » « … », a insisté X: the cue is the next quote's
    end = _SENTENCE_STOP.search(text, found.span.end, min(limit, found.span.end + LOOKBACK), SERIAL)
    if end is None:
        return None
    if grammar.subject_first and _QUOTE_MARK.search(text, found.span.end, end.start(), SERIAL):
        return None  # a later quote of the sentence has its own attribution
    for comma in _CLAUSE_COMMA.finditer(text, found.span.end, end.start(), False, SERIAL):
        at = comma.end()
        cue = grammar.cue_at(text, at, end.start())
        if cue is not None and not cue.group("ger"):
            parsed = _subject_after_cue(grammar, text, cue, end.start() + 1)
            if parsed is not None and parsed[0].kind != "pronoun":
                return Attribution("postposed.sentence", parsed[0], span_of_cue(cue), 0.7)
        if grammar.subject_first:
            before_cue = subject_then_cue(grammar, text, at, end.start() + 1)
            if before_cue is not None and before_cue[1].end() >= end.start() - 40:
                mention, cue = before_cue
                return Attribution("postposed.sentence", mention, span_of_cue(cue), 0.7)
        preposition = grammar.prepositions.match(text, at, end.start(), SERIAL)
        by = _by_preposition(
            grammar, text, preposition, end.start() + 1, "preposition.sentence", 0.7
        )
        if by is not None:
            return by
    return None


def _phrase_endings(grammar: Grammar, preposition: regex.Match[str]) -> tuple[str, ...]:
    """What may stand between « selon X » and the quote: a comma, or nothing but for « pour »."""
    return (",",) if preposition.group().lower() in grammar.comma_prepositions else (",", "")


_APPOSITION_BEFORE_QUOTE = regex.compile(
    r"[\s\p{Zs}]*+,[\s\p{Zs}]*+\p{Ll}[\p{L}'’\s\p{Zs}-]{0,80}+,[\s\p{Zs}]*+"
)
"""« selon Jérôme Sainte-Marie, sondeur à l'institut Pollingvox, « … » »: a role between
commas after the name, then the quote."""
_PARTICIPIAL_CLOSE = regex.compile(r'[^,.!?;:«»“”"\n]{0,80}+,')
_VERB_NEXT = regex.compile(r"[\s\p{Zs}]++\p{Ll}")


def _subject_after_participial(grammar: Grammar, text: str, found: Found) -> Mention | None:
    """« Constatant une « … », le Roi a demandé » : a participial clause that opens the
    sentence holds the quote; the subject after the comma that closes it speaks."""
    close = _PARTICIPIAL_CLOSE.match(text, found.span.end, None, SERIAL)
    if close is None:
        return None
    at = _SPACE.match(text, close.end(), None, SERIAL).end()
    parsed = phrase_at(grammar, text, at, at + SUBJECT_CHARS)
    if parsed is None or not _looks_like_speaker(grammar, parsed[0]):
        return None
    if _VERB_NEXT.match(text, parsed[1], None, SERIAL) is None:
        return None  # no verb after the phrase: not the sentence's subject
    return parsed[0]


def _only_coordinator(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one coordinator opening the sentence: « Mais »."""
    return text[start:end].strip().lower() in grammar.coordinator_words


_TO_COMMA = regex.compile(r"[^,«»“”\"\n.;:!?]{0,80}+,[\s\p{Zs}]*+")


def _name_after_comma(
    grammar: Grammar, text: str, start: int, end: int
) -> tuple[Mention, int] | None:
    """The person named between the next two commas after *start*, if one is."""
    comma = _TO_COMMA.match(text, start, end, SERIAL)
    if comma is None:
        return None
    parsed = phrase_at(grammar, text, comma.end(), end)
    if parsed is None or parsed[0].kind != "person" or not parsed[0].name:
        return None
    if not _looks_like_speaker(grammar, parsed[0]):
        return None  # « Selon le ministère, Paris, Lyon et Lille sont … »: places
    if not text.startswith(",", _SPACE.match(text, parsed[1], None, SERIAL).end()):
        return None
    return parsed


def _opens_clause(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether a word that opens a reported clause (que, qu', that) is in ``text[start:end]``."""
    return any(
        t.text.lower() in grammar.clause_openers for t in tokens(text, start, end) if t.kind != "p"
    )


MAX_COMPLEMENT_WORDS = 3


def _completes_cue(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a label the cue governs and the quote, only
    carries the cue on to a second complement: « a appelé les « gilets jaunes » à être
    « raisonnables » », « qu'ils accusent de « dérive libérale » et de « casse » »."""
    words = [t.text.lower() for t in tokens(text, start, end) if t.kind != "p"]
    if words and words[0] in grammar.coordinator_words:
        words = words[1:]
    return 0 < len(words) <= MAX_COMPLEMENT_WORDS and words[0] in grammar.complement_prepositions


def _named_cue_between(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether a cue with a named person before it stands in ``text[start:end]``."""
    cue = grammar.first_cue(text, start, end)
    if cue is None or cue.group("ger"):
        return False
    subject = subject_before_cue(grammar, text, start, cue.start())
    return subject is not None and subject.kind == "person" and bool(subject.name)


def in_sentence(
    grammar: Grammar,
    text: str,
    found: Found,
    floor: int,
    previous_is_label: bool = False,
    prepositions_only: bool = False,
) -> Attribution | None:
    """Selon X, « … » ; X a estimé que la situation était « grave »."""
    start = found.span.start
    lo = max(floor, start - LOOKBACK)
    # a paragraph that opens with spaces («⏎ Selon X, … ») opens its sentence after them
    sentence = _SPACE.match(text, sentence_start(grammar, text, lo, start), start, SERIAL).end()
    if sentence >= start:
        return None
    prepositions = (
        grammar.prepositions.finditer(text, sentence, start, False, SERIAL)
        if grammar.may_hold_preposition(text, sentence, start)
        else ()
    )
    for preposition in prepositions:
        after = _SPACE.match(text, preposition.end(), None, SERIAL).end()
        relative = _RELATIVE_WORD.match(text, after, start, SERIAL)
        if relative is not None and relative.group().lower() in grammar.relative_pronouns:
            # « le politologue Stéphane Rozès selon lequel « … » »: the phrase before speaks
            rest = text[_SPACE.match(text, relative.end(), None, SERIAL).end() : start].strip()
            antecedent = subject_before_cue(grammar, text, sentence, preposition.start())
            if (
                rest in ("", ",")
                and antecedent is not None
                and antecedent.kind != "pronoun"
                and _plausible_speaker(grammar, antecedent)
            ):
                span = Span(preposition.start(), relative.end())
                return Attribution("preposition.relative", antecedent, span, 0.75)
        parsed = phrase_at(grammar, text, after, start)
        opens = preposition.start() == sentence or _only_coordinator(
            grammar, text, sentence, preposition.start()
        )
        if parsed is not None and opens and parsed[0].kind in ("role", "organisation"):
            # « Mais selon le porte-parole de LREM, Gabriel Attal, si … « … » »: the name
            # set off after the role is the source
            named = _name_after_comma(grammar, text, parsed[1], start)
            if named is not None:
                parsed = named
        if (
            parsed is not None
            and _plausible_speaker(grammar, parsed[0])
            and (
                text[_SPACE.match(text, parsed[1], None, SERIAL).end() : start].strip()
                in _phrase_endings(grammar, preposition)
                or (
                    parsed[0].kind == "person"
                    and _APPOSITION_BEFORE_QUOTE.fullmatch(text, parsed[1], start, SERIAL)
                )
                or (
                    opens
                    and text.startswith(",", _SPACE.match(text, parsed[1], None, SERIAL).end())
                    # « Selon l'Élysée, Emmanuel Macron a appelé à « … » »: the cue's own
                    # subject speaks, the source before reports it
                    and not _named_cue_between(grammar, text, parsed[1], start)
                )
            )
        ):
            return Attribution(
                "preposition", parsed[0], Span(preposition.start(), preposition.end()), 0.85
            )
    if prepositions_only:
        return None
    # A cue before another quote mark of the sentence governs that earlier quote, so only
    # the words after the last mark are read (no cue runs across a mark).
    last_mark = _LAST_QUOTE_MARK.search(text, sentence, start, SERIAL)
    cues_from = last_mark.end() if last_mark else sentence
    label_opening = None
    if previous_is_label and last_mark is not None:
        # « a estimé que le mouvement des « gilets jaunes » lui donnait « raison » »: a
        # label in a noun phrase is no quote a cue governs, so the cue before it is free
        label_opening = _LAST_QUOTE_MARK.search(text, sentence, last_mark.start(), SERIAL)
        if label_opening is not None:
            boundary = _LAST_QUOTE_MARK.search(text, sentence, label_opening.start(), SERIAL)
            cues_from = boundary.end() if boundary else sentence
    cues = grammar.cues(text, cues_from, start)
    if label_opening is not None and last_mark is not None:
        # only a cue whose reported clause holds the label (« a estimé que … »), not one
        # that names the label itself (« ce qu'on appelle le « harcèlement de rue » »)
        opening = label_opening.start()
        completes = _completes_cue(grammar, text, last_mark.end(), start)
        cues = [
            cue
            for cue in cues
            if cue.start() >= last_mark.end()
            or (
                cue.end() <= opening
                and (completes or _opens_clause(grammar, text, cue.end(), opening))
            )
        ]
    if not cues:
        return None
    last_cue = cues[-1]
    if (
        not last_cue.group("ger")
        and not previous_is_label
        and _CLOSING_BEFORE.search(
            text[max(0, last_cue.start() - 6) : last_cue.start()], None, None, SERIAL
        )
    ):
        return None  # the cue is an earlier quote's
    if last_cue.group("ger"):  # "…, précisant que le projet « … »": the clause's speaker
        particle = grammar.gerund_particle.match(text, sentence, last_cue.start(), SERIAL)
        # « … a réagi au micro de BFM TV en déclarant que … »: the subject, not BFM TV
        subject = None if particle else phrase_before(grammar, text, sentence, last_cue.start())
        if subject is not None and _clause_before_gerund(grammar, text, sentence, last_cue):
            # « X a dit craindre que Marine Le Pen …, rafle la mise …, estimant que … »: the
            # gerund after a clause shares the main verb's subject, not the clause's
            subject = _main_verb_subject(grammar, text, sentence, last_cue.start())
        if subject is not None and subject.kind != "pronoun":
            return Attribution(
                "partial", subject, span_of_cue(last_cue), 0.7
            )  # Charles Michel dénonçant
        if particle and sentence == lo:
            # « … a besoin « d'une réponse », tout en assurant être « … » »: the sentence
            # goes on past the quote before, so its opening is read beyond that quote
            reach = max(0, lo - LOOKBACK)
            paragraph = text.rfind("\n", reach, start) + 1
            sentence = sentence_start(grammar, text, max(paragraph, reach), start)
        subject = sentence_subject(grammar, text, sentence, last_cue.start()) or _opening_role(
            grammar, text, sentence, last_cue.start()
        )
        if subject is None:
            # the phrase that opens the sentence: a role, an organisation (« PCF et LFI,
            # dénonçant un « … », ont voté »), or a name the text also writes inside a
            # sentence ("Band member Flea shared the news …, writing"), not a capitalised
            # adverb (« Conséquemment, »)
            parsed = phrase_at(grammar, text, sentence, last_cue.start())
            opening = parsed[0] if parsed is not None else None
            if opening is not None and (
                opening.kind in ("role", "organisation")
                or (
                    opening.kind == "person"
                    and bool(opening.name)
                    and (
                        opening.role
                        or opening.title
                        or _named_mid_sentence(text, opening.name or "", sentence)
                    )
                )
            ):
                subject = opening
        if subject is not None:
            return Attribution("partial", subject, span_of_cue(last_cue), 0.65)
        opening = text[sentence : last_cue.start()].rstrip()
        if not opening or opening.endswith(","):
            after = _subject_after_participial(grammar, text, found)
            if after is not None:
                return Attribution("partial.participial", after, span_of_cue(last_cue), 0.65)
        return Attribution("partial.gerund", None, span_of_cue(last_cue), 0.6)
    mention = _clitic(last_cue, grammar) or subject_before_cue(
        grammar, text, sentence, last_cue.start()
    )
    if mention is not None:
        return Attribution("partial", mention, span_of_cue(last_cue), 0.75)
    if grammar.inverting.match(text, sentence, last_cue.start(), SERIAL):
        # « Comme l'expliquait Françoise Nyssen, il faut « … » »: the subject follows the cue
        inverted = _subject_after_cue(grammar, text, last_cue, start)
        if inverted is not None:
            return Attribution("partial", inverted[0], span_of_cue(last_cue), 0.75)
    if get_language(grammar.code).names_before(text, last_cue.start(), start):
        return None  # « Jean-Pierre, dit « le Boucher » »: a nickname
    subject = sentence_subject(grammar, text, sentence, last_cue.start())
    if subject is None:  # « Éric Drouet, l'un des plus connus, a appelé à « … » »
        return None
    return Attribution("partial", subject, span_of_cue(last_cue), 0.65)


_SENTENCE_DONE = regex.compile(r"[.!?…][\p{Pf}\p{Pe}\"']*+[\s\p{Zs}]*+$", regex.REVERSE)
"""Text that ends on a finished sentence (compiled backwards: ``match`` it at the end)."""
_OPENS_SENTENCE = regex.compile(r"[\s\p{Zs}]*+[\p{Pi}\p{Ps}\"'¿¡]*+[\p{Lu}\p{N}]")


_FIRST_WORD = regex.compile(r"[\s\p{Zs}]*+([\p{L}]++)")
NARRATIVE_WINDOW = 2 * PHRASE_CHARS
"""How much of the sentence after a quote is read for « Et X de + infinitive »."""
_QUOTE_SENTENCE_END = regex.compile(r"[\p{Pf}\p{Pe}\"'”»]*+[\s\p{Zs}]*+[.!?…]*+[\s\p{Zs}]*+")


def _narrative_subject(grammar: Grammar, text: str, at: int, limit: int) -> Mention | None:
    """The subject of a narrative infinitive that opens the sentence at *at*, if one does:
    « Et Pécresse de réclamer … », « Et le ministre de conclure : »."""
    opener = _FIRST_WORD.match(text, at, limit, SERIAL)
    if opener is None or opener.group(1).lower() not in grammar.narrative_openers:
        return None
    parsed = phrase_at(grammar, text, opener.end(), limit)
    if parsed is None or parsed[0].kind == "pronoun":
        return None
    words = tokens(text, parsed[1], min(limit, parsed[1] + 40))[:2]
    if (
        len(words) == 2
        and words[0].text.lower() in grammar.narrative_markers
        and words[1].text.lower() in grammar.speech_infinitives
    ):
        return parsed[0]
    return None


def narrative_infinitive(
    grammar: Grammar, text: str, found: Found, floor: int
) -> Attribution | None:
    """« Et Pécresse de réclamer … « l'overdose fiscale » » and « « … ». Et Stéphanie
    Silvestre d'ajouter que … »: the narrative infinitive the press writes for "X said".

    The quote sits in the sentence the construction opens, or opens the sentence right
    after it (``narrative``); or it is a sentence of its own, with no cue, right before
    one that opens with it, in its paragraph or the next (``narrative.after``: « Et X
    d'ajouter » goes on with the same speaker).
    """
    if not grammar.narrative_openers:
        return None
    start = found.span.start
    lo = max(floor, start - LOOKBACK)
    sentence = sentence_start(grammar, text, lo, start)
    if sentence < start and not _LAST_QUOTE_MARK.search(text, sentence, start, SERIAL):
        mention = _narrative_subject(grammar, text, sentence, start)
        if mention is not None:
            return Attribution("narrative", mention, None, 0.8)
    if text[sentence:start].strip():
        return None
    if sentence > lo:
        # « Et X d'ajouter que … . « … » »: the sentence before the quote opens with it
        before = sentence_start(grammar, text, lo, text_end_before(text, sentence) - 1)
        if not _LAST_QUOTE_MARK.search(text, before, sentence, SERIAL):
            mention = _narrative_subject(grammar, text, before, sentence)
            if mention is not None:
                return Attribution("narrative", mention, None, 0.75)
    after = _QUOTE_SENTENCE_END.match(text, found.span.end, None, SERIAL).end()
    ends_sentence = any(c in ".!?…" for c in text[found.content.end - 1 : after] if not c.isspace())
    if not ends_sentence or text.count("\n", found.span.end, after) > 2:
        return None
    # the next sentence, in this paragraph or opening the next one; its first words only
    window = min(len(text), after + NARRATIVE_WINDOW)
    limit = text.find("\n", after + 1, window)
    mention = _narrative_subject(grammar, text, after, limit if limit > 0 else window)
    if mention is None:
        return None
    return Attribution("narrative.after", mention, None, 0.7)


def previous_sentence(grammar: Grammar, text: str, found: Found, floor: int) -> Attribution | None:
    """Chapman says the union sees it otherwise. "Response times … can be 45 minutes."

    A quote that is a sentence of its own, with no cue, after a narrated sentence whose
    verb reports speech: the subject of that sentence speaks. When the quote opens its
    paragraph, the sentence is the last one of the paragraph before. No quotation mark
    may stand between the two (that quote would be the one the cue governs).
    """
    start = found.span.start
    if not _OPENS_SENTENCE.match(text, found.content.start - 1, found.content.end, SERIAL):
        return None
    end = text_end_before(text, start)
    if end <= floor:
        return None
    if not _SENTENCE_DONE.match(text, max(floor, start - LOOKBACK), start, SERIAL):
        return None  # the quote goes on a sentence of the narration
    lo = max(0, end - LOOKBACK)
    sentence_end = end - 1
    sentence = sentence_start(grammar, text, lo, sentence_end)
    if sentence == lo and lo > 0:
        return None  # too long for a lead-in
    last_mark = _LAST_QUOTE_MARK.search(text, sentence, end, SERIAL)
    last_cue = None
    if last_mark is not None:  # "…," Smith said. "…": only when that quote had no speaker
        if sentence < floor:
            return None
        last_cue = grammar.first_cue(text, last_mark.end(), sentence_end)
        opener = _LAST_QUOTE_MARK.search(text, sentence, last_mark.start(), SERIAL)
        if last_cue is None and opener is not None:
            # Stubbs said that … the "unpredictable" nature of …: a cue before a label
            last_cue = grammar.first_cue(text, sentence, opener.start())
        if last_cue is None:
            return None
        if last_cue.start() >= last_mark.end():
            sentence = last_mark.end()
    else:
        last_cue = grammar.first_cue(text, sentence, sentence_end)
    if last_cue is None:
        return None
    mention = _clitic(last_cue, grammar)
    if mention is None and text[sentence : last_cue.start()].rstrip().endswith(","):
        inverted = _subject_after_cue(grammar, text, last_cue, end)  # …, précise le même B.C.
        mention = inverted[0] if inverted is not None else None
    if mention is None:
        mention = subject_before_cue(grammar, text, sentence, last_cue.start())
    if mention is None or not _plausible_speaker(grammar, mention):
        mention = sentence_subject(grammar, text, sentence, last_cue.start())
    if mention is None:
        return None
    return Attribution("previous.sentence", mention, span_of_cue(last_cue), 0.6)


def preposed_floor(text: str, paragraph_start: int, quote_start: int) -> int:
    """How far back a preposed cue may stand: the quote's paragraph, or the one before
    when the quote opens its paragraph and that one ends with a colon."""
    if text[paragraph_start:quote_start].strip() != "":
        return paragraph_start
    previous_text_end = text_end_before(text, paragraph_start)
    floor = text.rfind("\n", 0, previous_text_end) + 1
    return floor if text[floor:previous_text_end].endswith(":") else paragraph_start


def relayed(
    grammar: Grammar, text: str, found: Found, after: Attribution, floor: int
) -> Attribution | None:
    """« X, qui affirme que les concessions arrivent « trop tard », a rapporté l'AFP »: an
    organisation after the quote relays what a person said inside the sentence, so the
    person whose speech verb governs the fragment speaks."""
    if after.mention is None or after.mention.kind != "organisation":
        return None
    inner = in_sentence(grammar, text, found, floor)
    if inner is None or inner.mention is None:
        return None
    if inner.rule == "partial" and inner.mention.kind == "person":
        return attrs.evolve(inner, rule="partial.relayed")
    if inner.rule == "preposition" and inner.mention.kind != "pronoun":
        # « selon la police, « … », rapporte l'AFP »: the source the sentence names
        return attrs.evolve(inner, rule="preposition.relayed")
    return None


_MERGE_GAP = regex.compile(r"(?:[\s\p{Zs}]+[\p{L}\p{N}'’.-]+){0,3}[\s\p{Zs}]*+,[\s\p{Zs}]*+")


def merge_interrupted(
    text: str, found: list[Found], attributions: list[Attribution | None]
) -> tuple[list[Found], list[Attribution | None]]:
    """ "We will not," he said, "back down." — one quote in two parts, as English writes it.

    A quote attributed by a postposed cue and followed, after only that attribution
    and a comma, by a quote of the same marks in the same paragraph that carries on
    the sentence, is merged with it.

    >>> from quoteattr import extract
    >>> [(q.rule, len(q.parts)) for q in extract('"We will not," he said, "back down."', lang="en")]
    [('en.interrupted', 2)]
    """
    merged_found: list[Found] = []
    merged_attributions: list[Attribution | None] = []
    i = 0
    while i < len(found):
        first, attribution = found[i], attributions[i]
        if (
            i + 1 < len(found)
            and attribution is not None
            and _continues(text, first, found[i + 1], attribution)
        ):
            second = found[i + 1]
            first_parts = attribution.parts or first.parts
            second_parts = (attributions[i + 1] or attribution).parts or second.parts
            merged_found.append(
                Found(
                    first.family,
                    Span(first.span.start, second.span.end),
                    Span(first.content.start, second.content.end),
                    unclosed=second.unclosed,
                    inner=first.inner + second.inner,
                )
            )
            merged_attributions.append(
                attrs.evolve(attribution, rule="interrupted", parts=first_parts + second_parts)
            )
            i += 2
            continue
        merged_found.append(first)
        merged_attributions.append(attribution)
        i += 1
    return merged_found, merged_attributions


def _continues(text: str, first: Found, second: Found, attribution: Attribution) -> bool:
    if attribution.rule not in ("postposed", "postposed.pronoun") or first.family != second.family:
        return False
    if first.family == DASH_FAMILY or attribution.cue_span is None or attribution.mention is None:
        return False
    end = max(attribution.cue_span.end, attribution.mention.span.end)
    if end > second.span.start or "\n" in text[first.span.end : second.span.start]:
        return False
    gap = _MERGE_GAP.fullmatch(text, end, second.span.start, SERIAL)
    if gap is None:
        return False
    first_text = text[first.content.start : first.content.end]
    second_text = text[second.content.start : second.content.end]
    return first_text.endswith(",") or (second_text[:1].islower())
