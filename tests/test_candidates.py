"""The typed candidates of a document: each speaker phrase typed once, read by pronouns."""

from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.candidates import CandidateTable, CandidateType, agrees
from quoteattr.grammar import Mention, get_grammar
from quoteattr.model import Span
from quoteattr.names import person_mentions


def _types(text: str, lang: str) -> dict[str, CandidateType]:
    grammar = get_grammar(lang)
    table = CandidateTable(grammar, text)
    return {
        candidate.mention.text: candidate.type
        for candidate in map(table.typed, person_mentions(grammar, text, 0, len(text)))
    }


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "expected"),
    [
        ("Dr Hana Ito spoke to the Ottawa Citizen.", "en", "Hana Ito", CandidateType.PERSON),
        ("Then Global News ran the story.", "en", "Global News", CandidateType.OUTLET),
        ("The agents met Border Patrol officers.", "en", "Border Patrol", CandidateType.NAME),
        ("They had lived in Essex County for years.", "en", "Essex County", CandidateType.PLACE),
        ("The porter shook his head.", "en", "his head", CandidateType.THING),
    ],
)
def test_each_phrase_gets_its_type(
    text: str, lang: str, phrase: str, expected: CandidateType
) -> None:
    assert _types(text, lang)[phrase] is expected


def test_a_given_name_before_an_outlet_word_is_a_person() -> None:
    assert _types("Then Ann Post spoke.", "en")["Ann Post"] is CandidateType.PERSON


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "expected"),
    [
        ("Paul Roux a répondu à Mediapart.", "Mediapart", "organisation", CandidateType.OUTLET),
        ("Paul Roux vit dans la Drôme.", "Drôme", "person", CandidateType.PLACE),
        ("Paul Roux revient lundi.", "lundi", "person", CandidateType.TIME),
        ("Paul Roux se frotta les mains.", "les mains", "role", CandidateType.THING),
        ("Paul Roux se frotta les mains.", "Paul Roux", "person", CandidateType.PERSON),
    ],
)
def test_french_phrases_get_their_type(
    text: str, phrase: str, kind: str, expected: CandidateType
) -> None:
    start = text.index(phrase)
    mention = Mention(Span(start, start + len(phrase)), phrase, kind, name=phrase)
    if kind == "role":
        mention = Mention(mention.span, phrase, kind, role=phrase.split()[-1])
    table = CandidateTable(get_grammar("fr"), text)
    assert table.typed(mention).type is expected


def test_a_type_is_decided_once_per_phrase() -> None:
    grammar = get_grammar("en")
    text = "They had lived in Essex County for years."
    table = CandidateTable(grammar, text)
    mention = person_mentions(grammar, text, 0, len(text))[0]
    assert table.typed(mention) is table.typed(mention)
    # the same words as the subject of a cue speak, wherever they stand
    assert table.typed(mention, spoken=True).type is CandidateType.NAME


def _mention(kind: str, text: str, **fields: object) -> Mention:
    return Mention(Span(0, len(text)), text, kind, **fields)  # type: ignore[arg-type]


def test_pronouns_agree_only_with_types_that_speak() -> None:
    grammar = get_grammar("en")
    table = CandidateTable(grammar, "")
    he = _mention("pronoun", "he", gender="m")
    it = _mention("pronoun", "it")
    outlet = table.typed(_mention("organisation", "CNN", name="CNN"))
    assert outlet.type is CandidateType.OUTLET
    assert not agrees(he, outlet)
    assert agrees(it, outlet)  # "the Times wrote … it added"
    person = table.typed(_mention("person", "Ann Bell", name="Ann Bell", gender="f"))
    assert not agrees(he, person)
    assert agrees(_mention("pronoun", "she", gender="f"), person)
    named = table.typed(_mention("person", "Homeland Security", name="Homeland Security"))
    assert named.type is CandidateType.NAME
    assert not agrees(he, named)
    assert agrees(it, named)
    month = table.typed(_mention("person", "October", name="October"))
    assert month.type is CandidateType.TIME
    assert not agrees(it, month)


def test_fiction_words_the_book_writes_after_the_are_things() -> None:
    grammar = get_grammar("en")
    text = "He went into the Forest. The Forest was dark. Beyond the Forest, Forest waited."
    table = CandidateTable(grammar, text)
    table.fiction = True
    lone = Mention(Span(text.rindex("Forest"), len(text) - 8), "Forest", "person", name="Forest")
    assert table.typed(lone).type is CandidateType.THING
    table.characters = frozenset({"Forest"})
    other = Mention(Span(text.index("Forest"), text.index("Forest") + 6), "Forest", "person")
    assert table.typed(other, spoken=True).type is CandidateType.PERSON


def test_the_same_words_known_better_are_typed_again() -> None:
    grammar = get_grammar("en")
    table = CandidateTable(grammar, "")
    bare = _mention("person", "Wu Park", name="Wu Park")
    gendered = _mention("person", "Wu Park", name="Wu Park", gender="f")
    assert table.typed(bare).type is CandidateType.NAME  # "Wu" is no given name in the English list
    assert table.typed(gendered).type is CandidateType.PERSON
    assert table.typed(gendered).mention.gender == "f"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"The deal is off," the Washington Post reported.', "en"),
        ('"The deal is off," the Times wrote.', "en"),
        ("« Les gilets jaunes ont gagné », estime le quotidien Le Parisien.", "fr"),
    ],
)
def test_an_outlet_that_speaks_is_an_organisation(text: str, lang: str) -> None:
    [quote] = extract(text, lang=lang)
    assert quote.speaker is not None
    assert quote.speaker.kind == "organisation"
