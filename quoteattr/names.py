"""Recognise the phrase that names a speaker: a name, a role, an organisation, a pronoun.

>>> from quoteattr.grammar import get_grammar
>>> grammar = get_grammar("fr")
>>> text = "la directrice exécutive de l'ONUDC Ghada Waly, lors du sommet"
>>> mention, end = phrase_at(grammar, text, 0, len(text))
>>> mention.name, mention.role, mention.gender
('Ghada Waly', "directrice exécutive de l'ONUDC", 'f')
>>> phrase_before(grammar, "Mme Waly a salué. Elle", 0, 22).kind
'pronoun'
"""

from __future__ import annotations

import functools

import attrs
import regex

from quoteattr.grammar import Grammar, Mention, Token, tokens
from quoteattr.model import Span
from quoteattr.wordlist import SERIAL

MAX_ROLE_TOKENS = 14
MAX_NAME_TOKENS = 5
PHRASE_CHARS = 180
"""How far a speaker phrase is read: longer ones are not speaker phrases."""
FULL_NAME_WINDOW = 5000
_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{Ll}'’-]+[\s\p{Zs}]+$", regex.REVERSE)
"""A capitalised word right before the end (compiled backwards: ``match`` it there)."""
_NAME_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "d’",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "bin",
        "ibn",
        "el",
        "al",
        "le",
        "la",
        "di",
        "da",
        "dos",
        "do",
        "del",
        "della",
        "ter",
        "ould",
    ]
)
_CLAUSE_BREAKS = frozenset(',;:.!?«»()[]"“”')
_ROLE_BREAKS = frozenset(',;:.!?«»()[]"“”—–')


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _title_at(grammar: Grammar, toks: list[Token], i: int) -> tuple[str, int] | None:
    """A title at ``toks[i]`` ("M." spans two tokens), with the index after it."""
    word = toks[i].text
    dotted = i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end
    if dotted and word + "." in grammar.titles:
        return word + ".", i + 2
    if word in grammar.titles:
        return word, i + 1
    return None


def _is_title_or_role(grammar: Grammar, word: str) -> bool:
    return word in grammar.titles or word.lower() in grammar.role_nouns


def _role_title_run(grammar: Grammar, toks: list[Token], i: int, end: int) -> int:
    """Extend a capitalised run over "of State" when it holds a title: Secretary of State X."""
    if end + 1 >= len(toks) or toks[end].text.lower() not in grammar.connectors:
        return end
    if not any(_is_title_or_role(grammar, t.text) for t in toks[i:end]):
        return end
    longer = _name_run(grammar, toks, end + 1)
    return longer if longer - (end + 1) >= 2 else end


def _name_run(grammar: Grammar, toks: list[Token], i: int) -> int:
    """Index after the longest name starting at ``toks[i]`` (``i`` when none)."""
    j = i
    count = 0
    while j < len(toks) and count < MAX_NAME_TOKENS:
        tok = toks[j]
        if tok.capitalised and tok.text.lower() not in grammar.stopwords:
            j += 1
            count += 1
            if (
                j < len(toks)
                and toks[j].text == "."
                and len(tok.text) == 1
                and toks[j].start == tok.end
            ):
                j += 1  # an initial: "J. Smith"
            elif (
                j + 1 < len(toks)
                and toks[j].text == "/"
                and toks[j].start == tok.end
                and toks[j + 1].start == toks[j].end
                and toks[j + 1].capitalised
            ):
                j += 1  # a maiden and a married name: "Awa Sanou/Cissé"
            continue
        if (
            count
            and tok.text.lower() in _NAME_PARTICLES
            and j + 1 < len(toks)
            and toks[j + 1].capitalised
        ):
            j += 1
            continue
        break
    return j


def _span_text(text: str, toks: list[Token], i: int, j: int) -> tuple[Span, str]:
    span = Span(toks[i].start, toks[j - 1].end)
    return span, text[span.start : span.end]


def _gender_of_name(grammar: Grammar, name: str) -> str | None:
    first = name.split()[0] if name else ""
    return grammar.first_names.get(first)


def head_word(grammar: Grammar, role: str) -> str:
    """The noun a role phrase is about: the first word in French, the last one in English."""
    words = role.lower().split()
    if not grammar.head_final:
        return words[0]
    before = []
    for word in words:
        if word in grammar.connectors:
            break
        before.append(word)
    return (before or words)[-1]


def is_head_noun(grammar: Grammar, word: str) -> bool:
    """A person or organisation noun, singular or plural: spokesman, senators, company."""
    low = word.lower()
    nouns = grammar.head_nouns
    return low in nouns or (low.endswith("s") and low[:-1] in nouns)


def _role_gender(grammar: Grammar, determiner: str | None, role: str) -> str | None:
    words = role.split()
    head = words[0] if words else ""
    for size in (2, 1):
        key = " ".join(words[:size])
        if grammar.role_nouns.get(key):
            return grammar.role_nouns[key]
    for word in words:  # "a White House spokesman"
        if word.lower() in grammar.connectors:
            break
        if grammar.role_nouns.get(word.lower()):
            return grammar.role_nouns[word.lower()]
    if determiner:
        gender = grammar.determiners.get(determiner.lower())
        if gender:
            return gender
    return grammar.role_nouns.get(head)


def _apposition_name(
    grammar: Grammar, text: str, toks: list[Token], j: int
) -> tuple[int, int] | None:
    """``, Jean Dupont`` after a role phrase: the name's token range."""
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        title = _title_at(grammar, toks, k) if k < len(toks) else None
        if title:
            k = title[1]
        end = _name_run(grammar, toks, k)
        if end > k and (
            end == len(toks) or toks[end].kind == "p" or toks[end].text.lower() in grammar.stopwords
        ):
            return k, end
    return None


def noun_phrase(
    grammar: Grammar, text: str, toks: list[Token], i: int
) -> tuple[Mention, int] | None:
    """Parse the speaker phrase that starts at ``toks[i]``; return it and the index after it."""
    if i >= len(toks):
        return None
    tok = toks[i]
    low = tok.text.lower()
    if tok.kind == "w" and low in grammar.pronouns:
        gender, number = grammar.pronouns[low]
        return Mention(
            Span(tok.start, tok.end), tok.text, "pronoun", gender=gender, plural=number == "pl"
        ), i + 1
    title = _title_at(grammar, toks, i) if tok.kind == "w" else None
    if title and _role_title_run(grammar, toks, i, title[1]) > title[1]:
        title = None  # "Secretary of State John Kerry": a role title, read below
    if title:
        start = _name_run(grammar, toks, title[1])
        if start == title[1]:
            return None
        first = title[1]
        while start - first > 1 and _is_title_or_role(grammar, toks[first].text):
            first += 1  # "Prime Minister Justin Trudeau": the title runs on to the name
        span, name = _span_text(text, toks, first, start)
        gender = grammar.titles[title[0]] or _gender_of_name(grammar, name)
        role, after = _appositive_role(grammar, text, toks, start)
        if first > title[1]:
            role_words = text[tok.start : toks[first - 1].end]
            return Mention(span, name, "person", name=name, role=role_words, gender=gender), after
        return Mention(
            span, name, "person", name=name, title=title[0], role=role, gender=gender
        ), after
    if tok.kind == "w" and low in grammar.indefinite_pronouns:
        return _indefinite(grammar, text, toks, i)
    if (tok.kind == "el" and low[0] == "l") or (tok.kind == "w" and low in grammar.determiners):
        return _role_phrase(grammar, text, toks, i)
    modified = _modified_role(grammar, text, toks, i)
    if modified is not None:
        return modified
    next_capitalised = i + 1 < len(toks) and toks[i + 1].capitalised
    if tok.kind == "w" and low in grammar.role_nouns and not (tok.capitalised and next_capitalised):
        # "Officials said", "police said", "spokesman John Kirby"
        plural = low.endswith("s") or low == "police"
        named = i + 1 < len(toks) and toks[i + 1].capitalised
        if plural or named:
            parsed = _role_phrase(grammar, text, toks, i, bare=True)
            if parsed is not None and (plural or parsed[0].name):
                return parsed
    if tok.text in grammar.capital_prepositions and not (
        i + 1 < len(toks) and _abbreviation(grammar, toks, i + 1)
    ):
        return None  # « A Rennes, Pascale … »: « À » written without its accent
    if tok.capitalised and low not in grammar.stopwords:
        run_end = _name_run(grammar, toks, i)
        if (
            run_end - i >= 2
            and is_acronym(tok.text)
            and not toks[i + 1].text.isupper()  # THE STRANGE MAN'S ARRIVAL: a heading
            and (toks[i + 1].text in grammar.first_names or run_end - i >= 3)
        ):
            # "AFP Alex", « LR Éric Ciotti »: an acronym before a name is an outlet or a
            # party the person speaks for, not part of the name
            found = noun_phrase(grammar, text, toks, i + 1)
            if found is not None and found[0].kind == "person" and found[0].name:
                mention = found[0]
                if tok.text not in grammar.outlet_names:
                    role = f"{tok.text} {mention.role}" if mention.role else tok.text
                    mention = attrs.evolve(mention, role=role)
                return mention, found[1]
        titled = _name_after_dotted_title(grammar, text, toks, i, run_end)
        if titled is not None:
            return titled
        possessive = _possessed_role(grammar, text, toks, i, run_end)
        if possessive is not None:
            return possessive
        end = _role_title_run(
            grammar, toks, i, run_end
        )  # "Former Secretary of State Madeleine Albright"
        first = i
        if end > run_end:  # the name is where a first name starts, else the last two words
            first = next(
                (k for k in range(run_end + 1, end) if toks[k].text in grammar.first_names),
                max(run_end + 1, end - 2),
            )
        elif run_end - i == MAX_NAME_TOKENS and _name_run(grammar, toks, run_end) > run_end:
            # "Niagara County District Attorney Caroline Wojtaszek": too long for a name;
            # the name is what follows the run's last title or role word
            longer = _name_run(grammar, toks, run_end)
            last_role = max(
                (k for k in range(i, longer) if _is_title_or_role(grammar, toks[k].text)),
                default=-1,
            )
            if 0 <= last_role < longer - 1 and longer - last_role - 1 <= MAX_NAME_TOKENS:
                end, first = longer, last_role + 1
        elif end - i >= 3:
            # "Environment Minister Shannon Phillips": a title or role word inside the run,
            # then a given name; the name starts there
            first = max(
                (
                    k + 1
                    for k in range(i + 1, end - 1)
                    if _is_title_or_role(grammar, toks[k].text)
                    and toks[k + 1].text in grammar.first_names
                ),
                default=i,
            )
        while end - first > 1 and (_is_title_or_role(grammar, toks[first].text)):
            first += 1
        if first > i and toks[first - 1].text.lower() in grammar.connectors:
            # "the Invisible Man for Port Burdock is ten miles away": a role ends on its
            # noun, never on "for"; the capitalised words after it are no holder's name
            end, first = run_end, i
        if first > i:  # "Police Chief Ana Ruiz": the role, then the name
            span, name = _span_text(text, toks, first, end)
            role_text = text[toks[i].start : toks[first - 1].end]
            gender = _gender_of_name(grammar, name) or _role_gender(
                grammar, None, role_text.lower()
            )
            return Mention(span, name, "person", name=name, role=role_text, gender=gender), end
        after_role = _name_after_role_words(grammar, text, toks, i, end)
        if after_role is not None:
            return after_role
        span, name = _span_text(text, toks, i, end)
        kind = "organisation" if is_acronym(name) else "person"
        role, after = _appositive_role(grammar, text, toks, end)
        gender = _gender_of_name(grammar, name) if kind == "person" else None
        return Mention(span, name, kind, name=name, role=role, gender=gender), after
    return None


def _name_after_dotted_title(
    grammar: Grammar, text: str, toks: list[Token], i: int, run_end: int
) -> tuple[Mention, int] | None:
    """ "Democratic Sen. Claire McCaskill", "Former Gov. Ann Bell": a capitalised run
    that stops at the period of a title; the name after the title speaks, the words
    before it are its role."""
    if run_end - i < 2:
        return None
    title = _title_at(grammar, toks, run_end - 1)
    if title is None or title[1] <= run_end:
        return None
    name_end = _name_run(grammar, toks, title[1])
    if name_end == title[1]:
        return None
    span, name = _span_text(text, toks, title[1], name_end)
    role = text[toks[i].start : toks[run_end - 2].end]
    gender = grammar.titles[title[0]] or _gender_of_name(grammar, name)
    return Mention(
        span, name, "person", name=name, title=title[0], role=role, gender=gender
    ), name_end


def _indefinite(
    grammar: Grammar, text: str, toks: list[Token], i: int
) -> tuple[Mention, int] | None:
    """ "Some said", « Certains estiment »: a group that speaks, kept as a plural role;
    « Plusieurs manifestants » : before a noun, the word is the noun's determiner."""
    tok = toks[i]
    low = tok.text.lower()
    following = toks[i + 1] if i + 1 < len(toks) else None
    if (
        following is not None
        and following.kind == "w"
        and not following.capitalised
        and following.text.lower() not in grammar.stopwords
        and following.text.lower() not in grammar.auxiliaries
        and following.text.lower() not in grammar.verb_forms
        and following.text.lower() not in grammar.clause_words
    ):
        parsed = _role_phrase(grammar, text, toks, i)
        if parsed is None or low in grammar.determiners:
            return parsed  # "many old gentlemen": a determiner of the language, as before
        role = parsed[0].role or ""
        partitive = following.text.lower() in grammar.connectors  # "some of the residents"
        if not partitive and not is_head_noun(grammar, head_word(grammar, role)):
            return None  # « plusieurs sanctions »: no person, no group that speaks
        return attrs.evolve(parsed[0], plural=True), parsed[1]
    gender = grammar.indefinite_pronouns[low]
    span = Span(tok.start, tok.end)
    return Mention(span, tok.text, "role", role=low, gender=gender, plural=True), i + 1


def _possessed_role(
    grammar: Grammar, text: str, toks: list[Token], i: int, run_end: int
) -> tuple[Mention, int] | None:
    """ "Obama's former campaign strategist", "Hillary Clinton's spokesman": a name in the
    possessive, then a role; the role speaks, the name only says whose it is."""
    if run_end <= i or not toks[run_end - 1].text.endswith(("'s", "’s")):
        return None
    if run_end >= len(toks) or toks[run_end].kind != "w" or toks[run_end].capitalised:
        return None
    parsed = _role_phrase(grammar, text, toks, run_end - 1)
    if parsed is None or parsed[0].kind != "role":
        return None
    mention, after = parsed
    if not is_head_noun(grammar, head_word(grammar, mention.role or "")):
        return None
    span = Span(toks[i].start, mention.span.end)
    phrase = text[span.start : span.end]
    return attrs.evolve(mention, span=span, text=phrase, role=phrase), after


MAX_ROLE_WORDS_BEFORE_NAME = 4
MAX_ROLE_MODIFIERS = 3


def _modified_role(
    grammar: Grammar, text: str, toks: list[Token], i: int
) -> tuple[Mention, int] | None:
    """ "lead author Dr. Allan Garland", "senior policy analyst Trevor Nicholson", "former
    Rep. Tom Hale": in a language whose role phrases end on their noun, modifiers that
    open in lower case, a role noun or a title, and a name, with no determiner; the name
    speaks, the words before it are its role."""
    if not grammar.head_final:
        return None
    k = i
    while k < len(toks) and k - i < MAX_ROLE_MODIFIERS:
        tok = toks[k]
        low = tok.text.lower()
        if tok.kind != "w" or low in grammar.role_nouns:
            break
        if tok.capitalised:
            # "former Obama adviser David Axelrod", "former South Carolina Gov. Jim
            # Hodges": after a lower-case modifier, the capitalised words of a place or a
            # party, up to a title or a given name
            if k == i or _title_at(grammar, toks, k) is not None or _name_starts(grammar, toks, k):
                break
            k += 1
            continue
        if low in grammar.stopwords or low in grammar.verb_forms or low in grammar.determiners:
            return None
        k += 1
    if k == i or k + 1 >= len(toks):
        return None
    title = None
    if toks[k].text.lower() in grammar.role_nouns:
        first = k + 1
        title = _title_at(grammar, toks, first)
    else:
        # "former Rep. Tom Hale", "acting Gov. Ann Bell": the modifiers, then a title
        title = _title_at(grammar, toks, k)
        if title is None:
            return None
        k = title[1] - 1
    if title is not None:
        first = title[1]
    end = _name_run(grammar, toks, first)
    if end - first < 2 and not (end > first and (title or toks[first].text in grammar.first_names)):
        return None
    span, name = _span_text(text, toks, first, end)
    role = text[toks[i].start : toks[k].end]
    gender = (grammar.titles.get(title[0]) if title else None) or _gender_of_name(grammar, name)
    title_word = title[0] if title else None
    return Mention(span, name, "person", name=name, title=title_word, role=role, gender=gender), end


def _name_starts(grammar: Grammar, toks: list[Token], k: int) -> bool:
    """Whether a given name at ``toks[k]`` starts a person's name: another name word
    follows it, not a title ("South Carolina Gov.": Carolina names a state there)."""
    if toks[k].text not in grammar.first_names:
        return False
    following = toks[k + 1] if k + 1 < len(toks) else None
    return following is None or (following.capitalised and _title_at(grammar, toks, k + 1) is None)


def _name_after_role_words(
    grammar: Grammar, text: str, toks: list[Token], i: int, end: int
) -> tuple[Mention, int] | None:
    """ "Oilers head coach Ken Hitchcock", "Rally Canada volunteer media coordinator Tom
    Hinderks": in a language whose role phrases end on their head noun, a capitalised
    organisation, a few lower-case words ending on a role noun, then a name; the name
    speaks and the rest is its role."""
    if not grammar.head_final:
        return None
    k = end
    while k < len(toks) and k - end < MAX_ROLE_WORDS_BEFORE_NAME:
        tok = toks[k]
        if tok.kind != "w" or tok.capitalised:
            break
        k += 1
    if k == end or k >= len(toks) or not toks[k].capitalised:
        return None
    if not is_head_noun(grammar, toks[k - 1].text):
        return None
    name_end = _name_run(grammar, toks, k)
    if name_end - k < 2 and toks[k].text not in grammar.first_names:
        return None  # "the Oilers head coach Monday": no name after the role
    span, name = _span_text(text, toks, k, name_end)
    role = text[toks[i].start : toks[k - 1].end]
    gender = _gender_of_name(grammar, name) or _role_gender(grammar, None, role.lower())
    return Mention(span, name, "person", name=name, role=role, gender=gender), name_end


def _appositive_role(
    grammar: Grammar, text: str, toks: list[Token], j: int
) -> tuple[str | None, int]:
    """``, le chef de l'État,`` after a name: the role it gives, and the index after it."""
    if j + 1 < len(toks) and toks[j].text == ",":
        k = j + 1
        while k < len(toks) and toks[k].kind == "w" and toks[k].text.isdigit():
            k += 1  # an age: "Smith, 54,"
        nxt = toks[k] if k < len(toks) else None
        if nxt is not None and (
            (nxt.kind == "el" and nxt.text[0] in "lL") or nxt.text.lower() in grammar.determiners
        ):
            parsed = _role_phrase(grammar, text, toks, k)
            if parsed is not None and parsed[0].name is None:
                after = parsed[1]
                if after >= len(toks) or toks[after].kind == "p":
                    return parsed[0].role, after
        if k > j + 1:
            return None, k
    return None, j


_CLITIC_INITIALS = frozenset("sjnmtc")
"""Elided words that belong to a verb (s', n', j', m', t', c'), unlike l' and d'."""


def _object_follows(grammar: Grammar, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens a noun phrase that no noun before it can take: an
    article or a possessive that is not also « de » (« du », « des » follow a noun)."""
    if k >= len(toks):
        return False
    word = toks[k]
    low = word.text.lower()
    if word.kind == "el":
        return low[0] == "l"
    return word.kind == "w" and low in grammar.determiners and low not in grammar.connectors


def narrator_plural_tense(grammar: Grammar, word: str) -> bool:
    """An imparfait or a simple past plural, lower-case: « rentraient », « montèrent »;
    not « fait »."""
    return (
        len(word) > 3
        and word.endswith(grammar.narrative_endings)
        and word not in grammar.not_imparfait_words
    )


def narrator_singular_form(grammar: Grammar, word: str) -> bool:
    """What may be a simple past singular, lower-case, of five letters or more and no
    future: « monta », « sortit »; not « sera ». Its endings are shared with presents and
    nouns, so the callers ask for a context too."""
    return (
        len(word) > 4
        and word.endswith(grammar.narrative_singular_endings)
        and not word.endswith(grammar.not_narrative_endings)
    )


def _complement_follows(grammar: Grammar, toks: list[Token], j: int) -> bool:
    """Whether a determiner or a preposition that is no connector follows ``toks[j]``: a
    verb before its object (« monta sur la charrette »), not an adjective before its
    complement (« le directeur adjoint de la police »)."""
    if j + 1 >= len(toks):
        return False
    low = toks[j + 1].text.lower()
    if low in grammar.connectors:
        return False
    return low in grammar.determiners or low in grammar.object_prepositions


def _manner_starts(grammar: Grammar, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` opens how the speaker speaks: an adverb or « d'une voix … »."""
    tok = toks[j]
    low = tok.text.lower()
    if tok.capitalised or tok.kind == "p":
        return False
    previous = toks[j - 1].text.lower()
    if low in grammar.manner_prepositions:
        for k in range(j + 1, min(j + 5, len(toks))):
            word = toks[k]
            if word.kind == "p" or word.capitalised:
                return False
            if word.text.lower() in grammar.manner_nouns:
                return True
        return False
    adverb = low in grammar.adverbs or (len(low) > 5 and low.endswith(grammar.adverb_suffixes))
    if (
        not adverb
        or is_head_noun(grammar, low)
        or previous in grammar.connectors
        or previous in grammar.determiners
    ):
        return False
    following = toks[j + 1] if j + 1 < len(toks) else None
    return following is None or not (
        following.kind == "w" and (following.capitalised or is_head_noun(grammar, following.text))
    )


def _possessed_noun(
    grammar: Grammar, text: str, toks: list[Token], i: int
) -> tuple[Mention, int] | None:
    """The phrase a word that is both a pronoun and a determiner (her) opens when a noun
    follows it, where a speaker phrase starts: "said her visitor", "said her mother"."""
    if i + 1 >= len(toks) or toks[i].text.lower() not in grammar.determiners:
        return None
    if toks[i].kind != "w" or toks[i].text.lower() not in grammar.pronouns:
        return None
    noun = toks[i + 1]
    low = noun.text.lower()
    if (
        noun.kind != "w"
        or noun.capitalised
        or low in grammar.stopwords
        or low in grammar.auxiliaries
        or low in grammar.verb_forms
        or low in grammar.pronouns
    ):
        return None
    return _role_phrase(grammar, text, toks, i)


def _role_phrase(
    grammar: Grammar, text: str, toks: list[Token], i: int, bare: bool = False
) -> tuple[Mention, int] | None:
    """A role phrase from the determiner at ``toks[i]`` (or from its noun when *bare*)."""
    determiner = "" if bare else toks[i].text
    if bare:
        i -= 1  # the phrase's words start at the noun itself
    j = i + 1
    while j < len(toks) and j - i <= MAX_ROLE_TOKENS:
        tok = toks[j]
        low = tok.text.lower()
        if tok.kind == "p" and (tok.text in _ROLE_BREAKS or tok.text != "'"):
            break
        if (tok.kind == "el" and low[0] in _CLITIC_INITIALS) or (
            tok.kind == "w" and low in grammar.verb_clitics
        ):
            break  # « le président s'est dit … », « la grand-mère se pencha »: the verb
        if j > i + 1 and low in grammar.stopwords and low not in grammar.connectors:
            break
        if (
            j > i + 1
            and tok.kind == "w"
            and low in grammar.determiners
            and low not in grammar.connectors
            and toks[j - 1].capitalised
        ):
            break  # « explique à l'AFP le rappeur »: a determiner after a name opens another
        if (
            low in grammar.auxiliaries
            or low in grammar.phrase_stop_verbs
            or (j > i + 1 and not tok.capitalised and low in grammar.verb_forms)
        ):
            break
        if (
            low in grammar.connectors
            and j + 1 < len(toks)
            and toks[j + 1].text.lower() in grammar.speech_infinitives
        ):
            break  # « Et le ministre de conclure » : the infinitive is the verb, not the role
        if (
            j > i + 1
            and tok.kind == "w"
            and not tok.capitalised
            and toks[j - 1].text.lower() not in grammar.connectors
            and toks[j - 1].text.lower() not in grammar.determiners
            and (
                narrator_plural_tense(grammar, low)
                or (narrator_singular_form(grammar, low) and _complement_follows(grammar, toks, j))
            )
        ):
            break  # « La fermière monta sur la charrette »: the narrator's verb
        if j > i + 1 and _manner_starts(grammar, toks, j):
            break  # "said the Rabbit angrily", « dit le vieillard d'une voix sourde »
        if (
            grammar.head_final
            and j > i + 1
            and low in grammar.addressee_prepositions
            and toks[j - 1].capitalised
        ):
            break  # "said the Tin Soldier to the Piper": whom it is said to
        if (
            grammar.head_final
            and j > i + 1
            and not tok.capitalised
            and low not in grammar.connectors
            and is_head_noun(grammar, toks[j - 1].text)
            and not any(is_head_noun(grammar, t.text) for t in toks[j : j + 2] if t.kind == "w")
        ):
            break  # "the company cut 500 jobs": the noun ends the phrase
        if (
            (not grammar.head_final or toks[j - 1].capitalised)
            and j > i + 1
            and tok.kind == "w"
            and not tok.capitalised
            and low not in grammar.connectors
            and low not in grammar.determiners
            and not is_head_noun(grammar, tok.text)
            and _object_follows(grammar, toks, j + 1)
        ):
            break  # « le vieux jardinier posa sa bêche »: a verb and its object end it
        j += 1
    if j == i + 1:
        return None
    words = toks[i + 1 : j]
    # a name that starts with a known first name: "le producteur Sylvain Dupré de l'agence X"
    for k, word in enumerate(words):
        if not word.capitalised or k == 0 or is_acronym(word.text):
            continue
        previous = words[k - 1].text.lower()
        known_first = word.text in grammar.first_names
        after_role = not words[k - 1].capitalised and previous not in grammar.connectors
        if previous in grammar.organisation_nouns and not known_first:
            continue  # "advisory firm Bullpen Research": the name is the firm's
        if known_first or (after_role and previous not in ("l'", "l’")):
            end = _name_run(grammar, words, k)
            if previous in grammar.connectors or previous in grammar.determiners:
                # « le président de la République Emmanuel Macron », « le procureur de
                # Paris Rémy Heitz »: the role's complement, then a given name and surname
                later = next(
                    (
                        g
                        for g in range(k + 1, end - 1)
                        if words[g].text in grammar.first_names
                        and words[g - 1].text.lower() not in grammar.connectors
                    ),
                    None,
                )
                if later is not None:
                    k, word = later, words[later]
            # « le docteur Morel entra »: a title noun right after the determiner takes a
            # surname alone, and the phrase ends with it
            titled = end - k == 1 and k == 1 and words[0].text.capitalize() in grammar.titles
            if titled:
                role_word = words[0].text
                mention = Mention(
                    Span(word.start, word.end),
                    word.text,
                    "person",
                    name=word.text,
                    role=role_word,
                    gender=_role_gender(grammar, determiner, role_word),
                )
                return mention, i + 1 + end
            if end - k >= 2:
                inner_span = Span(word.start, words[end - 1].end)
                inner_name = text[inner_span.start : inner_span.end]
                title_word = words[k - 1].text
                inner_title = None
                role: str | None = text[words[0].start : words[k - 1].end]
                if title_word in grammar.titles:
                    inner_title = title_word
                    role = text[words[0].start : words[k - 2].end] if k > 1 else None
                if end < len(words):
                    role = f"{role or ''} {text[words[end].start : words[-1].end]}".strip()
                gender = (
                    (grammar.titles.get(inner_title) if inner_title else None)
                    or _gender_of_name(grammar, inner_name)
                    or _role_gender(grammar, determiner, role or "")
                )
                mention = Mention(
                    inner_span,
                    inner_name,
                    "person",
                    name=inner_name,
                    title=inner_title,
                    role=role,
                    gender=gender,
                )
                return mention, j
    # a trailing name: "la directrice exécutive de l'ONUDC Ghada Waly"
    k = len(words)
    while k > 0 and (words[k - 1].capitalised or words[k - 1].text.lower() in _NAME_PARTICLES):
        k -= 1
    while k < len(words) and not words[k].capitalised:
        k += 1
    name_start = k
    if name_start < len(words):
        before = words[name_start - 1].text.lower() if name_start else ""
        if is_acronym(words[name_start].text) and len(words) - name_start > 1:
            name_start += 1
        elif before in grammar.organisation_nouns and words[name_start].text not in (
            grammar.first_names
        ):
            name_start = len(words)  # « le porte-parole du groupe Renault »: no person named
        elif (
            before in grammar.connectors
            or before in grammar.determiners
            or (
                len(words) - name_start == 1 and words[0].text.lower() in grammar.organisation_nouns
            )
        ):
            first = words[name_start].text
            run = len(words) - name_start
            if run >= 3 or (run == 2 and words[name_start + 1].text in grammar.first_names):
                name_start += 1
            elif not (run > 1 and first in grammar.first_names):
                name_start = len(words)
        if name_start == 0:
            name_start = len(words)
    role_words = words[:name_start]
    if not role_words:
        return None
    role_span = Span(toks[i + 1 if bare else i].start, role_words[-1].end)
    role = text[role_words[0].start : role_words[-1].end]
    gender = _role_gender(grammar, determiner, role)
    name = None
    name_span = None
    after = j
    title = None
    if name_start < len(words):
        found_title = _title_at(grammar, words, name_start)
        if found_title is not None and found_title[1] < len(words):
            title, name_start = found_title[0], found_title[1]
        name_span = Span(words[name_start].start, words[-1].end)
        name = text[name_span.start : name_span.end]
    else:
        apposition = _apposition_name(grammar, text, toks, j)
        if apposition:
            found_title = _title_at(grammar, toks, apposition[0] - 1) if apposition[0] > 0 else None
            if found_title is not None and found_title[1] == apposition[0]:
                title = found_title[0]
            name_span = Span(toks[apposition[0]].start, toks[apposition[1] - 1].end)
            name = text[name_span.start : name_span.end]
            after = apposition[1]
    head = head_word(grammar, role)
    plural = determiner.lower() in grammar.plural_determiners or (
        (bare or determiner.lower() in grammar.numberless_determiners)
        and ((head.endswith("s") and not head.endswith("ss")) or head == "police")
    )
    if name is not None:
        gender = (
            (grammar.titles.get(title) if title else None)
            or _gender_of_name(grammar, name)
            or gender
        )
        mention = Mention(
            name_span or role_span, name, "person", name=name, title=title, role=role, gender=gender
        )
        return mention, after
    phrase = text[role_span.start : role_span.end]
    if is_acronym(role):  # "l'ONUDC"
        return Mention(role_span, phrase, "organisation", name=role), after
    kind = "organisation" if head in grammar.organisation_nouns else "role"
    return Mention(role_span, phrase, kind, role=role, gender=gender, plural=plural), after


def possessive_pronoun(grammar: Grammar, mention: Mention) -> Mention | None:
    """The pronoun the possessive that opens *mention* stands for ("her" of "her mother",
    « son » of « son frère »), with the gender it tells; None when no possessive opens it."""
    word = mention.text.split(None, 1)[0] if mention.text else ""
    if word.lower() not in grammar.possessive_determiners:
        return None
    span = Span(mention.span.start, mention.span.start + len(word))
    gender = grammar.possessive_determiners[word.lower()]
    return Mention(span, word, "pronoun", gender=gender)


def phrase_at(grammar: Grammar, text: str, start: int, end: int) -> tuple[Mention, int] | None:
    """The speaker phrase that starts at *start* (after spaces), read no further than *end*.

    Returns the mention and the offset where the whole phrase (with its apposition) ends.
    """
    limit = min(end, start + PHRASE_CHARS)
    stop = grammar.clause_stop.search(text, start, limit, SERIAL)
    return _phrase_in(grammar, text, start, stop.start() + 1 if stop else limit)


@functools.lru_cache(maxsize=256)
def _phrase_in(grammar: Grammar, text: str, start: int, end: int) -> tuple[Mention, int] | None:
    """:func:`phrase_at` once its window is known. The rules of a quote and of its
    neighbours often read the same phrase: one call in six on fr_news_bench repeats one.
    The cache holds the texts it was keyed on: :func:`forget_phrases` lets them go."""
    toks = tokens(text, start, end)
    first = 0
    if len(toks) > 1 and toks[0].text in grammar.epithets and toks[1].capitalised:
        first = 1  # "thought poor Alice": the name, without its epithet
    parsed = _possessed_noun(grammar, text, toks, first) or noun_phrase(grammar, text, toks, first)
    if parsed is None:
        return None
    mention, after = parsed
    return mention, toks[after - 1].end


def forget_phrases() -> None:
    """Empty the phrase cache, so that it keeps no earlier document alive."""
    _phrase_in.cache_clear()


def phrase_before(grammar: Grammar, text: str, start: int, end: int) -> Mention | None:
    """The subject phrase that ends at *end* (before a verb), read no further back than *start*."""
    toks = tokens(text, max(start, end - PHRASE_CHARS), end)
    if not toks:
        return None
    last = toks[-1]
    if last.kind == "w" and last.text.lower() in grammar.relative_pronouns and len(toks) > 1:
        # "le parquet de Toulouse, qui a confirmé": the phrase before the relative pronoun
        if toks[-2].text != ",":
            return phrase_before(grammar, text, start, last.start)
        antecedent = phrase_before(grammar, text, start, toks[-2].start)
        if antecedent is None or antecedent.kind == "role":
            # « Raymond Soubie, un expert en relations sociales, qui affirme »: the role is
            # set off by commas after a name, and the name is who speaks
            named = phrase_before(grammar, text, start, last.start)
            if (
                named is not None
                and named.kind == "person"
                and named.name
                and _opens_apposition(grammar, text, named.span.end, toks[-2].start)
            ):
                role = antecedent.role if antecedent is not None else None
                return attrs.evolve(named, role=named.role or role)
        return antecedent
    if last.kind == "w" and last.text.lower() in grammar.pronouns:
        return noun_phrase(grammar, text, toks, len(toks) - 1)[0]  # type: ignore[index]
    stop = len(toks)
    if last.text == ")":  # "Sen. Marco Rubio (R-Fla.) said"
        opening = max((k for k in range(len(toks)) if toks[k].text == "("), default=-1)
        if opening <= 0:
            return None
        toks = toks[:opening]
        stop = len(toks)
        last = toks[-1]
    if last.text == ",":  # an apposition between subject and verb: "Dupont, 54 ans, a dit"
        previous = max((k for k in range(len(toks) - 1) if toks[k].text == ","), default=-1)
        if previous < 0:
            return None
        stop = previous
    begin = max(
        (
            k + 1
            for k in range(stop)
            if toks[k].text in _CLAUSE_BREAKS and not _abbreviation(grammar, toks, k)
        ),
        default=0,
    )
    coordinated = _coordinated_adjectives(grammar, text, toks, begin, stop)
    if coordinated is not None:
        return coordinated
    for k in range(begin, stop):
        parsed = noun_phrase(grammar, text, toks, k)
        if parsed is None:
            continue
        mention, after = parsed
        if after >= stop - 1:
            return _with_modifiers(grammar, text, toks, begin, k, mention)
        if mention.kind != "pronoun" and after < stop and toks[after].text.lower() in ("qui",):
            return mention
    return None


def _coordinated_adjectives(
    grammar: Grammar, text: str, toks: list[Token], begin: int, stop: int
) -> Mention | None:
    """ "the lanky, bespectacled professor said": adjectives joined by a comma after a
    determiner make one role phrase with the noun after them, comma and all."""
    if (
        begin < 3
        or toks[begin - 1].text != ","
        or toks[begin - 3].text.lower() not in grammar.determiners
    ):
        return None
    adjective = toks[begin - 2]
    if adjective.kind != "w" or adjective.capitalised or is_head_noun(grammar, adjective.text):
        return None
    joined = toks[: begin - 1] + toks[begin:stop]
    parsed = noun_phrase(grammar, text, joined, begin - 3)
    if parsed is None or parsed[0].kind != "role" or parsed[1] < len(joined) - 1:
        return None
    mention = parsed[0]
    second = toks[begin].text.lower()
    head = head_word(grammar, mention.role or mention.text)
    if second in grammar.stopwords or not (
        is_head_noun(grammar, head) or _is_title_or_role(grammar, head)
    ):
        return None  # "the trumpet, and said": a clause goes on, no adjective
    span = Span(toks[begin - 3].start, mention.span.end)
    words = text[toks[begin - 2].start : mention.span.end]
    return attrs.evolve(mention, span=span, text=text[span.start : span.end], role=words)


def _opens_apposition(grammar: Grammar, text: str, name_end: int, end: int) -> bool:
    """Whether the words between a name's comma and *end* describe the name ("un expert en
    relations sociales", "54 ans") rather than begin the next item of a list (« du
    sociologue Jean Ziegler, du Groupe pour une Suisse sans armée, qui accuse »)."""
    words = [t for t in tokens(text, name_end, end) if t.kind != "p"]
    if not words:
        return False
    first = words[0].text.lower()
    if first in grammar.complement_prepositions:
        return False  # « du Groupe … », « de l'institut … »: a complement, not a description
    return (
        first in grammar.determiners
        or first[0].isdigit()
        or is_head_noun(grammar, first)
        or _is_title_or_role(grammar, first)
    )


def _abbreviation(grammar: Grammar, toks: list[Token], k: int) -> bool:
    """Whether the period at ``toks[k]`` ends a title or an initial ("Dr.", "J.")."""
    if toks[k].text != "." or k == 0 or toks[k - 1].end != toks[k].start:
        return False
    word = toks[k - 1].text
    return word + "." in grammar.titles or (len(word) == 1 and word.isupper())


def _with_modifiers(
    grammar: Grammar, text: str, toks: list[Token], begin: int, k: int, mention: Mention
) -> Mention:
    """Take in the words before a bare role noun: "election officials", "state police"."""
    if mention.kind not in ("role", "organisation") or toks[k].text.lower() in grammar.determiners:
        return mention
    start = k
    while start > begin:
        word = toks[start - 1]
        low = word.text.lower()
        if word.kind != "w" or low in grammar.stopwords or low in grammar.verb_forms:
            break
        if low in grammar.determiners:
            start -= 1
            break
        start -= 1
    if start == k:
        return mention
    span = Span(toks[start].start, mention.span.end)
    phrase = text[span.start : span.end]
    return attrs.evolve(mention, span=span, text=phrase, role=phrase)


_OF = frozenset({"de", "d'", "d’", "du"})


def _lone_name_after_de(toks: list[Token], i: int, mention: Mention) -> bool:
    """A bare first name right after « de » names a thing more often than a person."""
    if i == 0 or mention.title or mention.role or " " in mention.text:
        return False
    return toks[i - 1].text.lower() in _OF


def _can_be_antecedent(grammar: Grammar, toks: list[Token], i: int, mention: Mention) -> bool:
    """Whether a parsed phrase is someone a later pronoun can stand for."""
    if _lone_name_after_de(toks, i, mention):
        return False  # « le sapin de Noël », « la rue de Paul »: not someone in the story
    if mention.kind == "person":
        return bool(
            mention.title or mention.gender or mention.role or len(mention.text.split()) > 1
        )
    if mention.kind == "role":  # "les syndicats … estiment-ils", « le ministre … »
        return mention.plural or is_head_noun(grammar, head_word(grammar, mention.role or ""))
    return mention.kind == "organisation"  # "the company … it said"


def person_mentions(
    grammar: Grammar, text: str, start: int, end: int, surnames: bool = False
) -> list[Mention]:
    """Person mentions in ``text[start:end]`` that a later pronoun can point to.

    With *surnames*, a lone capitalised word that could be someone's surname ("Myers
    said") comes too, of kind ``surname``: a person only if the document names one.

    >>> from quoteattr.grammar import get_grammar
    >>> english = get_grammar("en")
    >>> [(m.text, m.kind) for m in person_mentions(english, "Myers said it.", 0, 14, True)]
    [('Myers', 'surname')]
    """
    toks = tokens(text, start, end)
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.text.lower()
        starts_role = (tok.kind == "el" or low in grammar.determiners) and (
            i + 1 < len(toks) and is_head_noun(grammar, toks[i + 1].text)
        )
        if tok.capitalised and low in grammar.determiners and not starts_role:
            i += 1  # a sentence's first "Le", "The" before a common noun
            continue
        if starts_role or tok.capitalised:
            parsed = noun_phrase(grammar, text, toks, i)
            if parsed is not None:
                mention, after = parsed
                if _can_be_antecedent(grammar, toks, i, mention):
                    found.append(mention)
                elif surnames and mention.kind == "person" and " " not in mention.text:
                    found.append(attrs.evolve(mention, kind="surname"))
                i = max(after, i + 1)
                continue
        i += 1
    return found


def full_name_before(
    grammar: Grammar, text: str, surname: str, end: int, searched_below: int = 0
) -> Mention | None:
    """The nearest mention of "First Surname" before *end*, for a speaker named by surname only.

    Occurrences of the surname that start at or before *searched_below* are not tried: a
    caller that already searched up to there (and remembers what it found) passes it, so
    that a surname said again and again is not searched again over the same text.
    """
    floor = max(0, end - FULL_NAME_WINDOW)
    at = text.rfind(surname, max(floor, searched_below), end)
    while at > max(floor, searched_below):
        first = _WORD_BEFORE.match(text, max(floor, at - 40), at, SERIAL)
        if first is not None and not text[at + len(surname) : at + len(surname) + 1].isalpha():
            start = max(0, at - PHRASE_CHARS)
            for mention in person_mentions(grammar, text, start, at + len(surname)):
                if mention.name and mention.name.endswith(surname) and " " in mention.name:
                    return mention
        at = text.rfind(surname, max(floor, searched_below), at)
    return None
