"""Patterns compiled once per language from its data: cues, names and role phrases.

>>> grammar = get_grammar("fr")
>>> match = grammar.cue.match("a-t-elle encore ajouté dans la foulée")
>>> match.group(), grammar.cue_gender(match)
('a-t-elle encore ajouté', 'f')
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import attrs
import regex

from quoteattr.inflect import english_lexicon, french_lexicon
from quoteattr.lang import en, fr, get_language
from quoteattr.model import Span
from quoteattr.wordlist import SERIAL, Paradigms, compile_lists, word_trie

_APOSTROPHE = "['’]"
LAST_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{L}+)[\s\p{Zs}]++$", regex.REVERSE)
"""The whole word before a position and the spaces after it (``match`` it there)."""
# A word starts after « s' », « n' », « m' », « t' » too (s'est dit, m'a dit), not « l' »
_WORD_START = regex.compile(r"(?:(?<=(?<![\p{L}\p{N}])[sSnNmMtT]['’])|(?<![\p{L}\p{N}'’-]))\p{L}+")
# The tokeniser runs on the standard library's engine, which reads this simple pattern
# about twice as fast as ``regex``. It has no Unicode property classes, so they are
# spelt out: ``[^\W_]`` is a letter or a number (str.isalnum: exactly ``[\p{L}\p{N}]``
# for every character Python's Unicode tables know), and the two classes below are
# ``regex``'s ``\p{Cf}`` and ``[\s\p{Zs}]``, as tests/test_tokens.py checks.
FORMAT_CHARS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
_SPACES_BUT_NEWLINE = "\t\x0b-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SPACE_CHARS = "\n" + _SPACES_BUT_NEWLINE
_TOKEN = re.compile(
    f"([{_SPACES_BUT_NEWLINE}]*)(?:"  # the spaces before the token
    # an elision, but not the D' of a name (D'Souza, D'Amato: a capital on each side)
    r"((?<![^\W_])(?!(?-i:D['’][A-ZÀ-ÖØ-Þ]))(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W_]))"
    r"|([^\W_]+(?:(?:[-'’]|[" + FORMAT_CHARS + r"])+[^\W_]+)*[" + FORMAT_CHARS + r"]*)"  # a word
    f"|([^{SPACE_CHARS}]|\n))",  # punctuation; a line break is a token: no phrase runs across it
    flags=re.IGNORECASE,
)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    kind: str  # "el" (an elided article or pronoun), "w" (a word) or "p" (punctuation)
    capitalised: bool


_NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an"})
"""The Arabic article as names carry it, lower case and hyphenated: al-, el-, ad-, …"""


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Split ``text[start:end]`` into words, elisions and punctuation, with offsets.

    >>> [(t.text, t.start, t.kind) for t in tokens("Selon l'AFP, il a dit", 6, 17)]
    [("l'", 6, 'el'), ('AFP', 8, 'w'), (',', 11, 'p'), ('il', 13, 'w'), ('a', 16, 'w')]
    """
    make = tuple.__new__  # skips the Python-level constructor of the named tuple: this is hot
    out = []
    at = start
    for space, elision, word, mark in _TOKEN.findall(text, start, end):
        begin = at + len(space)
        if word:
            at = begin + len(word)
            capitalised = word[0].isupper() or (
                word[2:3] == "-" and word[:2] in _NAME_ARTICLES and word[3:4].isupper()
            )  # "al-Shabaab", "el-Sissi": a name behind a lower-case article
            out.append(make(Token, (word, begin, at, "w", capitalised)))
        elif elision:
            at = begin + len(elision)
            out.append(make(Token, (elision, begin, at, "el", False)))
        else:
            at = begin + len(mark)
            out.append(make(Token, (mark, begin, at, "p", False)))
    return out


@attrs.define
class Mention:
    """A phrase that names who speaks: a name, a role, an organisation or a pronoun.

    Never changed once built (rules and caches share mentions; ``attrs.evolve`` makes a
    changed copy), but not frozen: a frozen class sets each field through
    ``object.__setattr__``, which doubles the cost of the tens of thousands built a run.
    """

    span: Span
    text: str
    kind: str  # person, role, organisation, pronoun
    name: str | None = None
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    plural: bool = False


@attrs.frozen(eq=False)  # one per language (see get_grammar): compared and hashed by identity
class Grammar:
    """One language's compiled patterns and lexicons."""

    code: str
    data: Any = attrs.field(repr=False)
    cue: regex.Pattern[str] = attrs.field(repr=False)
    cue_initials: frozenset[str] = attrs.field(repr=False)
    cue_verbs: frozenset[str] = attrs.field(repr=False)
    """The first word of every verb form a cue holds: no cue where none of them is."""
    cue_prefixes: frozenset[str] = attrs.field(repr=False)
    cue_words: frozenset[str] = attrs.field(repr=False)
    """``cue_initials`` and ``cue_prefixes`` together: every word a cue may start with."""
    incise_only_forms: frozenset[str] = attrs.field(repr=False)
    clause_final_forms: frozenset[str] = attrs.field(repr=False)
    """Cue verbs that also take an object: a cue only at the end of their clause."""
    verb_forms: frozenset[str] = attrs.field(repr=False)
    titles: dict[str, str | None] = attrs.field(repr=False)
    determiners: dict[str, str | None] = attrs.field(repr=False)
    role_nouns: dict[str, str | None] = attrs.field(repr=False)
    organisation_nouns: frozenset[str] = attrs.field(repr=False)
    head_nouns: frozenset[str] = attrs.field(repr=False)
    """The role nouns and the organisation nouns together."""
    pronouns: dict[str, tuple[str | None, str]] = attrs.field(repr=False)
    first_names: dict[str, str | None] = attrs.field(repr=False)
    has_given_names: bool = attrs.field(repr=False)
    """Whether ``first_names`` comes from a full list, so that a name missing from it tells."""
    stopwords: frozenset[str] = attrs.field(repr=False)
    connectors: frozenset[str] = attrs.field(repr=False)
    prepositions: regex.Pattern[str] = attrs.field(repr=False)
    preposition_words: tuple[str, ...] = attrs.field(repr=False)
    """The attribution prepositions, case folded, for :meth:`may_hold_preposition`."""
    feminine_participles: frozenset[str] = attrs.field(repr=False)
    auxiliaries: frozenset[str] = attrs.field(repr=False)
    incise_continuation: regex.Pattern[str] = attrs.field(repr=False)
    incise_complement: regex.Pattern[str] = attrs.field(repr=False)
    speaking_words: frozenset[str] = attrs.field(repr=False)
    adverb_run: regex.Pattern[str] = attrs.field(repr=False)
    time_run: regex.Pattern[str] = attrs.field(repr=False)
    """A run of time adverbials that stand between a cue and its inverted subject
    (« a déclaré la veille le ministre »)."""
    channel_run: regex.Pattern[str] = attrs.field(repr=False)
    """Channel phrases between a verb and its speaker: « à l'AFP », "in a statement"."""
    sentence_boundary: regex.Pattern[str] = attrs.field(repr=False)
    """A sentence end (searched backwards), abbreviations excepted."""
    sentence_end_at: regex.Pattern[str] = attrs.field(repr=False)
    """The same sentence end without the line break, matched forwards from its first mark."""
    clause_stop: regex.Pattern[str] = attrs.field(repr=False)
    """Where a clause after a quote stops: a sentence end, a colon, another quote."""
    prepositional: regex.Pattern[str] = attrs.field(repr=False)
    """A short prepositional phrase: « dans la journée », "at the White House"."""
    gerund_particle: regex.Pattern[str] = attrs.field(repr=False)
    """A word that ties a gerund to the sentence's subject: « en déclarant ».

    This pattern and the next two are compiled backwards: ``match`` them at the end."""
    inverting: regex.Pattern[str] = attrs.field(repr=False)
    inverting_lead: regex.Pattern[str] = attrs.field(repr=False)
    """The same words, opening the text after a quote: « … », comme le réclame X."""
    """A word right before a cue after which the subject follows: « comme l'a dit X »."""
    coordinated: regex.Pattern[str] = attrs.field(repr=False)
    """A coordinator right before a verb: « … et a déclaré », "… and said"."""
    subject_first: bool = False
    """Whether a postposed attribution may put its subject first: "…," Smith said."""
    indefinite_pronouns: dict[str, str | None] = attrs.field(factory=dict, repr=False)
    clause_words: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    """Prepositions of place: a name after one is a place, never a pronoun's antecedent."""
    descriptions_name_the_last_person: bool = False
    """Whether a described role ("the lanky, bespectacled professor") is the person named
    last before it when the text introduced nobody with that noun."""
    capital_prepositions: frozenset[str] = frozenset()
    """Prepositions the press writes in capitals without their accent (« A Rennes »)."""
    time_names: frozenset[str] = frozenset()
    """Days and months, lower-cased: "Monday" is a time, never a speaker."""
    outlet_names: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    """Words that end an outlet's name: "the Toronto Star", "Global News"."""
    subject_pronouns: frozenset[str] = frozenset()
    verb_clitics: frozenset[str] = frozenset()
    impersonal_sources: tuple[str, ...] = ()
    narrative_endings: tuple[str, ...] = ()
    document_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()
    """Adjectives before a character's name after a cue: "thought poor Alice"."""
    addressee_prepositions: frozenset[str] = frozenset()
    """The preposition after a cue that names whom it speaks to: to; à."""
    diminutive_endings: tuple[str, ...] = ()
    """Endings a pet name adds to a name: "Skeggsy" is Skeggs."""
    other_party_roles: frozenset[str] = frozenset()
    """Phrases a novel names the other one of a conversation by: "the other"; « l'autre »."""
    companion_roles: frozenset[str] = frozenset()
    """Phrases a narrator names the one beside them by: "my companion"; « mon compagnon »."""
    nickname_canonicals: dict[str, frozenset[str]] = attrs.field(factory=dict, repr=False)
    """For a nickname, lower-cased, the given names it stands for: frank → francis."""
    unmarried_titles: frozenset[str] = frozenset()
    """Titles of an unmarried woman (Miss, Mlle): not the woman called Mrs. or Mme."""
    kinship_nouns: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Family nouns and the gender they give: mother, brother; mère, frère."""
    married_kinship_nouns: frozenset[str] = frozenset()
    """Family nouns for a married person (mother, husband): never one called Miss."""
    possessive_determiners: dict[str, str | None] = attrs.field(factory=dict, repr=False)
    """Possessive determiners and the gender of their owner where they tell it: his, her."""
    document_author_markers: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()
    narrative_singular_endings: tuple[str, ...] = ()
    narrative_singular_subjects: frozenset[str] = frozenset()
    incise_conjunctions: frozenset[str] = frozenset()
    """Conjunctions after an incise that go on with the narration only before a subject."""
    narrated_clause_subjects: frozenset[str] = frozenset()
    """Subject pronouns that open a narrated clause after such a conjunction."""
    not_narrative_endings: tuple[str, ...] = ()
    not_imparfait_words: frozenset[str] = frozenset()
    """Words with an imparfait's ending that are none: fait, portrait."""
    narrative_openers: frozenset[str] = frozenset()
    narrative_markers: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    adverb_suffixes: tuple[str, ...] = ()
    manner_prepositions: frozenset[str] = frozenset()
    manner_nouns: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    numberless_determiners: frozenset[str] = frozenset()
    """Determiners that do not tell the number: then the noun's ending does (the senators)."""
    noun_complements: frozenset[str] = frozenset()
    """Words after which a verb form read as a noun takes its complement: « la note de »."""
    object_blockers: frozenset[str] = frozenset()
    """Words after which « le / la » before a verb form is an article: « et la demande »."""
    perception_verbs: frozenset[str] = frozenset()
    """Verbs of hearing whose object speaks the bare verb after it: heard, « entendit »."""
    role_synonyms: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Role nouns that name one holder as another does: médecin as docteur."""
    latter_phrases: dict[str, str | None] = attrs.field(factory=dict, repr=False)
    """Phrases that stand for the person named last before them: ce dernier, the latter."""
    absolute_openers: frozenset[str] = frozenset()
    """Words after which a cue verb followed by a comma is an absolute participle: « cela
    dit, », « autrement dit, »."""
    comma_prepositions: frozenset[str] = frozenset()
    """Attribution prepositions that name a source after a quote only behind a comma."""
    impersonal_pronouns: frozenset[str] = frozenset()
    complement_prepositions: frozenset[str] = frozenset()
    """Words after which a mention is a complement: a pronoun prefers another antecedent."""
    infinitive_markers: frozenset[str] = frozenset()
    """Words before a verb form that make it an infinitive, never a cue ("to answer")."""
    first_person: frozenset[str] = frozenset()
    """The narrator's pronoun ("I", « je »): resolved only to a book's narrator."""
    definite_determiners: frozenset[str] = frozenset()
    """Determiners of a role that points at one known holder: the, his; le, son."""
    coordinator_words: frozenset[str] = frozenset()
    """Words that join two verbs or two complements of one subject: and; et."""
    character_gender: regex.Pattern[str] | None = attrs.field(default=None, repr=False)
    """A capitalised word, then the first gendered pronoun of its clause (see below)."""
    character_pronouns: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Pronouns that tell a character's gender in a novel: he, his, she, her; il, elle."""
    speech_infinitives: frozenset[str] = frozenset()
    """The bare infinitives of the reporting verbs (dire, demander; say, ask), lower-cased."""
    clause_openers: frozenset[str] = frozenset()
    """Words that open the clause a cue reports: that; que, qu'."""
    reported_subject: regex.Pattern[str] | None = attrs.field(default=None, repr=False)
    """The gendered subject pronoun that opens the clause right after a cue ("said she")."""
    relative_pronouns: frozenset[str] = frozenset()
    phrase_stop_verbs: frozenset[str] = frozenset()
    """Common finite verbs that end a role phrase (« doivent », "must")."""
    """« qui », "who": a subject followed by one is the subject of the verb after it."""
    """Pronouns that stand for nobody in particular (French « on »)."""
    head_final: bool = False
    """Whether a role phrase ends with its noun ("the White House spokesman") or goes on."""
    merge_interrupted: bool = False
    """Whether "We will not," he said, "back down." is one quote in two parts."""
    coordinated_fragments: bool = False
    """Whether a fragment coordinated with one a cue governs is speech too, as the
    language's press is annotated (« a dénoncé la « brutalité » et le « mépris » »)."""
    incidental_complements: bool = False
    """Whether a complement set off by commas is left out of the distance between a cue
    and the fragment it governs (« a assuré, lors d'une interview, avoir entendu … »)."""
    incise_inside: bool = True
    """Whether an incise may stand inside the marks: « Nous, dit-il, ne céderons pas »."""
    unknown_verb: regex.Pattern[str] = attrs.field(
        repr=False, factory=lambda: _unknown_verb_pattern(())
    )
    """A lower-case verb we do not know, after an auxiliary when the language has them,
    right before a capitalised word: « … », a balayé M. Bourrette."""

    def is_function_word(self, word: str) -> bool:
        """A word that cannot be a verb: a stopword, an adverb, a determiner, a preposition."""
        low = word.lower()
        return (
            low in self.stopwords
            or low in self.determiners
            or self.adverb_run.fullmatch(" " + low, None, None, SERIAL) is not None
            or self.prepositions.fullmatch(low, None, None, SERIAL) is not None
            or low in get_language(self.code).stopwords
        )

    def cue_at(self, text: str, pos: int, end: int) -> regex.Match[str] | None:
        """The cue that starts exactly at *pos*, if its first word can start one.

        >>> get_grammar("fr").cue_at("« Oui », a-t-il dit.", 9, 20).group()
        'a-t-il dit'
        """
        word = _WORD_START.match(text, pos, end, SERIAL)
        if word is None:
            return None
        low = word.group().lower()
        if low not in self.cue_words:
            return None
        match = self.cue.match(text, pos, end, SERIAL)
        if match is None or not self._object_reading(text, match, after_quote=True):
            return None
        return match

    def _object_reading(
        self, text: str, match: regex.Match[str], after_quote: bool = False
    ) -> bool:
        """Whether « le / la / l' » before a finite verb is its object, not an article.

        « Comme le souligne X », « X les juge « … » » and, right after a quote,
        « « … », la coupe un homme » are cues; « Le fait que … », « le Jura » are not,
        nor, in running text, « , la menace de supprimer … » or « et la demande aux … ».
        """
        article = (match.group("obj") or "").strip()
        if article.lower() not in _ARTICLE_LIKE or match.group("aux") or match.group("ger"):
            return True  # « lui répond-il », « l'a dit », « les appelant à »: no article
        verb = match.group("fin") or ""
        if verb[:1].isupper() or article[:1].isupper():
            return False
        if after_quote:
            return True
        if self.adverb_run.match(text, match.end(), None, SERIAL).end() > match.end():
            return True  # « le confirment d'ailleurs »: an adverb follows a verb, not a noun
        after = text[match.end() : match.end() + 12].split(None, 1)
        if (
            after
            and _WORD_HEAD.match(after[0], None, None, SERIAL).group().lower()
            in self.noun_complements
        ):
            return False  # « la menace d'un rappel », « la note de l'Insee »
        before = text[max(0, match.start() - 30) : match.start()].split()
        return not before or before[-1].lower() not in self.object_blockers

    def cues(self, text: str, start: int, end: int, incise: bool = False) -> list[regex.Match[str]]:
        """The reporting cues in ``text[start:end]``, in order.

        Only the words that can begin a cue are tried, which is far cheaper than
        trying the cue pattern at every position. Verbs that report speech only
        next to a quote count when *incise* is true.
        """
        return list(self._cue_scan(text, start, end, incise))

    def first_cue(
        self, text: str, start: int, end: int, incise: bool = False
    ) -> regex.Match[str] | None:
        """The first reporting cue in ``text[start:end]``; nothing after it is read."""
        return next(self._cue_scan(text, start, end, incise), None)

    def may_hold_cue(self, text: str, start: int, end: int) -> bool:
        """False when ``text[start:end]`` has none of the verb words every cue holds.

        One pass in C, which rules out most stretches of text before any cue is tried.
        """
        return not self.cue_verbs.isdisjoint(
            _LETTERS.findall(_fold(text[start:end]), None, None, False, SERIAL)
        )

    def may_hold_preposition(self, text: str, start: int, end: int) -> bool:
        """False when ``text[start:end]`` holds none of the attribution prepositions.

        A few substring tests in C instead of the pattern tried at every position.
        """
        folded = _fold(text[start:end])
        return any(word in folded for word in self.preposition_words)

    def _cue_scan(
        self, text: str, start: int, end: int, incise: bool
    ) -> Iterator[regex.Match[str]]:
        if not self.may_hold_cue(text, start, end):
            return
        excluded = frozenset() if incise else self.incise_only_forms
        position = start
        prefix_start = -1  # where a run of clitics right before the current word starts
        previous_end = -1  # where the last clitic of that run ends
        for word in _WORD_START.finditer(text, start, end, False, SERIAL):
            low = word.group().lower()
            if low in self.cue_prefixes:  # « s'est », « ne l'a », « lui répond »: wait for the verb
                if prefix_start < 0 or word.start() - previous_end > 2:
                    prefix_start = word.start()
                previous_end = word.end()
                continue
            if low not in self.cue_initials:
                prefix_start = -1
                continue
            word_start = word.start()
            if text[word_start].isupper() and _inside_name(text, word_start):
                prefix_start = -1
                continue  # "told the Washington Post", "the Daily Report": a name's word
            adjacent = prefix_start >= 0 and word_start - previous_end <= 2
            at = prefix_start if adjacent else word_start
            prefix_start = -1
            if word_start < position:
                continue
            match = self.cue.match(text, at, end, SERIAL)
            if match is not None and not self._object_reading(text, match):
                continue  # an article and a noun: « la menace de … »
            if match is None and at != word_start:
                match = self.cue.match(text, word_start, end, SERIAL)
            if match is not None and _verb_key(match) not in excluded:
                if self.infinitive_markers and self._after_infinitive_marker(text, match):
                    continue
                if self.absolute_openers and self._absolute_participle(text, match):
                    continue
                if _verb_key(match) in self.clause_final_forms and not self._ends_clause(
                    text, match
                ):
                    continue  # "I began to see", "questioned Mr. Trump's veracity"
                yield match
                position = match.end()

    def _ends_clause(self, text: str, match: regex.Match[str]) -> bool:
        """Whether a verb that also takes an object is a cue here: nothing but punctuation
        follows it ("…," he began.), or it follows a quote's close with its subject after
        it ("…," began the Hatter); never after a determiner (the question, the offer)."""
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].lower() in self.determiners:
            return False
        if _CLAUSE_END_AFTER.match(text, match.end(), None, SERIAL):
            return True
        manner = _MANNER_PHRASE.match(text, match.end(), min(len(text), match.end() + 40), SERIAL)
        if (
            manner is not None
            and manner.group(1).lower() in self.manner_prepositions
            and manner.group(2).lower() in self.manner_nouns
            and _CLAUSE_END_AFTER.match(text, manner.end(), None, SERIAL)
        ):
            return True  # "Harlow began in a low voice, "…"": the manner ends the clause
        start = max(0, match.start() - 4)
        return _QUOTE_CLOSE_BEFORE.search(text, start, match.start(), SERIAL) is not None

    def _absolute_participle(self, text: str, match: regex.Match[str]) -> bool:
        """Whether the cue is the participle of a phrase like « Cela dit, » or « Autrement
        dit, »: the writer's link between two sentences, with nobody speaking."""
        end = match.end()
        # bounded: with a literal to find, the engine would scan the rest of the text for it
        if not _COMMA_AFTER.match(text, end, min(len(text), end + COMMA_REACH), SERIAL):
            return False
        before = text[max(0, match.start() - 16) : match.start()].split()
        return bool(before) and before[-1].lower() in self.absolute_openers

    def _after_infinitive_marker(self, text: str, match: regex.Match[str]) -> bool:
        before = LAST_WORD_BEFORE.match(text, max(0, match.start() - 20), match.start(), SERIAL)
        return before is not None and before.group(1).lower() in self.infinitive_markers

    def cue_gender(self, match: regex.Match[str]) -> str | None:
        """The gender a cue shows: its inverted pronoun, or its participle's agreement."""
        clitic = match.group("inv")
        if clitic:
            gender = self.pronouns.get(clitic.rsplit("-", 1)[-1].lower(), (None, "sg"))[0]
            if gender:
                return gender
        participle = match.group("ppart")
        if participle and participle.lower() in self.feminine_participles:
            return "f"
        return None


def _fold(text: str) -> str:
    """*text* case folded the way the patterns' case-insensitive matching reads it: « ſ » is
    « s »; « İ » is « i », as the patterns take it (folding it would leave a dot after the
    « i »). A dot above that the text itself writes stays, so that it parts the words the
    patterns part there: "n\u0307said" holds the word "said"."""
    return text.replace("\u0130", "i").casefold()


_MANNER_PHRASE = regex.compile(
    r"[\s\p{Zs}]+(\p{L}+)(?:[\s\p{Zs}]+\p{L}+){0,3}?[\s\p{Zs}]+(\p{L}+)(?=[\s\p{Zs}]*[,:.;!?])"
)
"""A short prepositional phrase whose last word ends a clause: " in a low voice"."""
_CLAUSE_END_AFTER = regex.compile(r"[\s\p{Zs}]*+(?:[,.;:!?\"”’»—)-]|$)")
_COMMA_AFTER = regex.compile(r"[\s\p{Zs}]*+,")
COMMA_REACH = 12
"""How many spaces may stand between a participle and the comma after it."""
_QUOTE_CLOSE_BEFORE = regex.compile(r"[\"”’»][\s\p{Zs}]*+$")


def _verb_key(match: regex.Match[str]) -> str:
    """The verb word of a cue, lower-cased, with "se " before it for a pronominal verb."""
    word = _verb_word(match).lower()
    return f"se {word}" if match.group("refl") else word


def _verb_word(match: regex.Match[str]) -> str:
    """The word of a cue that carries the verb: its participle or its finite form."""
    return str(
        match.group("ppart")
        or match.group("part")
        or match.group("fin")
        or match.group("ger")
        or ""
    )


def _nickname_canonicals(source: str | None) -> dict[str, frozenset[str]]:
    """The nickname table a language names, read once with its grammar."""
    if source != "nicknames":
        return {}
    from nicknames import NickNamer

    return {nickname: frozenset(names) for nickname, names in NickNamer().canonical_lookup.items()}


def given_names_file(name: str) -> dict[str, str | None]:
    """A given-name table shipped in ``quoteattr/data`` (name, then m, f or - for either)."""
    table: dict[str, str | None] = {}
    text = importlib.resources.files("quoteattr").joinpath("data", name).read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            given, gender = line.split("\t")
            table[given] = None if gender == "-" else gender
    return table


def _inside_name(text: str, at: int) -> bool:
    """Whether the capitalised word at *at* comes after a word of its own clause (past
    spaces): a word of a name, since a verb is capitalised only where a sentence opens."""
    k = at - 1
    while k >= 0 and text[k] in " \t\u00a0\u202f":
        k -= 1
    return k >= 0 and k < at - 1 and (text[k].isalpha() or text[k] in ",'’")


class GivenNames(dict[str, "str | None"]):
    """Given names with their gender (m, f, or None for either), and the compounds made
    of them with hyphens (Jean-Wilfrid, Marie-Noëlle), which no list holds all of: a
    compound is a given name of its first part's gender when every part is one.

    >>> names = GivenNames({"Jean": "m", "Wilfrid": "m", "Marie": "f", "Noëlle": "f"})
    >>> "Jean-Wilfrid" in names, names.get("Marie-Noëlle"), "Boulogne-sur-Mer" in names
    (True, 'f', False)
    >>> GivenNames({"Saint": "m", "Denis": "m"}).get("Saint-Denis") is None
    True
    """

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True
        return isinstance(word, str) and "-" in word and self._compound(word)

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if dict.__contains__(self, word):
            return dict.__getitem__(self, word)
        if "-" in word and self._compound(word):
            return dict.__getitem__(self, word.split("-", 1)[0])
        return default

    def _compound(self, word: str) -> bool:
        parts = word.split("-")
        if len(parts) < 2 or parts[0] in PLACE_NAME_OPENERS:
            return False  # Saint-Denis, Sainte-Marie: places named after a saint
        return all(dict.__contains__(self, part) for part in parts)


PLACE_NAME_OPENERS = frozenset({"Saint", "Sainte", "San", "Santa", "Santo", "São", "St"})


def _first_names(data: Any) -> GivenNames:
    """The language's given names with their gender: its shipped list, then its own table."""
    shipped = getattr(data, "GIVEN_NAMES_FILE", None)
    table = GivenNames(given_names_file(shipped) if shipped else {})
    own: dict[str, str | None] = {}
    for gender, names in data.FIRST_NAMES.items():
        for name in names:
            own[name] = None if own.get(name, gender) != gender else gender
    for name, gender in own.items():
        table.setdefault(name, gender)
    return table


@attrs.frozen
class CueLexicon:
    """What a language's cue pattern is built from, and the word sets derived from it."""

    pattern: str
    lists: Mapping[str, Iterable[str]]
    initials: frozenset[str]
    """Verb words a cue can begin with: only these positions are tried."""
    prefixes: frozenset[str]
    """Clitics that may stand before those words inside the cue (s', ne, l', lui)."""
    verb_forms: frozenset[str]
    """Finite verb forms, where a speaker phrase stops."""
    incise_only_forms: frozenset[str]
    clause_final_forms: frozenset[str]
    feminine_participles: frozenset[str]
    auxiliaries: frozenset[str]


def _french_cue() -> CueLexicon:
    lexicon = french_lexicon()
    plain = [v for v in lexicon if not v.pronominal]
    pronominal = [v for v in lexicon if v.pronominal]
    feminine = frozenset(
        p
        for v in pronominal
        for p in v.participles
        if p.endswith(("e", "es")) and p not in v.participle_base
    )
    lists: dict[str, Iterable[str]] = {
        "fin": Paradigms(v.finite for v in plain),
        "part": Paradigms(v.participles for v in plain),
        "pfin": Paradigms(v.finite for v in pronominal),
        "ppart": Paradigms(v.participles for v in pronominal),
        "avoir": list(fr.AUXILIARY_AVOIR),
        "etre": list(fr.AUXILIARY_ETRE),
        "adv": list(fr.ADVERBS),
        "ger": sorted({v.present_participle for v in plain}),
        "pger": sorted({v.present_participle for v in pronominal}),
        "fin1": Paradigms(v.first_person for v in plain),
        "pfin1": Paradigms(v.first_person for v in pronominal),
        "heard": list(fr.HEARD_CUE_VERBS),
        "modal": list(fr.MODAL_CUE_VERBS),
        "minf": list(fr.MODAL_CUE_INFINITIVES),
    }
    inv = r"(?P<inv>(?:-t)?-(?:il|elle|ils|elles|on))?"
    # the narrator of a book in the first person: « répondis-je », « m'écriai-je »,
    # « je demandai », « je m'écriai »
    first = rf"(?<=(?<!\p{{L}})(?:[jJ]e[\s\p{{Zs}}]+|[jJ]{_APOSTROPHE}))"
    refl1 = rf"(?P<refl>m{_APOSTROPHE}|me[\s\p{{Zs}}]+)"
    advs = r"(?:[\s\p{Zs}]+\L<adv>){0,3}"
    refl = rf"(?P<refl>s{_APOSTROPHE}|se[\s\p{{Zs}}]+)"
    obj = rf"(?P<obj>[lmt]{_APOSTROPHE}|(?:le|la|les|lui|leur|me|te|nous|vous)[\s\p{{Zs}}]+)?"
    pattern = (
        rf"(?P<cue>(?P<neg>n{_APOSTROPHE}|ne[\s\p{{Zs}}]+)?(?:"
        rf"{refl}(?P<aux>\L<etre>){inv}{advs}[\s\p{{Zs}}]+(?P<ppart>\L<ppart>)"
        rf"|{obj}(?P<aux>\L<avoir>){inv}{advs}[\s\p{{Zs}}]+(?P<part>\L<part>)"
        rf"|{refl}(?P<fin>\L<pfin>){inv}"
        rf"|{obj}(?P<fin>\L<fin>){inv}"
        rf"|{refl1}(?P<fin>\L<pfin1>)(?P<inv>-je)"
        rf"|{obj}(?P<fin>\L<fin1>)(?P<inv>-je)"
        rf"|{first}{refl1}(?P<fin>\L<pfin1>)"
        rf"|{first}{obj}(?P<fin>\L<fin1>)"
        rf"|(?P<ger>\L<ger>)"
        rf"|{refl}(?P<ger>\L<pger>)"
        rf"|(?P<fin>\L<heard>)(?P<inv>(?:-t)?-on)"
        rf"|\L<modal>(?P<inv>(?:-t)?-on)[\s\p{{Zs}}]+(?P<fin>\L<minf>)"
        rf")(?(neg)(?:[\s\p{{Zs}}]+(?:pas|plus|jamais))?))(?![\p{{L}}\p{{N}}])"
    )
    general = {v.lemma for v in lexicon} - set(fr.INCISE_ONLY_VERBS)
    forms_of = {  # a pronominal verb's forms are keyed "se …": s'explique is not explique
        v.lemma: {
            f"se {form}" if v.pronominal else form
            for form in (*v.finite, *v.participles, v.present_participle)
        }
        for v in lexicon
    }
    shared = set().union(*(forms_of[lemma] for lemma in general))
    only = set().union(*(forms_of[lemma] for lemma in fr.INCISE_ONLY_VERBS))
    clitics = {"s", "se", "n", "ne", "l", "le", "la", "les", "lui", "leur", "nous", "vous"}
    clitics |= {"m", "me", "t", "te"}  # « il me dit », « elle m'a dit »
    return CueLexicon(
        pattern=pattern,
        lists=lists,
        initials=frozenset(
            w.lower()
            for k in (
                "fin",
                "pfin",
                "avoir",
                "etre",
                "ger",
                "pger",
                "fin1",
                "pfin1",
                "heard",
                "modal",
            )
            for w in lists[k]
        )
        - clitics,
        prefixes=frozenset(clitics),
        verb_forms=frozenset(
            w.lower() for key in ("fin", "pfin", "ger", "fin1", "pfin1") for w in lists[key]
        ),
        incise_only_forms=frozenset(f.lower() for f in only - shared),
        clause_final_forms=frozenset(),
        feminine_participles=feminine,
        auxiliaries=frozenset(fr.AUXILIARY_AVOIR + fr.AUXILIARY_ETRE),
    )


def _english_cue() -> CueLexicon:
    lexicon = english_lexicon()
    forms = sorted({f for v in lexicon for f in v.forms()})
    gerunds = {f"{v.gerund} {v.particle}".strip() for v in lexicon}
    general = [v for v in lexicon if v.lemma not in en.INCISE_ONLY_VERBS]
    shared = {f for v in general for f in v.forms()}
    only = {f for v in lexicon if v.lemma in en.INCISE_ONLY_VERBS for f in v.forms()} - shared
    lists: dict[str, Iterable[str]] = {
        "fin": Paradigms([f for f in v.forms() if f not in gerunds] for v in lexicon),
        "ger": sorted(gerunds),
        "aux": list(en.AUXILIARIES),
        "adv": list(en.ADVERBS),
    }
    aux = r"(?P<aux>\L<aux>)(?:n['’]t)?(?:[\s\p{Zs}]+\L<adv>){0,2}[\s\p{Zs}]+"
    pattern = (
        r"(?P<cue>(?P<inv>(?!))?(?P<ppart>(?!))?(?P<part>(?!))?(?P<refl>(?!))?(?P<obj>(?!))?(?:"
        rf"{aux}(?:been[\s\p{{Zs}}]+)?(?P<fin>\L<fin>|\L<ger>)"
        r"|(?P<fin>\L<fin>)|(?P<ger>\L<ger>)"
        r"))(?![\p{L}\p{N}])"
    )
    return CueLexicon(
        pattern=pattern,
        lists=lists,
        initials=frozenset(
            {w.split()[0].lower() for w in forms} | {a.split()[0].lower() for a in en.AUXILIARIES}
        ),
        prefixes=frozenset(),
        verb_forms=frozenset(w.lower() for w in forms if " " not in w),
        incise_only_forms=frozenset(f.lower() for f in only),
        clause_final_forms=frozenset(
            f.lower() for v in lexicon if v.lemma in en.CLAUSE_FINAL_VERBS for f in v.forms()
        ),
        feminine_participles=frozenset(),
        auxiliaries=frozenset(a for a in en.AUXILIARIES if " " not in a),
    )


_SENTENCE_END = (
    r"(?:[.!?…]++[\"»”’)]*+(?:[\s\p{Zs}]++|(?=[«“]))"
    # paragraphs a scraper glued together: « … Mélenchon.Mais selon … »
    r"|(?<=\p{Ll}\p{Ll})[.!?](?=\p{Lu}\p{Ll}))"
)
_AT_END = regex.IGNORECASE | regex.REVERSE
"""Flags for a pattern that must end where the stretch ends (``…$``). Compiled backwards,
its ``match`` is tried once, from the end, where a forward ``search`` would try every
position of the stretch (three times slower on a 90-character window)."""


def _context_patterns(data: Any) -> dict[str, regex.Pattern[str]]:
    """The patterns around cues that a language's data fills: channels, sentence ends…"""
    abbreviations = sorted(set(data.ABBREVIATIONS), key=len, reverse=True)
    # a state after a party's initial and a hyphen ("Sen. Ann Bell, D-Ore., said") ends
    # no sentence either; a language with no list gets a word no text writes
    states = tuple(getattr(data, "PARTY_STATE_ABBREVIATIONS", ())) or ("\uffff",)
    not_abbreviation = r"(?<!(?:^|[\s\p{Zs}(.-])(?:\L<abbr>|\p{Lu}))(?<!\p{Lu}-\L<states>)"
    determiners = sorted(data.DETERMINERS, key=len, reverse=True)
    return {
        "channel_run": compile_lists(
            r"(?:[\s\p{Zs}]+\L<channels>(?![\p{L}\p{N}]))*+[\s\p{Zs}]*+",
            regex.IGNORECASE,
            channels=data.CHANNEL_PHRASES,
        ),
        "sentence_boundary": compile_lists(
            not_abbreviation + _SENTENCE_END + r"|\n",
            regex.REVERSE,
            abbr=abbreviations,
            states=states,
        ),
        "sentence_end_at": compile_lists(
            not_abbreviation + _SENTENCE_END, abbr=abbreviations, states=states
        ),
        "clause_stop": compile_lists(
            not_abbreviation + r"\.(?!\))|[!?;:«»“”\"]|\n", abbr=abbreviations, states=states
        ),
        "prepositional": compile_lists(
            r"\p{Ll}+['’]?[\s\p{Zs}]*+(?:\L<dets>[\s\p{Zs}]*+)?[\p{L}\p{N}-]+"
            # a noun's complement naming an outlet: « au micro de RMC », "on the set of CNN"
            r"(?:[\s\p{Zs}]+\L<ofs>[\s\p{Zs}]*+(?=\p{Lu})(?:\L<dets>[\s\p{Zs}]*+)?"
            r"[\p{L}\p{N}-]+)?"
            r"(?P<names>(?:[\s\p{Zs}]+(?:\p{Lu}[\p{L}\p{N}-]*|\p{N}+(?![\p{L}])))*+)",
            dets=determiners,
            ofs=tuple(getattr(data, "OUTLET_COMPLEMENTS", ())),
        ),
        "gerund_particle": compile_lists(
            r"(?<![\p{L}])\L<words>[\s\p{Zs}]+$",
            _AT_END,
            words=getattr(data, "GERUND_PARTICLES", ()),
        ),
        "inverting": compile_lists(
            r"(?<![\p{L}])\L<words>[\s\p{Zs}]+(?:l['’])?$",
            _AT_END,
            words=getattr(data, "INVERTING_WORDS", ()),
        ),
        "inverting_lead": compile_lists(
            r"\L<words>[\s\p{Zs}]++(?=\p{L})",
            regex.IGNORECASE,
            words=getattr(data, "INVERTING_WORDS", ()),
        ),
        "coordinated": compile_lists(
            r"(?<![\p{L}])\L<coordinators>[\s\p{Zs}]+$",
            _AT_END,
            coordinators=data.COORDINATORS,
        ),
    }


_ARTICLE_LIKE = frozenset({"le", "la", "les", "l'", "l’"})
_WORD_HEAD = regex.compile(r"[\p{L}]*+['’]?")
_VERB_LISTS = (
    "fin", "part", "pfin", "ppart", "ger", "pger", "fin1", "pfin1", "heard", "modal",
)  # fmt: skip
_LETTERS = regex.compile(r"\p{L}+")

_CUE_BUILDERS = {"fr": _french_cue, "en": _english_cue}


def _speech_infinitives(data: Any) -> frozenset[str]:
    """Each reporting verb's infinitive without its reflexive pronoun (s'écrier: écrier) and
    the particle English writes after it (point out: point)."""
    lemmas = (*data.REPORTING_VERBS, *getattr(data, "INCISE_ONLY_VERBS", ()))
    out = set()
    for lemma in lemmas:
        word = lemma.split()[-1] if lemma.startswith("se ") else lemma.split()[0]
        out.add(word.removeprefix("s'").removeprefix("s’").lower())
    return frozenset(out)


def _character_gender_pattern(pronouns: Mapping[str, str]) -> regex.Pattern[str] | None:
    if not pronouns:
        return None
    # No capital, sentence end or quotation mark between the name and the pronoun: no
    # other name comes between them, and both stand in one stretch of narration.
    return regex.compile(
        r"(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?![\p{L}'’-])[^\p{Lu}.!?;:«»“”\"\n]{0,80}?"
        r"(?<![\p{L}'’-])(\L<pronouns>)(?![\p{L}'’-])",
        pronouns=sorted(pronouns, key=len, reverse=True),
    )


def _reported_subject_pattern(
    subjects: Sequence[str], openers: Sequence[str]
) -> regex.Pattern[str] | None:
    if not subjects:
        return None
    return regex.compile(
        r"[\s\p{Zs}]++(?:\L<openers>[\s\p{Zs}]*+)?(\L<subjects>)(?![\p{L}'’-])",
        regex.I,
        subjects=subjects,
        openers=openers or ("",),
    )


def _unknown_verb_pattern(auxiliaries: tuple[str, ...]) -> regex.Pattern[str]:
    auxiliary = rf"(?:{word_trie(auxiliaries, fold=False)}[\s\p{{Zs}}]++)?+" if auxiliaries else ""
    return regex.compile(auxiliary + r"\p{Ll}{3,}+(?:-t)?(?:-\p{Ll}+)?(?=[\s\p{Zs}]++\p{Lu})")


def has_grammar(code: str) -> bool:
    """Whether attribution rules exist for the language *code*."""
    return code in _CUE_BUILDERS


@functools.cache
def get_grammar(code: str) -> Grammar:
    """Compile (once) the grammar of the language *code*."""
    data = get_language(code).data
    lexicon = _CUE_BUILDERS[code]()
    character_pronouns = dict(getattr(data, "CHARACTER_GENDER_PRONOUNS", {}))
    clause_openers = tuple(getattr(data, "REPORTED_CLAUSE_OPENERS", ()))
    flags = regex.IGNORECASE
    cue = compile_lists(lexicon.pattern, flags, **lexicon.lists)
    prepositions = compile_lists(
        r"(?<![\p{L}\p{N}])\L<preps>(?=[\s\p{Zs}]|$)",
        regex.IGNORECASE,
        preps=data.ATTRIBUTION_PREPOSITIONS,
    )
    return Grammar(
        code=code,
        data=data,
        cue=cue,
        cue_initials=lexicon.initials,
        cue_prefixes=lexicon.prefixes,
        cue_words=lexicon.initials | lexicon.prefixes,
        cue_verbs=frozenset(
            _fold(form.split()[0]) for key in _VERB_LISTS for form in lexicon.lists.get(key, ())
        ),
        incise_only_forms=lexicon.incise_only_forms,
        clause_final_forms=lexicon.clause_final_forms,
        verb_forms=lexicon.verb_forms,
        speech_infinitives=_speech_infinitives(data),
        titles=dict(data.TITLES),
        determiners=dict(data.DETERMINERS),
        role_nouns=dict(data.ROLE_NOUNS),
        organisation_nouns=frozenset(n.lower() for n in data.ORGANISATION_NOUNS),
        head_nouns=frozenset(data.ROLE_NOUNS) | {n.lower() for n in data.ORGANISATION_NOUNS},
        pronouns=dict(data.PRONOUNS),
        first_names=_first_names(data),
        has_given_names=bool(getattr(data, "GIVEN_NAMES_FILE", None)),
        stopwords=frozenset(w.lower() for w in data.SPEAKER_STOPWORDS),
        connectors=frozenset(c.lower() for c in data.ROLE_CONNECTORS),
        prepositions=prepositions,
        preposition_words=tuple({_fold(word) for word in data.ATTRIBUTION_PREPOSITIONS}),
        feminine_participles=lexicon.feminine_participles,
        auxiliaries=lexicon.auxiliaries,
        speaking_words=frozenset(data.SPEAKING_PERSON_WORDS),
        adverbs=frozenset(a.lower() for a in data.ADVERBS if " " not in a),
        indefinite_pronouns=dict(getattr(data, "INDEFINITE_PRONOUNS", {})),
        clause_words=frozenset(getattr(data, "CLAUSE_WORDS", ())),
        object_prepositions=frozenset(getattr(data, "OBJECT_PREPOSITIONS", ())),
        place_prepositions=frozenset(getattr(data, "PLACE_PREPOSITIONS", ())),
        time_names=frozenset(getattr(data, "TIME_NAMES", ())),
        capital_prepositions=frozenset(getattr(data, "CAPITAL_PREPOSITIONS", ())),
        descriptions_name_the_last_person=getattr(data, "DESCRIPTIONS_NAME_THE_LAST_PERSON", False),
        outlet_names=frozenset(getattr(data, "OUTLET_NAMES", ())),
        outlet_heads=frozenset(getattr(data, "OUTLET_HEADS", ())),
        subject_pronouns=frozenset(getattr(data, "SUBJECT_PRONOUNS", ())),
        verb_clitics=frozenset(getattr(data, "VERB_CLITICS", ())),
        narrative_endings=tuple(getattr(data, "NARRATIVE_ENDINGS", ())),
        document_nouns=frozenset(getattr(data, "DOCUMENT_NOUNS", ())),
        body_nouns=frozenset(getattr(data, "BODY_NOUNS", ())),
        kinship_nouns=dict(getattr(data, "KINSHIP_NOUNS", {})),
        unmarried_titles=frozenset(getattr(data, "UNMARRIED_TITLES", ())),
        nickname_canonicals=_nickname_canonicals(getattr(data, "NICKNAME_SOURCE", None)),
        epithets=frozenset(getattr(data, "EPITHETS", ())),
        addressee_prepositions=frozenset(getattr(data, "ADDRESSEE_PREPOSITIONS", ())),
        diminutive_endings=tuple(getattr(data, "DIMINUTIVE_ENDINGS", ())),
        other_party_roles=frozenset(getattr(data, "OTHER_PARTY_ROLES", ())),
        companion_roles=frozenset(getattr(data, "COMPANION_ROLES", ())),
        married_kinship_nouns=frozenset(getattr(data, "MARRIED_KINSHIP_NOUNS", ())),
        possessive_determiners=dict(getattr(data, "POSSESSIVE_DETERMINERS", {})),
        document_author_markers=frozenset(getattr(data, "DOCUMENT_AUTHOR_MARKERS", ())),
        support_nouns=frozenset(getattr(data, "SUPPORT_NOUNS", ())),
        narrative_singular_endings=tuple(getattr(data, "NARRATIVE_SINGULAR_ENDINGS", ())),
        narrative_singular_subjects=frozenset(getattr(data, "NARRATIVE_SINGULAR_SUBJECTS", ())),
        incise_conjunctions=frozenset(getattr(data, "INCISE_CONJUNCTIONS", ())),
        narrated_clause_subjects=frozenset(getattr(data, "NARRATED_CLAUSE_SUBJECTS", ())),
        not_narrative_endings=tuple(getattr(data, "NOT_NARRATIVE_ENDINGS", ())),
        not_imparfait_words=frozenset(getattr(data, "NOT_IMPARFAIT_WORDS", ())),
        impersonal_sources=tuple(
            sorted(getattr(data, "IMPERSONAL_SOURCES", ()), key=len, reverse=True)
        ),
        narrative_openers=frozenset(getattr(data, "NARRATIVE_INFINITIVE_OPENERS", ())),
        narrative_markers=frozenset(getattr(data, "NARRATIVE_INFINITIVE_MARKERS", ())),
        adverb_suffixes=tuple(getattr(data, "ADVERB_SUFFIXES", ())),
        manner_prepositions=frozenset(getattr(data, "MANNER_PREPOSITIONS", ())),
        manner_nouns=frozenset(getattr(data, "MANNER_NOUNS", ())),
        adverb_run=compile_lists(
            r"(?:[\s\p{Zs}]+\L<adv>(?![\p{L}\p{N}]))*+",
            regex.I,
            adv=(*data.ADVERBS, *getattr(data, "LIGHT_VERB_COMPLEMENTS", ())),
        ),
        time_run=compile_lists(
            r"(?:[\s\p{Zs}]+\L<time>(?![\p{L}\p{N}]))*+",
            regex.I,
            # a language with no list gets a word no text writes: the run is then empty
            time=getattr(data, "TIME_ADVERBIALS", ()) or ("\uffff",),
        ),
        incise_continuation=compile_lists(
            r"\L<words>(?![\p{L}\p{N}])", regex.I, words=data.INCISE_CONTINUATIONS
        ),
        incise_complement=compile_lists(
            r"\L<words>(?![\p{L}\p{N}])", regex.I, words=data.INCISE_COMPLEMENTS
        ),
        subject_first=getattr(data, "POSTPOSED_SUBJECT_FIRST", False),
        incise_inside=getattr(data, "INCISE_INSIDE_QUOTES", True),
        unknown_verb=_unknown_verb_pattern(getattr(data, "GUESS_AUXILIARIES", ())),
        merge_interrupted=getattr(data, "MERGE_INTERRUPTED_QUOTES", False),
        coordinated_fragments=getattr(data, "COORDINATED_FRAGMENTS", False),
        incidental_complements=getattr(data, "INCIDENTAL_COMPLEMENTS", False),
        head_final=getattr(data, "ROLE_PHRASE_HEAD_FINAL", False),
        impersonal_pronouns=frozenset(getattr(data, "IMPERSONAL_PRONOUNS", ())),
        complement_prepositions=frozenset(getattr(data, "COMPLEMENT_PREPOSITIONS", ())),
        infinitive_markers=frozenset(getattr(data, "INFINITIVE_MARKERS", ())),
        first_person=frozenset(getattr(data, "FIRST_PERSON_PRONOUNS", ())),
        definite_determiners=frozenset(getattr(data, "DEFINITE_DETERMINERS", ())),
        clause_openers=frozenset(clause_openers),
        character_pronouns=character_pronouns,
        character_gender=_character_gender_pattern(character_pronouns),
        coordinator_words=frozenset(data.COORDINATORS),
        reported_subject=_reported_subject_pattern(
            getattr(data, "REPORTED_SUBJECTS", ()), clause_openers
        ),
        comma_prepositions=frozenset(getattr(data, "COMMA_PREPOSITIONS", ())),
        object_blockers=frozenset(getattr(data, "OBJECT_CLITIC_BLOCKERS", ())),
        absolute_openers=frozenset(getattr(data, "ABSOLUTE_PARTICIPLE_OPENERS", ())),
        latter_phrases=dict(getattr(data, "LATTER_PHRASES", {})),
        role_synonyms=dict(getattr(data, "ROLE_SYNONYMS", {})),
        perception_verbs=frozenset(getattr(data, "PERCEPTION_VERBS", ())),
        noun_complements=frozenset(getattr(data, "NOUN_COMPLEMENTS", ())),
        relative_pronouns=frozenset(data.RELATIVE_PRONOUNS),
        phrase_stop_verbs=frozenset(data.PHRASE_STOP_VERBS),
        **_context_patterns(data),
        plural_determiners=frozenset(data.PLURAL_DETERMINERS),
        numberless_determiners=frozenset(data.NUMBERLESS_DETERMINERS),
    )
