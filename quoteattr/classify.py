"""A first call between speech and mention, from the quote and its surroundings.

The attribution stage refines it: a quote it attributes is speech.

>>> from quoteattr import extract
>>> [q.kind.value for q in extract("Le film « Les Intouchables » a plu.")]
['mention']
>>> [q.kind.value for q in extract("« Nous ne céderons pas », a-t-il dit.")]
['speech']
"""

from __future__ import annotations

import regex

from quoteattr.config import Config
from quoteattr.detect import DASH_FAMILY, Found
from quoteattr.lang import Language
from quoteattr.model import QuoteKind
from quoteattr.wordlist import SERIAL

HINT_WINDOW = 90
_SPEECH_WORDS = 12
"""A quote this long is speech even right after a naming word."""
_SENTENCE_END = regex.compile(r"[.!?…][\s\p{Zs}\p{Pf}\p{Pe}»”\"']*+$", regex.REVERSE)
"""Compiled backwards, like the other patterns anchored at the end: ``match`` tries it once."""
_TITLE_WORD = regex.compile(r"^[\p{Lu}\p{N}]")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "à",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "un",
        "une",
    ]
)


def _looks_like_title(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(significant) >= 2 and all(
        _TITLE_WORD.match(w, None, None, SERIAL) for w in significant
    )


def _label_shaped(content: str, words: list[str]) -> bool:
    """No letter at all ("667777348029292544"), or the shape of a title (“Meet the Press.”)."""
    if not any(c.isalpha() for c in content):
        return True
    return len(words) <= TITLE_WORDS and _looks_like_title([w.strip(".,;:!?…") for w in words])


_WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*+['’]?")
_LEAD_WINDOW = 40
# The word a whitespace-split token ends with: « glorieuses.Un » gives « Un ».
_WORD_TAIL = regex.compile(r"[\p{L}'’-]*+$")


def is_label(text: str, found: Found, language: Language, fragment: bool | None = None) -> bool:
    """A fragment inside a noun phrase: une « opération escargot », de l'« acte VIII ».

    >>> from quoteattr.detect import find_quotes
    >>> from quoteattr.lang import get_language
    >>> fr = get_language("fr")
    >>> text = "Un véritable « lien affectif » les unit, dit-on « partout »."
    >>> [is_label(text, q, fr) for q in find_quotes(text)]
    [True, False]

    *fragment* passes what :func:`is_fragment` says, when the caller knows it already.
    """
    if not (is_fragment(text, found) if fragment is None else fragment):
        return False
    start = found.span.start
    if start and not text[start - 1].isspace() and text[start - 1] not in "'’":
        return False  # glued to a word or a mark: « mot»« … »
    words = text[max(0, start - _LEAD_WINDOW) : start].lower().rsplit(None, 2)
    if not words:
        return False
    word = _WORD_TAIL.search(words[-1], None, None, SERIAL).group()
    previous = _WORD_TAIL.search(words[-2], None, None, SERIAL).group() if len(words) > 1 else ""
    if word in language.label_leads:
        return True
    return word in language.label_adjectives and previous in language.label_leads


def is_named(text: str, found: Found, language: Language) -> bool:
    """A quote right after a naming word: surnommé le « Boucher », the so-called “deal”."""
    start = found.span.start
    return language.names_before(text, max(0, start - HINT_WINDOW), start, nicknames=False)


def is_clause(text: str, found: Found, language: Language) -> bool:
    """A short quote with a subject pronoun, a clitic or a common verb: « sont une minorité ».

    >>> from quoteattr.detect import find_quotes
    >>> from quoteattr.lang import get_language
    >>> text = "Ces forces « s'arrogent le peuple » et « l'Est » aussi."
    >>> [is_clause(text, q, get_language("fr")) for q in find_quotes(text)]
    [True, False]
    """
    words = _WORD.findall(text, found.content.start, found.content.end, False, SERIAL)
    if not words:
        return False
    clause = language.clause_words
    return words[0].lower() in clause or any(word in clause for word in words[1:])


def classify(
    text: str, found: Found, language: Language, config: Config, label: bool = False
) -> QuoteKind:
    """Say whether *found* reproduces someone's words or only names a phrase.

    *label* says that the quote stands inside a noun phrase (see :func:`is_label`).
    """
    if found.family == DASH_FAMILY:
        return QuoteKind.SPEECH
    content = text[found.content.start : found.content.end]
    # Words are only counted up to the largest threshold below, so no more are split off.
    words = content.split(None, max(_SPEECH_WORDS, 2 * config.min_speech_words))
    if label or _label_shaped(content, words):
        return QuoteKind.MENTION
    start, end = found.span.start, found.span.end
    paragraph_start = text.rfind("\n", max(0, start - HINT_WINDOW), start) + 1
    before = text[max(paragraph_start, start - HINT_WINDOW) : start]
    if len(words) < _SPEECH_WORDS and language.names_before(
        text, max(0, start - HINT_WINDOW), start
    ):
        return QuoteKind.MENTION
    if before.rstrip().endswith(":"):
        return QuoteKind.SPEECH
    if len(words) >= 2 * config.min_speech_words:
        return QuoteKind.SPEECH
    if len(words) >= 2 and is_clause(text, found, language):
        return QuoteKind.SPEECH
    ends_sentence = _SENTENCE_END.match(content, None, None, SERIAL) is not None
    if len(words) >= config.min_speech_words and ends_sentence:
        return QuoteKind.SPEECH
    if len(words) < 2 and not ends_sentence:
        return QuoteKind.MENTION  # a reporting verb nearby does not make one word speech
    paragraph_end = text.find("\n", end, end + HINT_WINDOW)
    after_end = end + HINT_WINDOW if paragraph_end < 0 else paragraph_end
    hint = (
        language.speech_hint.search(text, start - len(before), start) is not None
        or language.speech_hint.search(text, end, after_end) is not None
    )
    return QuoteKind.SPEECH if hint else QuoteKind.MENTION


TITLE_WORDS = 8
FRAGMENT_WORDS = 4
"""Quotes of this many words or fewer, with no sentence inside, are fragments."""
_STRONG_RULES = frozenset(
    {"postposed", "postposed.pronoun", "incise", "preposed", "preposed.name", "interrupted",
     "preposition"}
)  # fmt: skip
GOVERNING_WORDS = 8
"""How many words may stand between a cue and a fragment it governs."""
_INCIDENTAL = regex.compile(r",[^,;:.!?«»“”\"]*+,")
"""A complement set off by commas (« , lors d'une interview sur France 2, »), which the
distance between a cue and its fragment does not count."""
_COMPLEMENTISER = regex.compile(r"(?<![\p{L}])(?:que|qu['’])", flags=regex.IGNORECASE)


def is_fragment(text: str, found: Found) -> bool:
    """A short phrase with no sentence in it: « gilets jaunes », “Meet the Press.”."""
    content = text[found.content.start : found.content.end]
    words = content.split(None, TITLE_WORDS)  # all of them when they are few enough to count
    if len(words) <= FRAGMENT_WORDS and not any(c in content for c in ".!?…"):
        return True
    return _label_shaped(content, words)


def governs_fragment(
    text: str,
    found: Found,
    rule: str,
    cue_end: int | None,
    repeated: bool,
    label: bool = False,
    named: bool = False,
    skip_incidentals: bool = False,
) -> bool:
    """Whether an attribution is close enough to a fragment to make it speech.

    « a dénoncé des « violences » » and « a estimé que la situation était « grave » »
    are speech; a label of the sentence (« des « gilets jaunes », selon des sources »),
    a phrase the article keeps quoting, or a noun phrase's label that ends a subject
    (« l'un des “gilets jaunes”, a appelé à … ») is a mention. With *skip_incidentals*
    the words of a complement set off by commas are not counted in the distance.
    """
    if label and (repeated or rule == "interrupted"):
        return False  # « … », a dit X, un autre « gilet jaune »: a noun's label, no second part
    if rule in _STRONG_RULES:
        return True
    if named:  # « ce qu'on appelle le « harcèlement de rue » »: a name given, not words quoted
        return False
    if repeated or rule in ("followon", "preposition.sentence"):
        return False
    if cue_end is None or cue_end > found.span.start:
        return not (label and rule == "postposed.unresolved")  # « des “gilets jaunes”, a appelé à »
    between = text[cue_end : found.span.start]
    counted = _INCIDENTAL.sub(" ", between) if skip_incidentals else between
    return (
        len(counted.split()) <= GOVERNING_WORDS
        or _COMPLEMENTISER.search(between, None, None, SERIAL) is not None
    )
