"""Turn speaker phrases into speakers: pronouns to people, mentions to one entity each,
and quotes with no cue of their own to the speaker they continue.

>>> from quoteattr import extract
>>> text = ("Mme Ghada Waly a salué l'accord. Elle a déclaré : « C'est un grand pas. » "
...         "« Nous continuerons », a ajouté Mme Waly.")
>>> [(q.speaker.name, q.speaker_text, q.rule) for q in extract(text)]
[('Ghada Waly', 'Elle', 'fr.preposed'), ('Ghada Waly', 'Mme Waly', 'fr.postposed')]
"""

from __future__ import annotations

import unicodedata

import attrs

from quoteattr.grammar import Grammar, Mention
from quoteattr.names import person_mentions

PRONOUN_WINDOW = 1500
PRONOUN_CHUNK = 300
FOLLOW_ON_GAP = 1200


@attrs.define
class Pending:
    """A quote being attributed: what detection found and what the rules said."""

    index: int
    start: int
    end: int
    speech: bool
    dash: bool
    mention: Mention | None = None
    speaker: Mention | None = None
    rule: str | None = None
    cue: tuple[int, int] | None = None
    confidence: float = 0.0


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _surname(mention: Mention) -> str | None:
    if mention.kind != "person" or not mention.name:
        return None
    return _fold(mention.name.split()[-1])


def _compatible(pronoun: Mention, candidate: Mention) -> bool:
    if candidate.kind == "pronoun":
        return False
    if pronoun.plural != candidate.plural:
        return False
    return not (pronoun.gender and candidate.gender and pronoun.gender != candidate.gender)


def resolve_pronoun(
    grammar: Grammar, text: str, pronoun: Mention, known: list[Mention], seen: list[Mention]
) -> Mention | None:
    """The latest person before *pronoun* that agrees with it in gender and number.

    The text before the pronoun is read back in chunks, nearest first, so the
    usual case (the antecedent in the previous sentence or two) reads little.
    """
    floor = max(0, pronoun.span.start - PRONOUN_WINDOW)
    end = pronoun.span.start
    earlier = [m for m in known if m.span.start < end]
    while end > floor:
        start = max(floor, end - PRONOUN_CHUNK)
        if start > floor:
            space = text.rfind(" ", floor, start)
            start = space + 1 if space >= 0 else floor
        nearby = person_mentions(grammar, text, start, end)
        seen.extend(nearby)
        candidates = sorted(
            [m for m in earlier if start <= m.span.start < end] + nearby, key=lambda m: m.span.start
        )
        for candidate in reversed(candidates):
            if _compatible(pronoun, candidate):
                return candidate
        end = start
    return None


def _entity_table(mentions: list[Mention]) -> dict[str, Mention]:
    """For each surname, the merged entity when its full name is unambiguous."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        surname = _surname(mention)
        if surname:
            groups.setdefault(surname, []).append(mention)
    table: dict[str, Mention] = {}
    for surname, group in groups.items():
        full_names = {m.name for m in group if m.name and len(m.name.split()) > 1}
        if len(full_names) > 1:
            continue
        name = next(iter(full_names)) if full_names else group[0].name
        table[surname] = Mention(
            group[0].span,
            name or "",
            "person",
            name=name,
            title=next((m.title for m in group if m.title), None),
            role=next((m.role for m in group if m.role), None),
            gender=next((m.gender for m in group if m.gender), None),
        )
    return table


def resolve(grammar: Grammar, text: str, pending: list[Pending]) -> None:
    """Fill ``speaker`` on every pending quote, in place."""
    known: list[Mention] = []
    seen: list[Mention] = []
    for item in pending:
        mention = item.mention
        if mention is None:
            continue
        if mention.kind == "pronoun":
            item.speaker = resolve_pronoun(grammar, text, mention, known, seen)
            if item.speaker is not None and mention.gender and not item.speaker.gender:
                item.speaker = attrs.evolve(item.speaker, gender=mention.gender)
        else:
            item.speaker = mention
            known.append(mention)
    entities = _entity_table(known + seen + [p.speaker for p in pending if p.speaker])
    for item in pending:
        if item.speaker is None:
            continue
        surname = _surname(item.speaker)
        if surname in entities:
            entity = entities[surname]
            item.speaker = attrs.evolve(
                entity,
                span=item.speaker.span,
                title=entity.title,
                role=item.speaker.role or entity.role,
                gender=entity.gender or item.speaker.gender,
            )
    _follow_on(grammar, text, pending)


def _follow_on(grammar: Grammar, text: str, pending: list[Pending]) -> None:
    previous: Pending | None = None
    for item in pending:
        if item.rule is not None:
            previous = item if item.speaker is not None or item.mention is not None else None
            continue
        if previous is None or not item.speech or item.dash:
            continue
        gap_start, gap_end = previous.end, item.start
        if gap_end - gap_start > FOLLOW_ON_GAP:
            previous = None
            continue
        if grammar.cues(text, gap_start, gap_end):
            previous = None
            continue
        item.mention = previous.mention
        item.speaker = previous.speaker
        item.rule = "followon"
        item.confidence = 0.6
        item.cue = None
