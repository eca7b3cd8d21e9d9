"""The language files are data: check that the data is well formed and that the
verb forms generated from it are the ones a French speaker writes."""

from __future__ import annotations

import collections

import pytest
import regex

from quoteattr.grammar import get_grammar
from quoteattr.inflect import french_lexicon, french_verb
from quoteattr.lang import fr, get_language

# Forms checked by hand against a conjugation reference.
HAND_CHECKED = {
    "déclarer": ["déclare", "déclarent", "a déclaré", "avait déclaré", "déclarait", "déclara",
                 "déclarera", "déclare-t-il", "a-t-elle déclaré", "ont-ils déclaré"],
    "dire": ["dit", "disent", "a dit", "disait", "dirent", "dira", "dit-il", "dit-on",
             "a-t-il dit"],
    "ajouter": ["ajoute", "ajoutent-ils", "a-t-il ajouté", "ajouta-t-elle"],
    "poursuivre": ["poursuit", "poursuit-elle", "poursuivait", "poursuivit", "a poursuivi"],
    "lancer": ["lance", "lança", "lançait", "lancèrent", "a lancé", "lança-t-il"],
    "juger": ["juge", "jugea", "jugeait", "jugèrent", "a jugé"],
    "rappeler": ["rappelle", "rappellent", "rappela", "rappellera", "a rappelé"],
    "répéter": ["répète", "répètent", "répéta", "a répété"],
    "avertir": ["avertit", "avertissent", "avertissait", "a averti"],
    "répondre": ["répond", "répondent", "répondit", "a répondu", "répondit-il"],
    "reprendre": ["reprend", "reprennent", "reprit", "reprit-elle", "a repris"],
    "reconnaître": ["reconnaît", "reconnut", "a reconnu"],
    "admettre": ["admet", "admit", "a admis"],
    "prévenir": ["prévient", "prévint", "a prévenu"],
    "conclure": ["conclut", "conclut-il", "a conclu"],
    "écrire": ["écrit", "écrivent", "écrivait", "a écrit"],
    "s'exclamer": ["s'exclame", "s'est exclamé", "s'est exclamée", "s'est-elle exclamée",
                   "s'exclama-t-il", "se sont exclamés"],
    "se féliciter": ["se félicite", "se sont félicités", "se sont félicitées", "s'est félicité"],
    "se réjouir": ["se réjouit", "s'est réjouie", "se réjouissent"],
    "s'écrier": ["s'écria", "s'écria-t-elle", "s'est écrié"],
    "mettre en garde": ["met en garde", "a mis en garde"],
    "tweeter": ["tweete", "tweetent", "a tweeté", "tweetera"],
    "croire": ["croit", "croient", "croyait", "crut", "a cru", "croit-il"],
    "considérer": ["considère", "considèrent", "a considéré"],
}  # fmt: skip

NEVER = {
    "déclarer": ["a déclarée", "déclare-il", "déclarent-il"],
    "s'exclamer": ["s'est-il exclamée", "se sont-elles exclamés", "s'a exclamé"],
    "dire": ["dit-t-il", "a disé"],
    "tweeter": ["tweette", "tweètent"],
}


@pytest.mark.parametrize(("lemma", "forms"), HAND_CHECKED.items())
def test_generated_forms_match_hand_checked_ones(lemma: str, forms: list[str]) -> None:
    phrases = french_verb(lemma).phrases()
    assert [f for f in forms if f not in phrases] == []


@pytest.mark.parametrize(("lemma", "forms"), NEVER.items())
def test_wrong_forms_are_not_generated(lemma: str, forms: list[str]) -> None:
    assert [f for f in forms if f in french_verb(lemma).phrases()] == []


def test_lemmas_are_unique_and_enough() -> None:
    lemmas = fr.REPORTING_VERBS + fr.INCISE_ONLY_VERBS
    duplicates = [v for v, n in collections.Counter(lemmas).items() if n > 1]
    assert duplicates == []
    assert len(lemmas) >= 200


def test_every_lemma_conjugates() -> None:
    for verb in french_lexicon():
        assert verb.finite, verb.lemma
        assert verb.participles, verb.lemma
        assert all(" " not in form for form in verb.finite), verb.lemma


@pytest.mark.parametrize(
    "table", [fr.STOPWORDS, fr.SPEECH_HINTS, fr.MENTION_MARKERS, fr.ADVERBS, fr.SPEAKER_STOPWORDS,
              fr.ORGANISATION_NOUNS, fr.ATTRIBUTION_PREPOSITIONS, fr.INCISE_CONTINUATIONS,
              fr.SPEAKING_PERSON_WORDS, *fr.FIRST_NAMES.values()],
)  # fmt: skip
def test_word_lists_have_no_duplicates(table: tuple[str, ...]) -> None:
    assert [w for w, n in collections.Counter(table).items() if n > 1] == []


TABLES = (
    "STOPWORDS", "SPEECH_HINTS", "MENTION_MARKERS", "REPORTING_VERBS", "INCISE_ONLY_VERBS",
    "ADVERBS", "SPEAKER_STOPWORDS", "ORGANISATION_NOUNS", "ATTRIBUTION_PREPOSITIONS",
    "INCISE_CONTINUATIONS", "INCISE_COMPLEMENTS", "SPEAKING_PERSON_WORDS", "CHANNEL_PHRASES",
    "ABBREVIATIONS", "COORDINATORS", "PLURAL_DETERMINERS", "RELATIVE_PRONOUNS",
    "PHRASE_STOP_VERBS",
)  # fmt: skip


@pytest.mark.parametrize("code", ["fr", "en"])
@pytest.mark.parametrize("name", TABLES)
def test_every_language_has_every_table_without_duplicates(code: str, name: str) -> None:
    data = get_language(code).data
    table = getattr(data, name)
    assert table, f"{code}.{name} is empty"
    assert all(isinstance(w, str) and w == w.strip() and w for w in table)
    assert [w for w, n in collections.Counter(table).items() if n > 1] == []


@pytest.mark.parametrize("code", ["fr", "en"])
def test_english_and_french_grammars_compile(code: str) -> None:
    grammar = get_grammar(code)
    assert grammar.cues("x", 0, 1) == []
    assert grammar.sentence_boundary.search("Il part. Elle reste", 0, 19) is not None


def test_genders_are_known_values() -> None:
    tables = [fr.TITLES, fr.DETERMINERS, fr.ROLE_NOUNS]
    for table in tables:
        assert set(table.values()) <= {"m", "f", None}
    assert {g for g, _ in fr.PRONOUNS.values()} <= {"m", "f", None}
    assert set(fr.FIRST_NAMES) == {"m", "f"}


def test_patterns_compile_and_match_their_own_forms() -> None:
    grammar = get_grammar("fr")
    for lemma in ("déclarer", "s'exclamer", "dire", "répondre"):
        for phrase in french_verb(lemma).phrases():
            match = grammar.cue.match(phrase)
            assert match is not None, phrase
            assert match.group() == phrase
    for word in fr.MENTION_MARKERS + fr.ATTRIBUTION_PREPOSITIONS:
        regex.compile(regex.escape(word))


def _shipped_given_names(lang: str) -> list[list[str]]:
    from importlib.resources import files

    lines = files("quoteattr").joinpath("data", f"given_names_{lang}.tsv").read_text("utf-8")
    return [line.split("\t") for line in lines.splitlines() if not line.startswith("#")]


def test_shipped_given_names_are_well_formed() -> None:
    rows = _shipped_given_names("en")
    assert len(rows) > 2000
    names = [name for name, _ in rows]
    assert names == sorted(set(names))
    assert {gender for _, gender in rows} == {"m", "f", "-"}
    assert all(name.isalpha() and name[0].isupper() for name in names)
    assert "May" not in names  # a month before it is a name
    table = get_grammar("en").first_names
    assert table["Alison"] == "f"
    assert table["Doug"] == "m"
    assert table["Kim"] is None


def test_shipped_french_given_names_are_well_formed() -> None:
    rows = _shipped_given_names("fr")
    assert len(rows) > 8000
    names = [name for name, _ in rows]
    assert names == sorted(set(names))
    assert {gender for _, gender in rows} == {"m", "f", "-"}
    assert all(regex.fullmatch(r"\p{Lu}[\p{L}'-]*", name) for name in names)
    assert "Avril" not in names  # a month before it is a name
    table = get_grammar("fr").first_names
    assert table["Ghislaine"] == "f"
    assert table["Rodrigue"] == "m"
    assert table["Claude"] == "m"  # given to far more boys than girls
    assert table["Camille"] is None
    assert table["Volodymyr"] == "m"  # from the language's own table


@pytest.mark.parametrize("pronominal", [False, True])
def test_verb_forms_written_by_paradigm_match_exactly_the_forms(pronominal: bool) -> None:
    """Every stem with every ending seen anywhere: only the real forms may match."""
    from quoteattr.wordlist import Paradigms

    verbs = [v for v in french_lexicon() if v.pronominal == pronominal]
    forms = Paradigms(v.finite for v in verbs)
    pattern = regex.compile(forms.pattern(), regex.IGNORECASE)
    real = {form.lower() for form in forms}
    stems = {form[:cut] for form in real for cut in range(1, len(form))}
    endings = {form[cut:] for form in real for cut in range(len(form))}
    for stem in sorted(stems)[::19]:
        for ending in sorted(endings)[::7]:
            word = stem + ending
            assert (pattern.fullmatch(word) is not None) == (word in real), word
    assert all(pattern.fullmatch(form.upper()) for form in real)
