"""What each phrase that may be a speaker is, decided once per document.

A speaker phrase found in the text (a name, a role, a pronoun …) is a *candidate*; the
``CandidateTable`` of a document gives each one a type, with the evidence for it, the
first time a rule asks, and keeps the answer for every later rule. A pronoun then
resolves only to a candidate of a type that can speak with its gender and number: "CNN",
"Monday", "in the Forest" or "his head" are never the he of the next quote.

>>> from quoteattr.grammar import get_grammar
>>> from quoteattr.names import person_mentions
>>> grammar = get_grammar("en")
>>> text = ("Judge Ann Bell told CNN and the Toronto Star that Homeland Security had lied "
...         "to her in Niagara County. The clerk shook his head.")
>>> table = CandidateTable(grammar, text)
>>> found = person_mentions(grammar, text, 0, len(text))
>>> typed = [(c.mention.text, c.type.value) for c in map(table.typed, found)]
>>> typed  # doctest: +NORMALIZE_WHITESPACE
[('Ann Bell', 'person'), ('CNN', 'outlet'), ('Toronto Star', 'outlet'),
 ('Homeland Security', 'name'), ('Niagara County', 'place'), ('The clerk', 'role'),
 ('his head', 'thing')]
"""

from __future__ import annotations

import enum

import attrs
import regex

from quoteattr.grammar import Grammar, Mention
from quoteattr.names import head_word, is_head_noun
from quoteattr.wordlist import SERIAL

ARTICLE_EVIDENCE_REACH = 6000
"""How far around a name its uses after "the" are counted."""
ARTICLE_EVIDENCE_TRIES = 40
WORD_BEFORE = regex.compile(r"(\p{L}+['’]?)[\s\p{Zs}]*+$", regex.REVERSE)
"""The word right before a position, past spaces (compiled backwards: ``match`` it there)."""


class CandidateType(str, enum.Enum):
    """The kinds a speaker phrase may be. Only some can speak (``SPEAKING``)."""

    PERSON = "person"
    """A name with a title, a role, a gender or a given name, or a lone name."""
    NAME = "name"
    """Capitalised words with nothing of a person ("Homeland Security"): maybe a person,
    an agency or a place; never what he or she stands for."""
    ROLE = "role"
    ORGANISATION = "organisation"
    PRONOUN = "pronoun"
    PLACE = "place"
    """After a preposition of place ("in Niagara County", « dans la Forêt »)."""
    TIME = "time"
    """A day or a month ("Monday", « lundi »)."""
    OUTLET = "outlet"
    """A newspaper, a channel, an agency of the press ("CNN", "the Toronto Star"): it
    speaks as an organisation does ("the Times wrote"), and no he or she stands for it."""
    THING = "thing"
    """A part of the body ("his head"), or in a novel a capitalised word the book writes
    after "the" or never as a character's name."""


SPEAKING = frozenset(
    {
        CandidateType.PERSON,
        CandidateType.NAME,
        CandidateType.ROLE,
        CandidateType.ORGANISATION,
        CandidateType.OUTLET,
        CandidateType.PRONOUN,
    }
)
"""The types a pronoun may stand for (each with its own agreement: see ``agrees``)."""


@attrs.frozen
class Candidate:
    """A speaker phrase with its type and what the type was decided on."""

    mention: Mention
    type: CandidateType
    evidence: str


def body_part(grammar: Grammar, mention: Mention) -> bool:
    """ "his head", « des lèvres »: a role whose head noun is a part of the body, unless a
    complement names an organisation or a name: "the head of the agency" is a person."""
    role = mention.role or mention.text
    head = head_word(grammar, role).lower()
    if head not in grammar.body_nouns:
        return False
    words = role.split()
    lowered = [word.lower() for word in words]
    after = words[lowered.index(head) + 1 :] if head in lowered else []
    if not after or after[0].lower() not in grammar.connectors:
        return True
    # "the head of the agency", "the head of Interpol": a person's role, where the head of
    # the staircase stays a thing
    return not any(word[:1].isupper() or is_head_noun(grammar, word) for word in after[1:])


def named_without_person_evidence(grammar: Grammar, mention: Mention) -> bool:
    """A capitalised run with nothing of a person: no title, role, gender or given name.

    Only for a language that ships a list of given names, where a missing first name
    says something: "HuffPost Canada", "Niagara County", "Homeland Security".
    """
    if not grammar.has_given_names or mention.kind != "person":
        return False
    if mention.title or mention.role or mention.gender:
        return False
    words = (mention.name or mention.text).split()
    return len(words) > 1 and words[0] not in grammar.first_names


def _outlet(grammar: Grammar, mention: Mention) -> bool:
    """A name the language's press lists as an outlet, or one that ends with an outlet's
    head word ("Global News"), with no title before it."""
    if mention.kind not in ("person", "organisation") or mention.title:
        return False
    name = mention.name or mention.text
    return name in grammar.outlet_names or _ends_on_outlet_head(grammar, name.split(), False)


def _outlet_role(grammar: Grammar, mention: Mention) -> bool:
    """ "the Times", "the Washington Post": a capitalised role that is an outlet's name or
    ends with an outlet's head word."""
    words = (mention.role or "").split()
    if not words or not all(word[:1].isupper() for word in words):
        return False
    return " ".join(words) in grammar.outlet_names or _ends_on_outlet_head(grammar, words, True)


def _ends_on_outlet_head(grammar: Grammar, words: list[str], after_the: bool) -> bool:
    """Whether *words* end on an outlet's head word ("Global News"), alone only after
    "the" ("the Times"); "Jing Sun" is a person: a head word ends an outlet's name after
    a place, not after a given name."""
    if not words or words[-1] not in grammar.outlet_heads:
        return False
    return after_the or (len(words) > 1 and words[0] not in grammar.first_names)


class CandidateTable:
    """The types of one document's candidates, each decided once, when first asked for.

    What a type reads beyond the phrase (the words before it; in a novel, how the book
    writes the word elsewhere) is read once per phrase or word, so a document costs time
    in proportion to its length however many rules ask.
    """

    def __init__(self, grammar: Grammar, text: str) -> None:
        self.grammar = grammar
        self.text = text
        self.fiction = False
        """Whether the text is read as a novel."""
        self.characters: frozenset[str] = frozenset()
        """In a novel, the one-word names its cues give speakers ("said Winterbourne"):
        people, though the book never names them in full."""
        self.after_article: dict[str, bool] = {}
        """For a capitalised word, whether the book writes it after "the" most of the time."""
        self._types: dict[tuple[object, ...], Candidate] = {}
        """By every field of the mention: a rule may read the same words with more known."""

    def typed(self, mention: Mention, spoken: bool = False) -> Candidate:
        """*mention* with its type: the first of these tests that holds decides it.

        A *spoken* mention is the subject a cue gave a quote: it speaks, so it is neither
        a place nor, in a novel, a word the book never gives a character."""
        key: tuple[object, ...] = (mention.span, mention.text, mention.kind, mention.name)
        key += (mention.title, mention.role, mention.gender, mention.plural, spoken)
        found = self._types.get(key)
        if found is None:
            found = Candidate(mention, *self._type_of(mention, spoken))
            self._types[key] = found
        return found

    def _type_of(self, mention: Mention, spoken: bool) -> tuple[CandidateType, str]:
        grammar = self.grammar
        kind = mention.kind
        if kind == "pronoun":
            return CandidateType.PRONOUN, "a pronoun"
        if kind == "role":
            if body_part(grammar, mention):
                return CandidateType.THING, "a part of the body"
            if _outlet_role(grammar, mention):
                return CandidateType.OUTLET, "an outlet of the press"
            return CandidateType.ROLE, "a role noun"
        name = mention.name or mention.text
        if kind == "person" and not mention.title and name.lower() in grammar.time_names:
            return CandidateType.TIME, "a day or a month"
        if _outlet(grammar, mention):
            return CandidateType.OUTLET, "an outlet of the press"
        if kind == "organisation":
            return CandidateType.ORGANISATION, "an organisation noun"
        if spoken:
            pass
        elif self.is_place(mention):
            return CandidateType.PLACE, "after a preposition of place"
        elif self.mute_word(mention):
            return CandidateType.THING, "a word the book writes as no character's name"
        if named_without_person_evidence(grammar, mention):
            return CandidateType.NAME, "no title, role, gender or given name"
        return CandidateType.PERSON, "a name"

    def is_place(self, mention: Mention) -> bool:
        """Whether *mention* follows a preposition of place, past a determiner ("in the
        Forest", "at Maida Vale", « dans la Forêt »): a place, nobody a pronoun means."""
        if self.text.startswith(("'s", "’s"), mention.span.end):
            return False  # "in Mrs. Hall's parlour": a possessor
        start = mention.span.start
        for _ in range(2):
            word = WORD_BEFORE.match(self.text, max(0, start - 30), start, SERIAL)
            if word is None:
                return False
            low = word.group(1).lower()
            if low in self.grammar.place_prepositions:
                return True
            if low not in self.grammar.determiners:
                return False
            start = word.start()
        return False

    def mute_word(self, mention: Mention) -> bool:
        """In a novel, a capitalised word that no cue of the book names, with no title or
        role, and no given name, or one the book writes after "the" ("at the other end of
        the Forest, and when he came"): a place or a thing, which no he or she stands for."""
        name = mention.name or mention.text
        return (
            self.fiction
            and mention.kind == "person"
            and not (mention.title or mention.role)
            and " " not in name
            and name not in self.characters
            and (
                name not in self.grammar.first_names
                or self.mostly_after_article(name, mention.span.start)
            )
        )

    def mostly_after_article(self, word: str, near: int) -> bool:
        """Whether the text writes *word* after a definite article at least two times in
        three ("the Forest", « la Forêt »): a place or a thing, though a given name too.
        Read around *near* only (``ARTICLE_EVIDENCE_REACH``, ``ARTICLE_EVIDENCE_TRIES``),
        once per word, so that a book of many names costs time in proportion to its length."""
        if word not in self.after_article:
            text = self.text
            lo, hi = max(0, near - ARTICLE_EVIDENCE_REACH), near + ARTICLE_EVIDENCE_REACH
            total = after = 0
            at = text.find(word, lo, hi)
            while at >= 0 and total < ARTICLE_EVIDENCE_TRIES:
                end = at + len(word)
                if not (at and text[at - 1].isalpha()) and not (
                    end < len(text) and text[end].isalpha()
                ):
                    total += 1
                    before = WORD_BEFORE.match(text, max(0, at - 30), at, SERIAL)
                    if before is not None and (
                        before.group(1).lower() in self.grammar.definite_determiners
                    ):
                        after += 1
                at = text.find(word, end, hi)
            self.after_article[word] = total > 1 and 3 * after >= 2 * total
        return self.after_article[word]


def agrees(pronoun: Mention, candidate: Candidate) -> bool:
    """Whether *pronoun* may stand for *candidate*: a type that speaks, then gender and
    number (he and she for people only; it and they for organisations and outlets too)."""
    kind = candidate.type
    if kind not in SPEAKING or kind is CandidateType.PRONOUN:
        return False
    if kind is CandidateType.NAME and pronoun.gender:
        return False  # he / she stand for people
    mention = candidate.mention
    if kind is CandidateType.ORGANISATION:
        return pronoun.gender is None  # "the ministry … it said", "… they said"
    if pronoun.plural != mention.plural:
        return False
    if kind is CandidateType.OUTLET:
        return pronoun.gender is None  # "the Times wrote … it added"
    return not (pronoun.gender and mention.gender and pronoun.gender != mention.gender)
