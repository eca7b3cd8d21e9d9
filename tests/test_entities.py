"""Speakers as entities across a document, in English and French."""

from __future__ import annotations

from typing import Any

import pytest

import quoteattr
from quoteattr.grammar import get_grammar
from quoteattr.names import phrase_at


def _speakers(text: str, lang: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [
        (q.speaker.name, q.speaker.title, q.speaker.role, q.speaker.kind)
        for q in quoteattr.extract(text, lang=lang)
        if q.speaker is not None
    ]


def test_one_english_person_under_three_names() -> None:
    text = (
        "Dennis Brooks runs the clinic. "
        '"We are overwhelmed," Brooks said. "Nobody planned for this," Mr. Brooks added.'
    )
    speakers = _speakers(text, "en")
    assert [s[0] for s in speakers] == ["Dennis Brooks", "Dennis Brooks"]
    assert {s[1] for s in speakers} == {"Mr."}


def test_appositive_role_is_kept_and_does_not_break_attribution() -> None:
    [speaker] = _speakers('"It will pass," Hugh Hill, a doctor, said.', "en")
    assert speaker == ("Hugh Hill", None, "doctor", "person")


def test_role_only_and_organisation_speakers() -> None:
    text = '"We will manage," said a White House spokesman. "It is over," the White House said.'
    assert _speakers(text, "en") == [
        ("a White House spokesman", None, "White House spokesman", "role"),
        ("the White House", None, "White House", "organisation"),
    ]


def test_french_role_and_organisation_speakers() -> None:
    text = (
        "« Le dialogue reste ouvert », précise le porte-parole du ministère. "
        "« Les analyses sont en cours », indique l'ONUDC dans un communiqué."
    )
    assert _speakers(text, "fr") == [
        ("le porte-parole du ministère", None, "porte-parole du ministère", "role"),
        ("ONUDC", None, None, "organisation"),
    ]


def test_french_person_merged_from_role_title_and_name() -> None:
    text = (
        "La directrice exécutive de l'ONUDC Ghada Waly est arrivée lundi. "
        "Mme Waly a salué l'accord. Elle a déclaré : « C'est un exemple. » "
        "« Nous resterons vigilants », a ajouté Ghada Waly."
    )
    speakers = {(q.speaker.name, q.speaker.title, q.speaker.role, q.speaker.gender)
                for q in quoteattr.extract(text) if q.speaker}  # fmt: skip
    assert speakers == {("Ghada Waly", "Mme", "directrice exécutive de l'ONUDC", "f")}


def test_a_lone_surname_is_searched_once_however_many_pronouns_look_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each capitalised word that could be a surname costs one search for its full name,
    not one per pronoun that reads past it: the work stays in proportion to the text."""
    import quoteattr.resolve as resolve
    from quoteattr.names import full_name_before

    calls = 0
    search = full_name_before

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return search(*args, **kwargs)

    monkeypatch.setattr(resolve, "full_name_before", counted)
    unit = "Le conseil s'est réuni. Elle a ajouté : « Nous verrons. » Rien ne change. "
    quotes = quoteattr.extract(unit * 300, lang="fr")
    assert len(quotes) == 300
    assert calls <= 300 + 10  # one "Rien" a unit; a pronoun reads about ten of them


def test_a_lone_surname_takes_the_full_name_said_before() -> None:
    text = (
        "Housing advocate Omar Delacroix spoke first. Later the city adopted a plan.\n\n"
        "Delacroix said the plan does too little.\n\n"
        '"People are sleeping in their cars," he said.'
    )
    assert _speakers(text, "en")[-1][0] == "Omar Delacroix"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "fr",
            "La maire Anne Vidal a reçu le préfet Marc Dubreuil lundi. Ce dernier a assuré "
            "avoir entendu la « colère » des habitants.",
            "Marc Dubreuil",
        ),
        (
            "en",
            "Mayor Ann Reed met Governor Tom Hale on Monday. The latter said the plan was "
            "\u201cdead on arrival.\u201d",
            "Tom Hale",
        ),
        (  # « cette dernière » is a woman: the last woman named
            "fr",
            "La maire Anne Vidal a reçu le préfet Marc Dubreuil lundi. Cette dernière a "
            "dénoncé une « provocation ».",
            "Anne Vidal",
        ),
    ],
)
def test_the_latter_is_the_person_named_last(lang: str, text: str, speaker: str) -> None:
    [quote] = [q for q in quoteattr.extract(text, lang=lang) if q.speaker is not None]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker_text in ("Ce dernier", "Cette dernière", "The latter")


def test_a_title_opening_the_text_is_read_as_a_title() -> None:
    grammar = get_grammar("en")
    text = "Mr. Hale said"
    parsed = phrase_at(grammar, text, 0, len(text))
    assert parsed is not None
    assert (parsed[0].name, parsed[0].title) == ("Hale", "Mr.")


def test_a_name_after_de_in_a_role_is_its_complement_not_its_holder() -> None:
    grammar = get_grammar("fr")
    text = "l'ancienne ministre de la Justice de François Hollande a estimé"
    parsed = phrase_at(grammar, text, 0, len(text))
    assert parsed is not None
    assert parsed[0].name != "François Hollande"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("le député LR Éric Ciotti a dit", "Éric Ciotti", "député LR"),
        ("CGT Paul Roux a dit", "Paul Roux", "CGT"),
        ("BFMTV Paul Roux a dit", "Paul Roux", None),
    ],
)
def test_an_acronym_before_a_name_is_no_part_of_it(text: str, name: str, role: str | None) -> None:
    grammar = get_grammar("fr")
    parsed = phrase_at(grammar, text, 0, len(text))
    assert parsed is not None
    assert (parsed[0].name, parsed[0].role) == (name, role)
