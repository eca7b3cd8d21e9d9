"""Turn speaker phrases into speakers: pronouns to people, mentions to one entity each,
and quotes with no cue of their own to the speaker they continue.

>>> from quoteattr import extract
>>> text = ("Mme Ghada Waly a salué l'accord. Elle a déclaré : « C'est un grand pas. » "
...         "« Nous continuerons », a ajouté Mme Waly.")
>>> [(q.speaker.name, q.speaker_text, q.rule) for q in extract(text)]
[('Ghada Waly', 'Elle', 'fr.preposed'), ('Ghada Waly', 'Waly', 'fr.postposed')]
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Sequence

import attrs
import regex

from quoteattr.attribute import POSTPOSED_LEAD, sentence_start, sentence_subject, subject_then_cue
from quoteattr.candidates import WORD_BEFORE, CandidateTable, CandidateType, agrees
from quoteattr.grammar import Grammar, Mention, Token, tokens
from quoteattr.model import Span
from quoteattr.names import (
    FULL_NAME_WINDOW,
    PHRASE_CHARS,
    full_name_before,
    head_word,
    is_head_noun,
    person_mentions,
    phrase_at,
    possessive_pronoun,
)
from quoteattr.wordlist import SERIAL, WORD_AFTER, text_end_before

PRONOUN_WINDOW = 600
BOOK_PRONOUN_WINDOW = 1200
"""In a novel, how far back the mentions a pronoun may stand for are read: a paragraph
of narration often sits between a character's name and the quote its he or she says."""
SPEAKER_WINDOW = 3000
"""How far back a he or she with no person nearby looks for a speaker of that gender."""
BOOK_SPEAKER_WINDOW = 12000
"""The same in a novel, where a conversation's speakers stay in play for pages: about
three pages of a printed book."""
PRONOUN_CHUNK = 300
CHUNK_OVERLAP = 80
_LAST_BREAK = regex.compile(r'[\n;:!?«»()\[\]"“”—–]', regex.REVERSE)
"""The last of the characters every speaker phrase stops at (unlike « . », « , », « ' »)."""
_SENTENCE_END = regex.compile(r"[.!?…](?=[\s\p{Zs}])|\n|(?<=\p{Ll}\p{Ll})[.!?](?=\p{Lu}\p{Ll})")
"""A sentence's end, also where a scraper glued two paragraphs (« … blessé.Selon … »)."""
_CLOSED_SENTENCE = regex.compile(r"[.!?…][\s\p{Zs}]*+[»”\"’]++[\s\p{Zs}]*+\p{Lu}")
EPITHET_WORDS_READ = 100
"""How many capitalised role nouns a book is read for as titles before a name: a book has
a handful; a text of thousands costs no more than this many reads of it."""
FOLLOW_ON_GAP = 1200
FRAGMENT_FOLLOW_ON_GAP = 300


@attrs.define
class Pending:
    """A quote being attributed: what detection found and what the rules said."""

    index: int
    start: int
    end: int
    speech: bool
    dash: bool
    fragment: bool = False
    repeated: bool = False
    label: bool = False
    named: bool = False
    """Right after a naming word (« l'émission « … » », "the so-called …")."""
    mention: Mention | None = None
    speaker: Mention | None = None
    rule: str | None = None
    cue: tuple[int, int] | None = None
    confidence: float = 0.0
    addressee: Mention | None = None


@functools.lru_cache(maxsize=4096)  # surnames come back again and again
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _surname(mention: Mention) -> str | None:
    if mention.kind != "person" or not mention.name:
        return None
    return _fold(mention.name.split()[-1])


def _impersonal_source(grammar: Grammar, text: str, mention: Mention) -> Mention | None:
    """The source an impersonal pronoun speaks from, named right after it: « … », nous
    dit-on au cabinet du bourgmestre (IMPERSONAL_SOURCES)."""
    at = mention.span.end
    while at < len(text) and text[at] in " \t\u00a0\u202f":
        at += 1
    window = text[at : at + 40].lower()
    for opener in grammar.impersonal_sources:
        if window.startswith(opener) and not window[len(opener) : len(opener) + 1].isalpha():
            start = at + len(opener)
            parsed = phrase_at(grammar, text, start, min(len(text), start + PHRASE_CHARS))
            if parsed is not None and parsed[0].kind in ("role", "organisation", "person"):
                return parsed[0]
            # « au cabinet du bourgmestre X »: the article is in the preposition, so the
            # phrase is the words up to the next punctuation
            words: list[Token] = []
            for tok in tokens(text, start, min(len(text), start + PHRASE_CHARS)):
                if tok.kind == "p" or len(words) == MAX_SOURCE_WORDS:
                    break
                words.append(tok)
            if not words or words[0].capitalised:
                return None
            span = Span(words[0].start, words[-1].end)
            phrase = text[span.start : span.end]
            return Mention(span, phrase, "role", role=phrase)
    return None


MAX_SOURCE_WORDS = 8


def _first_person(grammar: Grammar, mention: Mention) -> bool:
    """ "I", « je »: the one who narrates, whom no earlier name stands for."""
    return mention.kind == "pronoun" and mention.text.lower() in grammar.first_person


_CLAUSE_END = regex.compile(r"[.!?…;:\n\"“”«»]")
REPORTED_SUBJECT_REACH = 160
"""How far after a name its cue and the reported clause's pronoun are looked for."""
MAX_ROLE_WORDS_BEFORE_COMPLEMENT = 4
"""How many words of a role may stand between a preposition and the name it introduces."""
ROLE_HOLDER_REACH = 80
"""How far from a role's head noun the name of its holder is read."""
ROLE_CATAPHORA_REACH = 600
"""How far after a role its holder may be named (a headline's role, then the lead's name)."""


def gender_from_reported_clause(grammar: Grammar, text: str, mention: Mention) -> str | None:
    """The gender the text gives a person without a known one by the pronoun that opens
    the clause its cue reports: "Moyra Baxter, the board's chair, said she understands",
    « Claire Vidal a assuré qu'elle resterait ».

    >>> from quoteattr.grammar import get_grammar
    >>> grammar = get_grammar("en")
    >>> text = "Moyra Baxter, the board's chair, said she understands."
    >>> gender_from_reported_clause(grammar, text, Mention(Span(0, 12), "Moyra Baxter", "person"))
    'f'
    """
    pattern = grammar.reported_subject
    if pattern is None:
        return None
    start = mention.span.end
    end = min(len(text), start + REPORTED_SUBJECT_REACH)
    clause_end = _CLAUSE_END.search(text, start, end, SERIAL)
    end = clause_end.start() if clause_end else end
    cue = grammar.first_cue(text, start, end)
    if cue is None:
        return None
    pronoun = pattern.match(text, cue.end(), end, SERIAL)
    if pronoun is None:
        return None
    return grammar.pronouns[pronoun.group(1).lower()][0]


def _with_reported_gender(grammar: Grammar, text: str, mention: Mention) -> Mention:
    if mention.kind != "person" or mention.gender:
        return mention
    gender = gender_from_reported_clause(grammar, text, mention)
    return mention if gender is None else attrs.evolve(mention, gender=gender)


class MentionIndex:
    """The person mentions of one document, found chunk by chunk as pronouns need them.

    Chunks are fixed for the document, so each is read once however many pronouns
    look back over it: the cost of resolution stays linear in the text's length.
    """

    def __init__(
        self,
        grammar: Grammar,
        text: str,
        quoted: Sequence[tuple[int, int]] = (),
        candidates: CandidateTable | None = None,
    ) -> None:
        self.grammar = grammar
        self.text = text
        self.chunks: dict[int, list[Mention]] = {}
        self.quoted = sorted(quoted)
        """Spans of reported words: a name said inside a quote is not who speaks next."""
        self.book_genders: dict[str, str] = {}
        """In a novel, the gender the book gives each character name (``book_genders``)."""
        self.full_names: dict[str, tuple[int, Mention | None]] = {}
        """What ``_full_name`` found for each surname, so that none is searched twice."""
        self.candidates = candidates or CandidateTable(grammar, text)
        """The type of every mention read here, decided once (``quoteattr.candidates``)."""

    @property
    def fiction(self) -> bool:
        """Whether the text is read as a novel."""
        return self.candidates.fiction

    @property
    def characters(self) -> frozenset[str]:
        """In a novel, the one-word names its cues give speakers."""
        return self.candidates.characters

    def with_book_gender(self, mention: Mention) -> Mention:
        """*mention*, with the gender the book gives its name when it has none."""
        if mention.gender or mention.kind != "person" or not self.book_genders:
            return mention
        words = (mention.name or mention.text).split()
        for word in (words[-1], words[0]):
            gender = self.book_genders.get(word)
            if gender:
                return attrs.evolve(mention, gender=gender)
        return mention

    def is_complement(self, mention: Mention) -> bool:
        """Whether *mention* follows a preposition ("an idea from Frank Clayton"), past a
        role that introduces it ("told radio host Kim Tarrant", « au journaliste X »)."""
        grammar = self.grammar
        start = mention.span.start
        other_words = 0
        for step in range(MAX_ROLE_WORDS_BEFORE_COMPLEMENT):
            word = WORD_BEFORE.match(self.text, max(0, start - 30), start, SERIAL)
            if word is None:
                return False
            low = word.group(1).lower()
            if low in grammar.complement_prepositions:
                return True
            role = is_head_noun(grammar, low)
            if word.group(1)[0].isupper() and not role:
                return False  # a capitalised role word may stand there: "unlike Inspector X"
            if step == 0 and not role:
                return False  # only a role noun stands between a preposition and a name
            if not (role or low in grammar.determiners):
                other_words += 1  # one modifier of the role: "radio host"
                if other_words > 1:
                    return False
            start = word.start()
        return False

    def person(self, candidate: Mention) -> Mention | None:
        """*candidate*, or for a lone surname the person it names, if the text names one
        in full before it ("Ben Myers … Myers said"); a surname that names nobody is None."""
        if candidate.kind != "surname":
            return candidate
        full = _full_name(
            self.grammar, self.text, candidate.text, candidate.span.start, self.full_names
        )
        if full is None:
            if candidate.text in self.characters:
                return attrs.evolve(candidate, kind="person", name=candidate.text)
            return None
        full = _with_reported_gender(self.grammar, self.text, full)
        return attrs.evolve(full, span=candidate.span)

    def chunk(self, index: int) -> list[Mention]:
        if index not in self.chunks:
            start = index * PRONOUN_CHUNK
            end = min(len(self.text), start + PRONOUN_CHUNK)
            begin = max(0, start - CHUNK_OVERLAP)
            # No phrase runs across a line break, a quotation mark or most punctuation, so
            # reading from the last of these in the overlap finds the same phrases.
            last_break = _LAST_BREAK.search(self.text, begin, start, SERIAL)
            begin = last_break.end() if last_break else begin
            found = [
                mention
                for lo, hi in self._unquoted(begin, end)
                for mention in person_mentions(self.grammar, self.text, lo, hi, surnames=True)
                if mention.span.start >= start
            ]
            # Lone surnames are looked up here, once each and mostly in the order of the
            # text, which is the order the per-surname search cache is cheap in.
            people = (self.person(mention) for mention in found)
            self.chunks[index] = [
                self.with_book_gender(_with_reported_gender(self.grammar, self.text, person))
                for person in people
                if person is not None and not self.candidates.is_place(person)
            ]
        return self.chunks[index]

    def mentions_around(self, start: int, end: int) -> list[Mention]:
        """The person mentions of the words around ``text[start:end]``, within the
        line, outside the quotes (full names only: no lone surname is looked up)."""
        text = self.text
        lo = max(0, start - ROLE_HOLDER_REACH)
        line_start = text.rfind("\n", lo, start)
        if line_start >= 0:
            lo = line_start + 1
        elif lo > 0:  # from the first word boundary, not halfway into a name
            lo = text.find(" ", lo, start) + 1 or lo
        hi = min(len(text), end + ROLE_HOLDER_REACH)
        line_end = text.find("\n", end, hi)
        hi = line_end if line_end >= 0 else (text.rfind(" ", end, hi) if hi < len(text) else hi)
        hi = max(hi, end)
        return [
            _with_reported_gender(self.grammar, text, mention)
            for a, b in self._unquoted(lo, hi)
            for mention in person_mentions(self.grammar, text, a, b)
        ]

    def _unquoted(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The stretches of ``text[start:end]`` outside the quotes, which are not read."""
        at = max(0, bisect.bisect_right(self.quoted, (start, len(self.text))) - 1)
        quoted = self.quoted
        for i in range(at, len(quoted)):  # by index: a slice would copy the rest of the list
            quote_start, quote_end = quoted[i]
            if quote_start >= end:
                break
            if quote_end <= start:
                continue
            if quote_start > start:
                yield start, quote_start
            start = max(start, quote_end)
        if start < end:
            yield start, end

    def before(self, end: int) -> Iterator[list[Mention]]:
        """The mentions of the window before *end*, nearest chunk first, read as asked for."""
        window = BOOK_PRONOUN_WINDOW if self.fiction else PRONOUN_WINDOW
        first = max(0, end - window) // PRONOUN_CHUNK
        last = end // PRONOUN_CHUNK
        for k in range(last, first - 1, -1):
            yield [m for m in self.chunk(k) if m.span.end <= end]


class KnownSpeakers:
    """The speakers named so far in a document, kept sorted by where their mention starts."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.starts: list[int] = []
        self.in_order_seen: list[Mention] = []

    def add(self, mention: Mention) -> None:
        self.in_order_seen.append(mention)
        at = bisect.bisect_right(self.starts, mention.span.start)
        self.starts.insert(at, mention.span.start)
        self.mentions.insert(at, mention)

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in ``[lo, hi)``, in order."""
        return self.mentions[
            bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)
        ]


def resolve_pronoun(
    pronoun: Mention,
    known: KnownSpeakers,
    index: MentionIndex,
    addressed: frozenset[str] = frozenset(),
) -> Mention | None:
    """The latest person before *pronoun* that agrees with it in gender and number, and
    is none of the *addressed* (the names its quote calls someone by: "Pooh," he said).

    Only the window of ``PRONOUN_WINDOW`` characters before the pronoun is read, so a
    document with many pronouns and few antecedents still costs time in proportion to
    its length.
    """
    end = pronoun.span.start
    table = index.candidates
    ungendered: Mention | None = None
    complement: Mention | None = None
    for nearby in index.before(end):
        lo = nearby[0].span.start if nearby else end
        speakers = known.between(lo, end)
        candidates = sorted(speakers + nearby, key=lambda m: m.span.start)
        for person in reversed(candidates):
            spoken = person in speakers
            if agrees(pronoun, table.typed(person, spoken)) and not _is_addressed(
                person, addressed
            ):
                if pronoun.gender and not person.gender:
                    ungendered = ungendered or person
                elif not spoken and index.is_complement(person):
                    complement = complement or person
                else:
                    return person
    if complement is not None:
        return complement
    if ungendered is not None:
        return ungendered
    for candidate in reversed(known.between(end - PRONOUN_WINDOW, end)):
        if agrees(pronoun, table.typed(candidate, spoken=True)) and not _is_addressed(
            candidate, addressed
        ):
            return candidate
    if pronoun.gender:
        # Nobody nearby: "…," she said, of a speaker quoted further up the article; one
        # known to be of that gender first, then one whose gender is not known. A novel's
        # speakers stay in play for pages: the one woman of a conversation, after a page
        # of the men talking.
        window = BOOK_SPEAKER_WINDOW if index.fiction else SPEAKER_WINDOW
        earlier = known.between(end - window, end - PRONOUN_WINDOW)
        for genders in ((pronoun.gender,), (None,)):
            for candidate in reversed(earlier):
                if (
                    candidate.gender in genders
                    and agrees(pronoun, table.typed(candidate, spoken=True))
                    and not _is_addressed(candidate, addressed)
                ):
                    return candidate
    return None


def _named_last(grammar: Grammar, index: MentionIndex, latter: Mention) -> Mention | None:
    """The person « ce dernier » or "the latter" stands for: the last one named before it,
    of its gender where it gives one (« … du Premier ministre Édouard Philippe. Ce dernier
    avait assuré … »)."""
    gender = grammar.latter_phrases.get(latter.text.lower())
    return next(
        (
            person
            for person in _named_before(index, latter.span.start)
            if not (gender and person.gender and person.gender != gender)
        ),
        None,
    )


def _named_before(index: MentionIndex, end: int) -> Iterator[Mention]:
    """The people named before *end*, the nearest first, within the pronouns' window."""
    for nearby in index.before(end):
        for person in reversed(nearby):
            if person.kind == "person" and person.name:
                yield person


def _full_name(
    grammar: Grammar,
    text: str,
    surname: str,
    end: int,
    searched: dict[str, tuple[int, Mention | None]],
) -> Mention | None:
    """``full_name_before``, remembering per surname how far it searched and what it found.

    A surname quoted again and again (« a dit Mme Durand » every few lines) is searched
    only over the text since its last search, so the cost stays linear in the text; a
    mention met again (the antecedent of one pronoun after another) is not searched again.
    """
    before = searched.get(surname)
    if before is not None and before[0] == end:
        return before[1]  # a pronoun resolved to the same mention: the same answer
    if before is None or before[0] > end:
        found = full_name_before(grammar, text, surname, end)
    else:
        last_end, earlier = before
        # An occurrence ending after the last search's end was not tried then.
        found = full_name_before(grammar, text, surname, end, last_end - len(surname))
        floor = max(0, end - FULL_NAME_WINDOW)
        if found is None and earlier is not None and earlier.span.end - len(surname) > floor:
            found = earlier
    searched[surname] = (end, found)
    return found


def _one_family_member(grammar: Grammar, group: list[Mention]) -> bool:
    """Whether the mentions of a surname can all be one person: not a man and a woman,
    nor a Miss and a Mrs. (a mother and her daughter in a novel)."""
    genders = {m.gender for m in group if m.gender}
    titles = {m.title for m in group if m.title and grammar.titles.get(m.title) == "f"}
    unmarried = titles & grammar.unmarried_titles
    return len(genders) <= 1 and not (unmarried and titles - unmarried)


def _entity_table(grammar: Grammar, mentions: list[Mention]) -> dict[str, Mention]:
    """For each surname, the merged entity when its full name is unambiguous."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        surname = _surname(mention)
        if surname:
            groups.setdefault(surname, []).append(mention)
    table: dict[str, Mention] = {}
    for surname, group in groups.items():
        full_names = {m.name for m in group if m.name and len(m.name.split()) > 1}
        if len(full_names) > 1 or not _one_family_member(grammar, group):
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


def resolve(
    grammar: Grammar,
    text: str,
    pending: list[Pending],
    fiction: bool = False,
    candidates: CandidateTable | None = None,
) -> None:
    """Fill ``speaker`` on every pending quote, in place, typing the candidates it reads
    in *candidates* (the document's table, which the sieve typed its speakers in).

    With *fiction*, a paragraph is a turn of talk: a quote that opens a paragraph with no
    cue of its own, after two turns by two people, is the other one's.
    """
    known = KnownSpeakers()
    index = MentionIndex(
        grammar,
        text,
        [(p.start, p.end) for p in pending if p.speech and not p.fragment],
        candidates,
    )
    if fiction:
        index.candidates.fiction = True
        index.candidates.characters = frozenset(
            item.mention.name
            for item in pending
            if item.mention is not None
            and item.mention.kind == "person"
            and item.mention.name
            and " " not in item.mention.name
        )
        _new_turns(text, pending)
        _action_beats(grammar, text, pending, index.characters)
        index.book_genders = book_genders(grammar, text)
    previous: Pending | None = None
    titles_before_names: dict[str, bool] = {}
    for item in pending:
        mention = item.mention
        before, previous = previous, item
        if mention is None:
            continue
        if mention.kind == "pronoun" and mention.text.lower() in grammar.impersonal_pronouns:
            # « déplorait-on », nobody in particular; « nous dit-on au cabinet du maire »,
            # the place it speaks from
            item.speaker = _impersonal_source(grammar, text, mention)
            continue
        if _first_person(grammar, mention):
            continue  # "…," I said: the narrator, found below for a book, no one named before
        if mention.kind == "pronoun":
            beat = (
                _beat_antecedent(grammar, text, item, before, mention, index.characters)
                if fiction and item.rule == "postposed.pronoun"
                else None
            )
            addressed = addressed_names(text, item.start, item.end) if fiction else frozenset()
            if beat is not None and _is_addressed(beat, addressed):
                beat = None
            item.speaker = (
                index.with_book_gender(beat)
                if beat
                else resolve_pronoun(mention, known, index, addressed)
            )
            if item.speaker is not None and mention.gender and not item.speaker.gender:
                item.speaker = attrs.evolve(item.speaker, gender=mention.gender)
            if item.speaker is not None and item.speaker.kind == "person":
                # "…," she said is a quote of hers, here: the latest speaker of her gender
                # for a later she with nobody named nearby
                known.add(attrs.evolve(item.speaker, span=mention.span))
        elif mention.text.lower() in grammar.latter_phrases:
            named = _named_last(grammar, index, mention)
            item.speaker = mention if named is None else attrs.evolve(named, span=mention.span)
            if named is not None:
                known.add(item.speaker)
        else:
            if fiction:
                mention = _epithet_character(grammar, text, mention, titles_before_names)
            mention = index.with_book_gender(mention)
            item.speaker = mention
            known.add(mention)
    seen = [m for chunk in index.chunks.values() for m in chunk]
    full_names: dict[str, tuple[int, Mention | None]] = {}
    for item in pending:
        speaker = item.speaker
        if (
            speaker is not None
            and speaker.kind == "person"
            and speaker.name
            and " " not in speaker.name
        ):
            full = _full_name(grammar, text, speaker.name, speaker.span.start, full_names)
            if full is not None:
                seen.append(full)
    entities = _entity_table(
        grammar, known.in_order_seen + seen + [p.speaker for p in pending if p.speaker]
    )
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
    _link_roles(grammar, pending, index, known, fiction)
    if fiction:
        _full_names_of_a_book(grammar, text, pending)
        narrator = _narrator(grammar, text, pending)
        if narrator is not None:
            for item in pending:
                if item.mention is not None and _first_person(grammar, item.mention):
                    item.speaker = attrs.evolve(narrator, span=item.mention.span)
        _character_genders(pending)
        _family_roles(grammar, pending, known, index)
        _scene_roles(grammar, pending, known, index)
        _conversation_roles(grammar, pending, narrator)
        _conversation(text, pending)
        _replies(text, pending)
    _follow_on(grammar, text, pending, fiction)
    _attributed_after(text, pending)
    _addressees(grammar, text, pending, fiction)
    _outlets_as_organisations(index.candidates, pending)


def _outlets_as_organisations(candidates: CandidateTable, pending: list[Pending]) -> None:
    """A speaker the candidate table types as an outlet of the press ("Le Parisien", "the
    Times") is an organisation, whatever words its phrase was read as."""
    for item in pending:
        speaker = item.speaker
        if speaker is None or speaker.kind == "organisation":
            continue
        if candidates.typed(speaker, spoken=True).type is CandidateType.OUTLET:
            item.speaker = attrs.evolve(speaker, kind="organisation")


def _word_occurrences(text: str, word: str, end: int) -> list[int]:
    """Where *word* (lower-case) stands as a whole word in ``text[:end]``, written in
    lower case or capitalised, in order. ``str.find`` does it without a pattern to compile
    for each role noun."""
    found = []
    for form in {word, word[:1].upper() + word[1:]}:
        at = text.find(form, 0, end)
        while at >= 0:
            after = at + len(form)
            if not (at and text[at - 1].isalpha()) and not (
                after < len(text) and text[after].isalpha()
            ):
                found.append(at)
            at = text.find(form, after, end)
    return sorted(found)


_FIRST_WORD = regex.compile(r"\p{L}+['’]?")


def _first_word(phrase: str) -> str:
    word = _FIRST_WORD.match(phrase, 0, None, SERIAL)
    return word.group().lower() if word else ""


_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _role_heads(grammar: Grammar, person: Mention) -> set[str]:
    heads = set()
    if person.role:
        heads.add(_same_role(grammar, head_word(grammar, person.role)))
    if person.title:
        heads.add(_same_role(grammar, person.title.lower().rstrip(".")))
    return heads


def _same_role(grammar: Grammar, head: str) -> str:
    """The noun a role's head is one with (« médecin » is « docteur », "physician" is
    "doctor"), so that the two name one holder."""
    return grammar.role_synonyms.get(head, head)


def _link_roles(
    grammar: Grammar,
    pending: list[Pending],
    index: MentionIndex,
    known: KnownSpeakers,
    fiction: bool = False,
) -> None:
    """A role phrase that speaks (« le ministre », "the professor") is the person the text
    introduced before with that role ("Professor Guenther Schuh", « le ministre de
    l'Intérieur, Christophe Castaner »), when it introduced exactly one, or, when it
    introduced nobody before, the one person named with it within ``ROLE_CATAPHORA_REACH``
    after it (in a novel, anywhere after it: "the Doctor" of chapter 22 is named Doctor
    Mandelet in chapter 23); the role stays a role when the text names nobody with it, or
    several."""
    reach = len(index.text) if fiction else ROLE_CATAPHORA_REACH
    roles = [
        (item, item.speaker, item.speaker.role)
        for item in pending
        if item.speaker is not None
        and item.speaker.kind == "role"
        and not item.speaker.plural
        and item.speaker.role
        and _first_word(item.speaker.text) in grammar.definite_determiners
    ]
    if not roles:
        return
    last = max(role.span.start for _, role, _ in roles)
    # Only the words around a head noun can introduce its holder, the role right before
    # or after the name: those stretches are read, not the whole text.
    people = [m for chunk in index.chunks.values() for m in chunk] + known.in_order_seen
    search_end = min(len(index.text), last + reach)
    heads = {head_word(grammar, role_words) for _, _, role_words in roles}
    heads |= {word for word, same in grammar.role_synonyms.items() if same in heads}
    heads |= {grammar.role_synonyms[head] for head in heads if head in grammar.role_synonyms}
    titles = {title.lower().rstrip(".") for title in grammar.titles}
    # a head that is no person's noun nor a title (« l'un d'eux », « la plus haute
    # juridiction ») is nobody's introduction: its thousands of uses are not read
    for head in {head for head in heads if is_head_noun(grammar, head) or head in titles}:
        for at in _word_occurrences(index.text, head, search_end):
            people.extend(index.mentions_around(at, at + len(head)))
    # For each head noun, each holder once, at their first mention, in the text's order.
    first_holders: dict[str, dict[str, Mention]] = {}
    for person in sorted(people, key=lambda m: m.span.start):
        if (
            person.kind == "person"
            and person.name
            and not person.name.isupper()  # a heading: THE KING AND QUEEN OF HEARTS
            and (person.role or person.title)
        ):
            surname = _POSSESSIVE_END.sub("", _surname(person) or "")  # Mandelet's house
            for head in _role_heads(grammar, person):
                first_holders.setdefault(head, {}).setdefault(surname, person)
    first_spoken: dict[str, int] = {}
    for speaker in known.mentions:
        surname = _surname(speaker)
        if surname is not None:
            first_spoken.setdefault(surname, speaker.span.start)
    for item, role, role_words in roles:
        holders: list[Mention] = []
        later: list[Mention] = []
        head = _same_role(grammar, head_word(grammar, role_words))
        for person in first_holders.get(head, {}).values():
            if len(holders) + len(later) > 1:
                break
            if role.gender and person.gender and role.gender != person.gender:
                continue
            if person.span.start < role.span.start:
                holders.append(person)
            elif person.span.start < role.span.end + reach:
                later.append(person)  # « La présidente LR de la région … Valérie Pécresse »
        if not holders and len(later) == 1:
            holders = later
        if len(holders) == 1:
            [person] = holders
            item.speaker = attrs.evolve(person, span=role.span, role=person.role or role_words)
        elif not holders and not later and not fiction:
            described = _described_person(grammar, role, role_words, index)
            if described is not None and not _spoke_before(
                first_spoken, described, role.span.start
            ):
                described = None  # "John Smith was arrested. "…," the police officer said."
            if described is not None:
                item.speaker = attrs.evolve(
                    described, span=role.span, role=described.role or role_words
                )


DESCRIPTION_REACH = 400
"""How far back the person a description stands for may have been named."""
_COUNTING_WORDS = frozenset({"second", "third", "other", "another", "one", "two", "some"})


def _spoke_before(first_spoken: dict[str, int], person: Mention, before: int) -> bool:
    """Whether *person* (by surname) is a speaker the text quoted before *before*."""
    surname = _surname(person)
    return surname is not None and first_spoken.get(surname, before) < before


def _described_person(
    grammar: Grammar, role: Mention, role_words: str, index: MentionIndex
) -> Mention | None:
    """ "the lanky, bespectacled professor said", "the 54-year-old defenceman said": in the
    press a role with words that describe its holder, which the text never introduced
    with that noun, is the person named last before it, when the gender agrees."""
    if not grammar.descriptions_name_the_last_person:
        return None
    words = role_words.split()
    if len(words) < 2 or any(word[:1].isupper() for word in words):
        return None
    if any(word.lower() in grammar.connectors for word in words):
        return None  # "the head of the agency": a role with a complement names a post
    if any(word.endswith(("'s", "’s")) or word.lower() in _COUNTING_WORDS for word in words):
        return None  # "the senator's spokeswoman", "a second official": someone else
    head = head_word(grammar, role_words)
    if head not in grammar.role_nouns or head.capitalize() in grammar.titles:
        return None  # "the first incident", "the former president": no description
    nearest = next(_named_before(index, role.span.start), None)
    if nearest is None or nearest.span.end < role.span.start - DESCRIPTION_REACH:
        return None
    if role.gender and nearest.gender and role.gender != nearest.gender:
        return None
    return nearest


_ONLY_SPACE = regex.compile(r"[\s\p{Zs}]*+")


def _attributed_after(text: str, pending: list[Pending]) -> None:
    """A quote paragraph with no speaker, right before a quote whose attribution follows
    it ("…" then "…," Telford said.), is the same speaker's: the name was kept for last."""
    for item, after in zip(reversed(pending[:-1]), reversed(pending[1:]), strict=True):
        if item.speaker is not None or item.mention is not None or not item.speech or item.dash:
            continue
        if item.fragment or after.speaker is None or after.cue is None or after.cue[0] < after.end:
            continue
        gap = _ONLY_SPACE.match(text, item.end, after.start, SERIAL)
        if gap is None or gap.end() != after.start or "\n" not in text[item.end : after.start]:
            continue
        item.mention, item.speaker = after.mention, after.speaker
        item.rule, item.confidence = "attributed.after", 0.5


def _breaks_chain(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether a reporting verb between two quotes ends the speaker's turn.

    A capitalised cue word after a word of the same sentence is a name, not a verb:
    "told the Post", "the Daily Report".
    """
    for cue in grammar.cues(text, start, end):
        at = cue.start()
        if text[at].isupper():
            before = text[max(start, at - 3) : at].rstrip()
            if before and (before[-1].isalnum() or before[-1] in ",'’"):
                continue
        return True
    return False


def _full_names_of_a_book(grammar: Grammar, text: str, pending: list[Pending]) -> None:
    """A character named by one word gets the full name the book gives them, when one.

    "Philip" is "Philip Herriton" when the book writes "Philip Herriton" at least twice
    and twice as often as any other "Philip …"; a possessive ending ("Clara's"), a first
    word that is no given name ("Meanwhile Robert") and a second word the book writes as
    a common noun after another speaker's one-word name ("Hob Badger" beside "a badger")
    are dropped first, and a diminutive of another speaker's name ("Skeggsy") is that
    name.
    """
    full: dict[str, str | None] = {}
    after: dict[str, Counter[str]] | None = None
    lower_case: dict[str, bool] = {}
    speaking = {
        item.speaker.name
        for item in pending
        if item.speaker is not None and item.speaker.kind == "person" and item.speaker.name
    }
    speaking_words = {name for name in speaking if " " not in name}
    common_nouns: dict[str, bool] = {}  # each word's text is read once
    for item in pending:
        speaker = item.speaker
        if speaker is None or speaker.kind != "person" or not speaker.name:
            continue
        words = _POSSESSIVE.sub("", speaker.name).split()  # "Clara's laugh and "…""
        if len(words) == 2 and words[0] in speaking_words:
            if words[1] not in common_nouns:
                common_nouns[words[1]] = _common_noun_in(grammar, text, words[1])
            if common_nouns[words[1]]:
                words = words[:1]  # "said Hob Badger" where the book writes "a badger": Hob
        while len(words) > 1 and _sentence_opener(grammar, text, words[0], lower_case):
            words = words[1:]  # "To-day Kemp", "What's Eeyore", "Tell Kanga"
        if (
            len(words) == 2
            and words[1] in grammar.first_names
            and words[0] not in grammar.first_names
            and words[0] not in grammar.titles
        ):
            words = words[1:]  # "Meanwhile Robert", "Then Alice"
        if len(words) != 1:
            if " ".join(words) != speaker.name:
                item.speaker = attrs.evolve(speaker, name=" ".join(words))
            continue
        name = _undiminished(grammar, words[0], speaking)
        if name not in full:
            if after is None:
                after = _names_written_after(text)
            found = _most_written_surname(after, name)
            if found is not None and _common_noun_in(grammar, text, found.split()[-1]):
                found = None  # "Pooh Bear": the book also writes "a bear."; no surname
            if found is None:
                found = _full_name_of_nickname(grammar, after, name)
            full[name] = found
        canonical = full[name] or name
        if canonical != speaker.name:
            item.speaker = attrs.evolve(speaker, name=canonical)


_POSSESSIVE = regex.compile(r"['’]s$")


def _undiminished(grammar: Grammar, name: str, speaking: Collection[str]) -> str:
    """The name a diminutive is made from, when another speaker bears it: "Skeggsy" is
    Skeggs when Skeggs speaks too (``DIMINUTIVE_ENDINGS``); else *name*."""
    for ending in grammar.diminutive_endings:
        stem = name.removesuffix(ending)
        if stem != name and len(stem) > 2 and stem in speaking:
            return stem
    return name


_CONTRACTION = regex.compile(r"(?i)\p{L}+(?:n['’]t|['’](?:ll|ve|re|d|s))")
"""A word with a verb or pronoun run into it: "Wouldn't", "What's", "There's"."""


def _sentence_opener(grammar: Grammar, text: str, word: str, seen: dict[str, bool]) -> bool:
    """Whether a capitalised *word* at the head of a name only opens its sentence: a
    contraction ("What's Eeyore"), an adverb ("Evidently Quilla") or a word the book
    writes in lower case at least as often as capitalised ("To-day Kemp", "Tell Kanga");
    never a title or a given name."""
    if word in grammar.titles or word in grammar.first_names or not word[:1].isupper():
        return False
    if len(word) > 5 and word[1:].islower() and word.endswith(grammar.adverb_suffixes):
        return True
    if word not in seen:
        if _CONTRACTION.fullmatch(word, None, None, SERIAL) and word[1:2] not in ("'", "’"):
            seen[word] = True  # not O'Brien, D'Arcy
        else:
            written = regex.compile(rf"(?<!\p{{L}})(?i:{regex.escape(word)})(?!\p{{L}})")
            counts = Counter(
                match.group() for match in written.finditer(text, None, None, False, SERIAL)
            )
            seen[word] = counts[word.lower()] >= counts[word]
    return seen[word]


NARRATOR_MIN_TURNS = 5
"""First-person attributions ("I said") a book needs before its narrator is looked for."""
NARRATOR_MIN_VOCATIVES = 3


def _narrator(grammar: Grammar, text: str, pending: list[Pending]) -> Mention | None:
    """The narrator of a book told in the first person, when the others name them.

    The narrator says "I" in the narration, so their name is rare there; the others call
    them by it in their turns. The name called out in turns most often for each time it
    is written outside them is the narrator's, if it is called often enough.
    """
    said_i = sum(1 for p in pending if p.mention and _first_person(grammar, p.mention))
    if said_i < NARRATOR_MIN_TURNS:
        return None
    called: Counter[str] = Counter()
    quoted = 0
    for item in pending:
        if item.speech:
            quoted += item.end - item.start
            for vocative in _VOCATIVE.finditer(text, item.start, item.end, False, SERIAL):
                name = vocative.group(1)
                if name.lower() not in grammar.stopwords and name not in grammar.titles:
                    called[name] += 1
    best: tuple[float, str] | None = None
    for name, count in called.most_common(5):
        if count < NARRATOR_MIN_VOCATIVES:
            break
        written = max(
            count, len(regex.findall(rf"(?<!\p{{L}}){regex.escape(name)}(?!\p{{L}})", text))
        )
        if count < written / 2:
            continue  # a name the narration uses as much: someone the narrator sees
        score = count * count / written  # called often, and written mostly when called
        if best is None or score > best[0]:
            best = (score, name)
    if best is None:
        return None
    name = best[1]
    canonical = (
        _most_written_surname(_names_written_after(text), name)
        or _titled(grammar, text, name)
        or name
    )
    return Mention(Span(0, 0), name, "person", name=canonical)


def _titled(grammar: Grammar, text: str, name: str) -> str | None:
    """ "Dr. Watson" when the book writes the name after one of the language's titles."""
    titles = "|".join(regex.escape(t) for t in sorted(grammar.titles, key=len, reverse=True))
    pattern = regex.compile(rf"(?<!\p{{L}})(?:{titles})[ \t]+{regex.escape(name)}(?!\p{{L}})")
    found = pattern.search(text, None, None, SERIAL)
    return found.group() if found else None


_CAPITALISED_PAIR = regex.compile(
    r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*+(?<=\p{L}))[ \t]+(\p{Lu}\p{Ll}+)(?!\p{L})"
)
"""A capitalised word (McCallum, D'Souza, Jean-Luc) and the capitalised word after it."""


def _names_written_after(text: str) -> dict[str, Counter[str]]:
    """For each capitalised word, how often each capitalised word follows it: the book
    read once, however many names are looked up in it.

    >>> after = _names_written_after("Philip Herriton met D'Souza Khan. Philip Herriton left.")
    >>> after["Philip"], after["D'Souza"]
    (Counter({'Herriton': 2}), Counter({'Khan': 1}))
    """
    after: dict[str, Counter[str]] = {}
    for pair in _CAPITALISED_PAIR.finditer(text, None, None, True, SERIAL):  # overlapped
        after.setdefault(pair.group(1), Counter())[pair.group(2)] += 1
    return after


_DETERMINER_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")


def _common_noun_in(grammar: Grammar, text: str, word: str) -> bool:
    """Whether the book writes *word* in lower case after a determiner ("a bear", « le
    forestier »): a common noun, then, and no surname."""
    low = word.lower()
    if low == word:
        return False
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            before = _DETERMINER_BEFORE.search(text, max(0, at - 20), at, SERIAL)
            if before is not None and before.group(1).lower() in grammar.determiners:
                return True
        at = text.find(low, end)
    return False


def _full_name_of_nickname(
    grammar: Grammar, after: dict[str, Counter[str]], name: str
) -> str | None:
    """ "Frank", when the book writes no "Frank …" but "Francis Oakley": the one full
    name the book gives a given name that *name* is a nickname of."""
    found = {
        full
        for given in grammar.nickname_canonicals.get(name.lower(), ())
        if (full := _most_written_surname(after, given.capitalize())) is not None
    }
    return found.pop() if len(found) == 1 else None


def _most_written_surname(after: dict[str, Counter[str]], name: str) -> str | None:
    ranked = after.get(name, Counter()).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return f"{name} {ranked[0][0]}"


CONVERSATION_GAP = 1500
"""Narration longer than this between two turns ends the conversation."""


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", max(0, at - 4 * PRONOUN_WINDOW), at) + 1


def _speaker_key(item: Pending) -> str:
    speaker = item.speaker
    assert speaker is not None
    return _fold(speaker.name or speaker.text)


_VOCATIVE = regex.compile(
    r"(?:^|[,;:!?][\s\p{Zs}]++)(?:(?:Mr|Mrs|Miss|Dr|M|Mme|Mlle)\.?[\s\p{Zs}]++)?"
    r"(\p{Lu}\p{Ll}{2,}+)(?=[\s\p{Zs}]*+[,;!?.]|$)"
)
"""A name said to someone: "Come, Frank, …", « Écoute, Paul », "Ah, Pontellier!"."""


def _vocatives(text: str, start: int, end: int) -> Iterator[tuple[str, Span]]:
    """The names ``text[start:end]``, a quote with its marks, calls someone by: each
    folded, with its span in *text*. The quote is read as a string of its own, so that a
    name that opens it ("Frank, come here.") is one."""
    inside = start + 1
    for match in _VOCATIVE.finditer(text[inside : max(inside, end - 1)], None, None, False, SERIAL):
        yield _fold(match.group(1)), Span(inside + match.start(1), inside + match.end(1))


def addressed_names(text: str, start: int, end: int) -> frozenset[str]:
    """The names ``text[start:end]``, a quote, calls someone by, folded: its addressees,
    who are not its speaker ("Can you read, Pooh?" he asked).

    >>> sorted(addressed_names('"So will you go and tell them, Owl?"', 0, 36))
    ['owl']
    """
    return frozenset(name for name, _ in _vocatives(text, start, end))


def _is_addressed(person: Mention, addressed: frozenset[str]) -> bool:
    if not addressed:
        return False
    return any(_fold(word) in addressed for word in (person.name or person.text).split())


def _addressees(grammar: Grammar, text: str, pending: list[Pending], fiction: bool) -> None:
    """Whom each quote is said to: the complement of its cue ("said Alice to the
    Hatter", « dit-il à sa sœur »), else a speaker of the document it calls by name
    ("Come here, Frank." when Frank speaks in the text), the latest one before it, or
    the first after; in a novel, else the other party of its conversation (see
    ``_conversation_addressees``); never its own speaker."""
    by_word: dict[str, list[Pending]] = {}  # a word of a speaker's name: their quotes
    for item in pending:
        if item.speech and item.speaker is not None and item.speaker.kind == "person":
            for word in (item.speaker.name or item.speaker.text).split():
                if len(word) > 2 and word[0].isupper():
                    by_word.setdefault(_fold(word), []).append(item)
    starts = {word: [turn.start for turn in turns] for word, turns in by_word.items()}
    for item in pending:
        if not item.speech:
            continue
        addressee = _cue_complement(grammar, text, item)
        if addressee is None and by_word:
            addressee = _called_by_name(text, item, by_word, starts)
        if addressee is not None and not (
            item.speaker is not None
            and _speaker_key(item) == _fold(addressee.name or addressee.text)
        ):
            item.addressee = addressee
    if fiction:
        _conversation_addressees(text, pending)


def _conversation_addressees(text: str, pending: list[Pending]) -> None:
    """In a novel, a turn of a conversation with no addressee named is said to the other
    party: the speaker of the turn before, when that is someone else, else the speaker
    of the turn after. No words name them: ``addressee_span`` stays empty."""
    turns = [
        item
        for item in pending
        if item.speech and item.speaker is not None and item.speaker.kind == "person"
    ]
    for k, item in enumerate(turns):
        if item.addressee is not None:
            continue
        key = _speaker_key(item)
        for other in (turns[k - 1] if k else None, turns[k + 1] if k + 1 < len(turns) else None):
            if (
                other is not None
                and other.speaker is not None
                and abs(other.start - item.start) <= CONVERSATION_GAP
                and _paragraph_start(text, other.start) != _paragraph_start(text, item.start)
                and _speaker_key(other) != key
            ):
                item.addressee = attrs.evolve(other.speaker, span=Span(0, 0))
                break


def _cue_complement(grammar: Grammar, text: str, item: Pending) -> Mention | None:
    """The person or role after "to" / « à » that ends a quote's cue or its subject."""
    if item.cue is None or not grammar.addressee_prepositions:
        return None
    start = item.cue[1]
    if item.mention is not None and item.mention.span.start >= item.cue[1]:
        start = item.mention.span.end  # "said Alice to the Hatter"
    word = WORD_AFTER.match(text, start, min(len(text), start + 20), SERIAL)
    if word is None or word.group(1).lower() not in grammar.addressee_prepositions:
        return None
    parsed = phrase_at(grammar, text, word.end(), min(len(text), word.end() + 80))
    if parsed is None:
        return None
    mention = parsed[0]
    if mention.kind == "person" and mention.name:
        return mention
    if mention.kind != "role" or not mention.role:
        return None
    head = head_word(grammar, mention.role)
    if (
        is_head_noun(grammar, head)
        or head in grammar.kinship_nouns
        or any(word[:1].isupper() for word in mention.role.split())
    ):
        return mention  # « à sa sœur », "to the Hatter"; not « à voix basse »
    return None


def _called_by_name(
    text: str,
    item: Pending,
    by_word: dict[str, list[Pending]],
    starts: dict[str, list[int]],
) -> Mention | None:
    for word, span in _vocatives(text, item.start, item.end):
        turns = by_word.get(word)
        if not turns:
            continue
        at = bisect.bisect_left(starts[word], item.start)
        turn = turns[at - 1] if at else turns[0]
        if turn is item or turn.speaker is None:
            continue
        return attrs.evolve(turn.speaker, span=span)
    return None


def _addressee(text: str, item: Pending, characters: dict[str, Pending]) -> Pending | None:
    """The character a quote speaks to, when it names one who has spoken in the book."""
    for name, _ in _vocatives(text, item.start, item.end):
        known = characters.get(name)
        if known is not None:
            return known
    return None


BOOK_GENDER_MIN_COUNT = 3
BOOK_GENDER_MIN_SHARE = 0.8


def book_genders(grammar: Grammar, text: str) -> dict[str, str]:
    """The gender a novel gives each capitalised word by the pronouns that follow it in
    its clause ("Winterbourne looked at his watch"), where at least three of them, and
    four in five, agree. One pass over the text.

    >>> from quoteattr.grammar import get_grammar
    >>> text = "Gino smiled at his friend. Gino lit his pipe. Then Gino said he was tired."
    >>> book_genders(get_grammar("en"), text)
    {'Gino': 'm'}
    """
    pattern = grammar.character_gender
    if pattern is None:
        return {}
    tally: dict[str, Counter[str]] = {}
    for found in pattern.finditer(text, 0, len(text), False, SERIAL):
        name = found.group(1)
        tally.setdefault(name, Counter())[grammar.character_pronouns[found.group(2)]] += 1
    genders = {}
    for name, counts in tally.items():
        if name.lower() in grammar.stopwords:
            continue
        gender, count = counts.most_common(1)[0]
        if count >= BOOK_GENDER_MIN_COUNT and count >= BOOK_GENDER_MIN_SHARE * sum(counts.values()):
            genders[name] = gender
    return genders


def _new_turns(text: str, pending: list[Pending]) -> None:
    """ "…," he asked. / "I should think you would say something.": in a novel a quote
    that opens its paragraph is a new turn, not more of the quote before whose cue ends
    the paragraph before; ``previous.sentence`` gave it that cue's speaker, as news
    goes on ("…," Smith said. / "…"). It is left to the conversation's rules."""
    previous: Pending | None = None
    for item in pending:
        before, previous = previous, item
        if item.rule != "previous.sentence" or item.cue is None or before is None:
            continue
        paragraph = _paragraph_start(text, item.start)
        if (
            _opens_paragraph(text, item)
            and item.cue[0] < paragraph
            and before.end <= item.cue[0]
            and _paragraph_start(text, before.start) == _paragraph_start(text, item.cue[0])
        ):
            item.mention, item.rule, item.cue, item.confidence = None, None, None, 0.0


_NARRATION_DONE = regex.compile(r"[.!?…][\s\p{Zs}]*+$", regex.REVERSE)
"""A stretch of narration that ends on a finished sentence (``match`` it at the end)."""


def _action_beats(
    grammar: Grammar, text: str, pending: list[Pending], people: frozenset[str] = frozenset()
) -> None:
    """ "Perfetta looked suspicious when she heard the account. "What did you say to
    him?"": in a novel, a quote with no cue right after a narrated sentence of its own
    paragraph is spoken by that sentence's subject, a character named or a he / she
    (« Pauline se leva. « … » »). The rule is ``beat``; it comes before the alternation of
    turns and the follow-on, which would give the quote to the speaker before."""
    previous: Pending | None = None
    for item in pending:
        before, previous = previous, item
        if not item.speech or item.dash or item.fragment or item.rule or item.mention:
            continue
        subject = _narrated_subject(grammar, text, item, before, people)
        if subject is None or _first_person(grammar, subject):
            continue
        if subject.kind == "pronoun" and not subject.gender:
            continue
        if subject.plural or not (
            subject.kind in ("person", "pronoun") or _character_role(grammar, subject)
        ):
            continue
        item.mention, item.rule, item.confidence = subject, "beat", 0.55


def _epithet_character(
    grammar: Grammar, text: str, mention: Mention, titles_before_names: dict[str, bool]
) -> Mention:
    """In a novel a role whose noun the book capitalises ("said the Invisible Man", "the
    White Rabbit", « le Loup ») is the name a character goes by: a person of that name,
    whom a later he or she may stand for, not a role to give to someone named nearby.
    Not when the book writes that noun as a title before a name ("the Doctor" of a book
    with a Doctor Mandelet): that role is the titled character's."""
    if mention.kind != "role" or mention.plural or not mention.role:
        return mention
    head = head_word(grammar, mention.role)
    written = next(
        (word for word in mention.role.split() if word[:1].isupper() and word.lower() == head),
        None,
    )
    if written is None:
        return mention
    if written not in titles_before_names:
        if len(titles_before_names) >= EPITHET_WORDS_READ:
            return mention  # a text of endless capitalised roles: each is not read for
        before_name = regex.compile(  # one line break at most: "Doctor⏎Mandelet", not a heading
            rf"(?<![\p{{L}}]){regex.escape(written)}(?=\s)[ \t\p{{Zs}}]*+\n?[ \t\p{{Zs}}]*+\p{{Lu}}"
        )
        titles_before_names[written] = before_name.search(text, None, None, SERIAL) is not None
    if titles_before_names[written]:
        return mention
    name = mention.text[:1].lower() + mention.text[1:]
    return attrs.evolve(mention, kind="person", name=name)


def _character_role(grammar: Grammar, subject: Mention) -> bool:
    """A role a book's character goes by: a person's noun ("the old woman") or a
    capitalised one ("The Hatter", "the Invisible Man"); not "the door"."""
    if subject.kind != "role" or not subject.role:
        return False
    head = head_word(grammar, subject.role)
    return is_head_noun(grammar, head) or any(
        word[:1].isupper() and word.lower() == head for word in subject.role.split()
    )


def _narrated_subject(
    grammar: Grammar,
    text: str,
    item: Pending,
    previous: Pending | None,
    people: frozenset[str] = frozenset(),
) -> Mention | None:
    """The subject of the narrated sentence right before a quote in its paragraph, when
    that sentence is not the cue of the quote before it."""
    lo = _paragraph_start(text, item.start)
    cue_before = None
    if previous is not None and previous.end > lo:
        lo = previous.end
        cue_before = previous.cue
    if _NARRATION_DONE.match(text, lo, item.start, SERIAL) is None:
        return None  # the quote opens its paragraph, or follows a colon or a comma
    sentence = sentence_start(grammar, text, lo, item.start - 1)
    if cue_before is not None and cue_before[0] >= sentence:
        return None  # "…," he said. "…": the narration is the quote before's cue
    return sentence_subject(grammar, text, sentence, item.start, people)


def _beat_antecedent(
    grammar: Grammar,
    text: str,
    item: Pending,
    previous: Pending | None,
    pronoun: Mention,
    people: frozenset[str] = frozenset(),
) -> Mention | None:
    """ "The Dormouse slowly opened his eyes. "I wasn't asleep," he said": in a novel the
    subject of the sentence before the quote is what the pronoun of its cue stands for,
    before any later mention of that sentence (his eyes)."""
    if item.dash:
        return None
    subject = _narrated_subject(grammar, text, item, previous, people)
    if subject is None or subject.kind not in ("person", "role") or subject.plural:
        return None
    if subject.kind == "role" and not _character_role(grammar, subject):
        return None  # "The Hatter", "the old woman", not "the door"
    if pronoun.plural != subject.plural or (
        pronoun.gender and subject.gender and pronoun.gender != subject.gender
    ):
        return None  # a book's creatures and titles (the Dormouse) need no given name
    return subject


def _conversation(text: str, pending: list[Pending]) -> None:
    """Turns of talk in a novel, for a paragraph that opens with a quote and names nobody.

    The one the turn before spoke to by name speaks (conversation.vocative: "Come here,
    Frank." / "What for?" is Frank's); else the one who spoke the turn before last, when
    the last two turns were two different people (conversation: "Yes," said Jane. /
    "No," said Elizabeth. / "Why not?" is Jane's).
    """
    turns: list[Pending] = []
    characters: dict[str, Pending] = {}  # each word of a speaker's name: their last turn
    position = {id(item): k for k, item in enumerate(pending)}
    last_paragraph = -1
    for item in pending:
        if not item.speech:
            continue
        paragraph = _paragraph_start(text, item.start)
        if paragraph == last_paragraph:
            continue  # the rest of a turn: the follow-on reads it
        last_paragraph = paragraph
        if turns and item.start - turns[-1].end > CONVERSATION_GAP:
            turns = []
        if item.speaker is not None:
            turns.append(item)
            for word in (item.speaker.name or item.speaker.text).split():
                if len(word) > 2 and word[0].isupper():
                    characters[_fold(word)] = item
            continue
        if item.rule is not None or text_end_before(text, item.start) > paragraph:
            turns = []  # a turn whose speaker is not known: the alternation is lost
            continue
        chosen = _next_turn(text, pending, position, turns, characters, item)
        if chosen is None:
            turns = []
            continue
        other, rule, confidence = chosen
        item.mention, item.speaker = other.mention, other.speaker
        item.rule = rule
        item.confidence = confidence
        turns.append(item)


def _next_turn(
    text: str,
    pending: list[Pending],
    position: dict[int, int],
    turns: list[Pending],
    characters: dict[str, Pending],
    item: Pending,
) -> tuple[Pending, str, float] | None:
    """Whose turn *item* is, after *turns*, by the first of the conversation's rules that
    gives someone it does not call by name: with the rule and its confidence."""
    if not turns:
        return None
    addressed = addressed_names(text, item.start, item.end)
    last = turns[-1]
    choices: list[tuple[Pending | None, str, float]] = [
        (_addressee(text, last, characters), "conversation.vocative", 0.55),
        (turns[-2] if len(turns) >= 2 else None, "conversation", 0.5),
    ]
    for turn, rule, confidence in choices:
        if (
            turn is not None
            and turn.speaker is not None
            and _speaker_key(turn) != _speaker_key(last)
            and not _is_addressed(turn.speaker, addressed)
        ):
            return turn, rule, confidence
    other = _other_party(text, pending, position[id(last)], item, addressed)
    return None if other is None else (other, "conversation.other", 0.45)


OTHER_PARTY_REACH = 6000
"""How far back the other party is looked for (narration between turns included: a
conversation may pause for a page and go on)."""


def _follows_paragraph_of(text: str, item: Pending, before: Pending) -> bool:
    """Whether *item*'s paragraph comes right after the one *before* ends in."""
    paragraph = _paragraph_start(text, item.start)
    end_before = text_end_before(text, paragraph)
    return end_before > 0 and _paragraph_start(text, end_before - 1) <= before.start


def _other_party(
    text: str,
    pending: list[Pending],
    at: int,
    item: Pending,
    addressed: frozenset[str],
) -> Pending | None:
    """ "Harriet, don't act." after a turn of Harriet's: a turn with no cue in the
    paragraph right after another's, ``pending[at]``, is the other party's: the latest
    one before, within ``OTHER_PARTY_REACH``, who is a person and not the one who just
    spoke, unless the turn calls that one by name (``conversation.other``)."""
    last = pending[at]
    if not _follows_paragraph_of(text, item, last):
        return None
    speaker = _speaker_key(last)
    for j in range(at - 1, -1, -1):
        before = pending[j]
        if last.start - before.end > OTHER_PARTY_REACH:
            break
        if (
            before.speech
            and before.speaker is not None
            and before.speaker.kind == "person"
            and _speaker_key(before) != speaker
        ):
            return None if _is_addressed(before.speaker, addressed) else before
    return None


def _family_roles(
    grammar: Grammar, pending: list[Pending], known: KnownSpeakers, index: MentionIndex
) -> None:
    """ "said her mother", « répondit son frère »: in a novel, a family noun after a
    possessive is the one speaking character of the noun's gender who bears the surname
    of the person the possessive points at, and is not that person (Daisy Miller's
    mother is Mrs. Miller, not Miss Miller); with none, or two, it stays a role.
    ``speaker_span`` stays on the role."""
    people: dict[tuple[str, str], Mention] = {}  # (title, name), folded: a speaker
    titles: dict[str, set[str]] = {}  # a full name: the titles it is spoken with
    for item in pending:
        speaker = item.speaker
        if speaker is not None and speaker.kind == "person" and speaker.name:
            people.setdefault((_fold(speaker.title or ""), _fold(speaker.name)), speaker)
            titles.setdefault(_fold(speaker.name), set()).add(_fold(speaker.title or ""))
    for item in pending:
        role = item.speaker
        if role is None or role.kind != "role" or role.plural:
            continue
        words = role.text.split()
        if len(words) != 2 or words[0].lower() not in grammar.possessive_determiners:
            continue
        noun = words[1].lower()
        gender = grammar.kinship_nouns.get(noun)
        if gender is None:
            continue
        excluded = grammar.unmarried_titles if noun in grammar.married_kinship_nouns else ()
        owner = _possessor(grammar, role, known, index)
        relative = None if owner is None else _relative(people, titles, owner, gender, excluded)
        if relative is not None:
            item.speaker = attrs.evolve(relative, span=role.span, role=role.role)


def _possessor(
    grammar: Grammar, role: Mention, known: KnownSpeakers, index: MentionIndex
) -> Mention | None:
    """Whom the possessive of "her mother", « son frère » stands for, resolved as the
    pronoun it is; None for a role with no possessive."""
    pronoun = possessive_pronoun(grammar, role)
    return None if pronoun is None else resolve_pronoun(pronoun, known, index)


def _relative(
    people: dict[tuple[str, str], Mention],
    titles: dict[str, set[str]],
    owner: Mention,
    gender: str,
    excluded: Collection[str],
) -> Mention | None:
    """The one speaker of *gender* who bears *owner*'s surname and is not *owner*, nor
    called by an *excluded* title (a mother is no Miss)."""
    if owner.kind != "person" or not owner.name:
        return None
    name = _fold(owner.name)
    if " " not in name:  # a given name: the one full name it opens
        opened = {key for key in titles if key.startswith(name + " ")}
        if len(opened) == 1 and not owner.title:
            [name] = opened
        elif not owner.title:
            return None
    surname = name.split()[-1]
    own_titles = titles.get(name, set()) | {_fold(owner.title or "")}
    full, titled = {}, {}
    for (title, other), person in people.items():
        if person.gender != gender or other.split()[-1] != surname or other == name:
            continue
        if person.title in excluded:
            continue
        if " " in other:
            full[other] = person
        elif title and title not in own_titles:
            titled[title] = person  # Mrs. Miller, beside Miss Miller who is the owner
    if len(full) == 1:
        return next(iter(full.values()))
    if not full and len(titled) == 1:
        return next(iter(titled.values()))
    return None


def _character_genders(pending: list[Pending]) -> None:
    """A character a book gives a gender most of the times it speaks (two in three of
    the quotes that give one) has it wherever it speaks: Harlow is a "he" of his book
    where his name alone stands beside a quote, and where a "she" was wrongly resolved
    to him. Read before the roles of a scene, which match by gender."""
    votes: dict[str, Counter[str]] = {}
    for item in pending:
        speaker = item.speaker
        if speaker is not None and speaker.kind == "person" and speaker.gender:
            votes.setdefault(_speaker_key(item), Counter())[speaker.gender] += 1
    genders: dict[str, str] = {}
    for key, counts in votes.items():
        [(most, count)] = counts.most_common(1)
        if count * 3 >= sum(counts.values()) * 2:
            genders[key] = most
    for item in pending:
        speaker = item.speaker
        if speaker is not None and speaker.kind == "person":
            gender = genders.get(_speaker_key(item))
            if gender is not None and gender != speaker.gender:
                item.speaker = attrs.evolve(speaker, gender=gender)


SCENE_REACH = 1500
"""How far before and after a role's quote the speakers of its scene are read."""


def _scene_roles(
    grammar: Grammar, pending: list[Pending], known: KnownSpeakers, index: MentionIndex
) -> None:
    """ "said the young girl", « répondit la vieille femme »: in a novel a definite role
    with a gender is the one named character of that gender who speaks within
    ``SCENE_REACH`` of it, before or after, leaving out the one who spoke the turn before
    (a role's cue names a new speaker); with none, or two, it stays a role."""
    named = [
        item
        for item in pending
        if item.speaker is not None
        and item.speaker.kind == "person"
        and item.speaker.name
        and item.speaker.gender
    ]
    starts = [item.start for item in named]
    ambiguous: dict[str, list[tuple[Pending, dict[str, Mention]]]] = {}
    for k, item in enumerate(pending):
        role = item.speaker
        if (
            role is None
            or role.kind != "role"
            or role.plural
            or not role.gender
            or _first_word(role.text) not in grammar.definite_determiners
            or not is_head_noun(grammar, head_word(grammar, role.role or ""))
        ):
            continue  # « la première fois » is no one
        lo = bisect.bisect_left(starts, item.start - SCENE_REACH)
        hi = bisect.bisect_right(starts, item.end + SCENE_REACH)
        candidates = {
            _fold(other.speaker.name or ""): other.speaker
            for other in named[lo:hi]
            if other.speaker is not None and other.speaker.gender == role.gender
        }
        owner = _possessor(grammar, role, known, index)
        if owner is not None and owner.name:
            # "said her mother" is never the one "her" stands for
            candidates.pop(_fold(owner.name), None)
        if len(candidates) > 1:
            # a cue names a new speaker: the one who spoke the turn before is not the role
            last = _last_turn_speaker(pending, k, role)
            if last is not None and last in candidates:
                candidates = {key: person for key, person in candidates.items() if key != last}
        if len(candidates) == 1:
            [person] = candidates.values()
            item.speaker = attrs.evolve(person, span=role.span, role=person.role or role.role)
        elif candidates:
            ambiguous.setdefault(_fold(role.text), []).append((item, candidates))
    for uses in ambiguous.values():
        _book_role(uses)


def _last_turn_speaker(pending: list[Pending], k: int, role: Mention) -> str | None:
    """Who spoke the last turn before ``pending[k]``, past that quote's own parts."""
    for j in range(k - 1, -1, -1):
        last = pending[j]
        if pending[k].start - last.end > OTHER_PARTY_REACH:
            return None
        if last.speech and last.speaker is not None and last.speaker.span != role.span:
            return _fold(last.speaker.name or last.speaker.text)
    return None


def _other_speaker_before(
    pending: list[Pending], k: int, excluded: str | None, own: Span | None = None
) -> Pending | None:
    """The latest person to speak before ``pending[k]``, within ``OTHER_PARTY_REACH``,
    who is not *excluded*, past the quotes whose speaker phrase is *own* (the quote's
    other parts)."""
    for j in range(k - 1, -1, -1):
        before = pending[j]
        if pending[k].start - before.end > OTHER_PARTY_REACH:
            return None
        speaker = before.speaker
        if (
            before.speech
            and speaker is not None
            and speaker.kind == "person"
            and speaker.span != own
            and _speaker_key(before) != excluded
        ):
            return before
    return None


def _conversation_roles(grammar: Grammar, pending: list[Pending], narrator: Mention | None) -> None:
    """ "asked the other", « reprit l'autre »: in a novel, the one who did not speak the
    turn before, the latest other person to speak within ``OTHER_PARTY_REACH``; "said my
    companion": the latest person to speak who is not the narrator."""
    narrator_key = _fold(narrator.name or narrator.text) if narrator is not None else None
    for k, item in enumerate(pending):
        role = item.speaker
        if role is None or role.kind != "role":
            continue
        phrase = _fold(role.text)
        if phrase in grammar.other_party_roles:
            excluded = _last_turn_speaker(pending, k, role)
            if excluded is None:
                continue
        elif phrase in grammar.companion_roles:
            excluded = narrator_key
        else:
            continue
        other = _other_speaker_before(pending, k, excluded, role.span)
        if other is not None and other.speaker is not None:
            item.speaker = attrs.evolve(other.speaker, span=role.span)


BOOK_ROLE_MIN_USES = 3
"""How often a book must give a role to speakers of ambiguous scenes before it is read
as the one character of those scenes it most often stands beside."""


def _book_role(uses: list[tuple[Pending, dict[str, Mention]]]) -> None:
    """ "said the young girl", again and again, in scenes with two women: the role a
    book keeps for one character is the one named in most of those scenes, when she is
    named in all but one in three of them and more than any other."""
    if len(uses) < BOOK_ROLE_MIN_USES:
        return
    counts = Counter(key for _, candidates in uses for key in candidates)
    ranked = counts.most_common(2)
    best, count = ranked[0]
    if count * 3 < len(uses) * 2 or (len(ranked) > 1 and ranked[1][1] == count):
        return
    for item, candidates in uses:
        person = candidates.get(best)
        role = item.speaker
        if person is not None and role is not None:
            item.speaker = attrs.evolve(person, span=role.span, role=person.role or role.role)


def _opens_paragraph(text: str, item: Pending) -> bool:
    return text_end_before(text, item.start) <= _paragraph_start(text, item.start)


def _replies(text: str, pending: list[Pending]) -> None:
    """ "— Vous êtes las ? / — Oui, bien las, murmura-t-il.": a turn that names nobody,
    right before a turn whose speaker is known, is the other party's: the last one before
    it who is not that speaker (``conversation.reply``). Runs after the alternation, which
    reads forwards and stops at narration; this reads the reply after the turn."""
    speech = [item for item in pending if item.speech]
    for k, item in enumerate(speech[:-1]):
        reply = speech[k + 1]
        unknown = item.speaker is None and item.rule is None
        # the alternation gave the turn to the one who speaks the reply by name: two turns
        # in a row by one person, which a dialogue rarely writes
        alternated = (
            item.rule == "conversation"
            and reply.speaker is not None
            and reply.rule not in ("conversation", "conversation.vocative", None)
            and _speaker_key(item) == _speaker_key(reply)
        )
        if not (unknown or alternated) or not _opens_paragraph(text, item):
            continue
        if (
            reply.speaker is None
            or reply.start - item.end > CONVERSATION_GAP
            or not _opens_paragraph(text, reply)
            or _paragraph_start(text, reply.start) == _paragraph_start(text, item.start)
        ):
            continue
        replier = _speaker_key(reply)
        for j in range(k - 1, -1, -1):  # no copy of the list before each turn
            before = speech[j]
            if item.start - before.end > CONVERSATION_GAP:
                break
            if (
                before.speaker is not None
                and before.speaker.kind == "person"
                and _speaker_key(before) != replier
            ):
                item.mention, item.speaker = before.mention, before.speaker
                item.rule, item.confidence = "conversation.reply", 0.45
                break


def _pronoun_cue_after(grammar: Grammar, text: str, previous: Pending, limit: int) -> bool:
    """Whether a pronoun and its cue follow *previous* ("…," she said), in a language
    whose postposed cues may put the subject first: a second attribution of that quote."""
    if not grammar.subject_first or previous.end >= limit:
        return False
    at = POSTPOSED_LEAD.match(text, previous.end, None, SERIAL).end()
    found = subject_then_cue(grammar, text, at, limit)
    return found is not None and found[0].kind == "pronoun"


def _follow_on(grammar: Grammar, text: str, pending: list[Pending], fiction: bool = False) -> None:
    previous: Pending | None = None
    for k, item in enumerate(pending):
        if item.rule in ("partial.gerund", "preposed.continued") and item.mention is None:
            if previous is not None and item.start - previous.end <= FOLLOW_ON_GAP:
                item.mention, item.speaker = previous.mention, previous.speaker
            else:
                item.rule = None
            continue
        if item.rule is not None:
            previous = item if item.speaker is not None or item.mention is not None else None
            continue
        if previous is None or item.dash:
            continue
        # « … identités. » Une autre « … »: a quote's own full stop ends the sentence; in a
        # novel a short line after a full one is the next thing said ("Ho," "Sir--")
        same_sentence = (
            item.fragment
            and not _SENTENCE_END.search(text, previous.end, item.start, SERIAL)
            and (
                fiction
                or _CLOSED_SENTENCE.search(
                    text, previous.end - 4, min(item.start, previous.end + 4), SERIAL
                )
                is None
            )
        )
        if not item.speech and not (
            same_sentence and not item.repeated and not item.label and not item.named
        ):
            continue  # « … », a affirmé X dans l'émission « C à vous »: a title, not words
        if item.fragment and (item.repeated or item.start - previous.end > FRAGMENT_FOLLOW_ON_GAP):
            continue
        gap_start = max(previous.end, previous.cue[1] if previous.cue else 0)
        if previous.mention is not None:
            gap_start = max(gap_start, previous.mention.span.end)
        gap_end = item.start
        if gap_end - gap_start > FOLLOW_ON_GAP:
            previous = None
            continue
        if (previous.cue and previous.cue[0] >= previous.end) or _pronoun_cue_after(
            grammar, text, previous, gap_end
        ):
            # "…," he said in a blog post. "…": the rest of the attribution's sentence is
            # about that quote; only a cue in a later sentence hands the floor on. So too
            # after a quote its lead-in attributed: "Ann Bell scolded him: "…," she said."
            stop = _SENTENCE_END.search(text, gap_start, gap_end, SERIAL)
            gap_start = stop.end() if stop else gap_end
        if _breaks_chain(grammar, text, gap_start, gap_end):
            previous = None
            continue
        if (
            fiction
            and not item.fragment
            and previous.speaker is not None
            and _opens_paragraph(text, item)
            and _paragraph_start(text, previous.start) != _paragraph_start(text, item.start)
            and not text[previous.end : item.start].strip()
        ):
            # "…" / "…": in a novel a paragraph that answers the one before with nothing
            # between them is a new turn, the other party's, not more of the same
            other = _other_speaker_before(pending, k, _speaker_key(previous))
            if other is not None:
                item.mention, item.speaker = other.mention, other.speaker
                item.rule, item.confidence = "conversation.other", 0.45
                item.cue, item.speech = None, True
                previous = item
                continue
        item.mention = previous.mention
        item.speaker = previous.speaker
        item.rule = "followon"
        item.confidence = 0.6
        item.cue = None
        item.speech = True
        if not item.fragment:
            previous = item  # the chain goes on from here: a quote's own words are no gap
