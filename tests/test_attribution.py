"""Golden attribution cases (tests/cases/attribution_*.json), each checked for invariants too."""

from __future__ import annotations

from typing import Any

import pytest

import quoteattr
from quoteattr import Quote, QuoteKind
from tests.conftest import load_cases
from tests.invariants import check_invariants


def _quote(case: dict[str, Any]) -> tuple[str, Quote]:
    text = case["text"]
    quotes = quoteattr.extract(text, lang=case.get("lang"))
    check_invariants(text, quotes)
    if "quote" in case:
        chosen = [q for q in quotes if text[q.span.start : q.span.end].startswith(case["quote"])]
    else:
        chosen = [q for q in quotes if q.kind is QuoteKind.SPEECH]
    assert chosen, f"no quote found: {[text[q.span.start : q.span.end] for q in quotes]}"
    return text, chosen[0]


def _check(case: dict[str, Any]) -> None:
    text, quote = _quote(case)
    assert quote.kind is QuoteKind.SPEECH
    if case.get("speech_only"):
        return
    assert quote.rule == case["rule"]
    if case.get("speaker") is not None:
        assert quote.speaker is not None
        assert quote.speaker.name == case["speaker"]
    if case.get("no_speaker"):
        assert quote.speaker is None
    if case.get("speaker_text") is not None:
        assert quote.speaker_text == case["speaker_text"]
    if case.get("cue") is not None:
        assert quote.cue == case["cue"]
    for field in ("title", "gender"):
        if field in case:
            assert quote.speaker is not None
            assert getattr(quote.speaker, field) == case[field]
    if "parts" in case:
        assert [text[p.start : p.end] for p in quote.parts] == case["parts"]


def _kinds(text: str, lang: str = "fr", prefix: int | None = None) -> list[tuple[str, QuoteKind]]:
    """Each quote of *text*, its words (the first *prefix* characters) and kind, once the
    invariants are checked."""
    quotes = quoteattr.extract(text, lang=lang)
    check_invariants(text, quotes)
    return [(q.text[:prefix], q.kind) for q in quotes]


@pytest.mark.parametrize(
    "case",
    load_cases("attribution_fr.json") + load_cases("attribution_en.json"),
    ids=lambda c: c["label"],
)
def test_golden_attribution(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case",
    load_cases("attribution_fr_xfail.json") + load_cases("attribution_en_xfail.json"),
    ids=lambda c: c["label"],
)
@pytest.mark.xfail(strict=True, reason="known attribution failure, see the case comment")
def test_known_attribution_failures(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case",
    load_cases("attribution_fr_negatives.json") + load_cases("attribution_en_negatives.json"),
    ids=lambda c: c["label"],
)
def test_negatives_stay_mentions(case: dict[str, Any]) -> None:
    if "xfail" in case:
        pytest.xfail(case["xfail"])
    quotes = quoteattr.extract(case["text"], lang=case.get("lang"))
    check_invariants(case["text"], quotes)
    assert [(q.text, q.rule) for q in quotes if q.kind is QuoteKind.SPEECH] == []


def test_a_label_does_not_take_the_next_sentences_cue() -> None:
    # No space after the period: the sentence of « homme en noir » still ends there.
    text = (
        "La mort de l'« homme en noir » a ému le pays.« On perd un frère », a réagi Marc Lavoine."
    )
    quotes = quoteattr.extract(text, lang="fr")
    check_invariants(text, quotes)
    label, speech = quotes
    assert (label.text, label.kind, label.speaker) == ("homme en noir", QuoteKind.MENTION, None)
    assert speech.speaker is not None
    assert speech.speaker.name == "Marc Lavoine"


def test_a_label_after_a_glued_sentence_end_does_not_follow_on() -> None:
    text = (
        "« On l'aimait tous », a confié la chanteuse Lise Marchal."
        "Un véritable « lien affectif » unissait le chanteur et son public."
    )
    assert _kinds(text) == [
        ("On l'aimait tous", QuoteKind.SPEECH),
        ("lien affectif", QuoteKind.MENTION),
    ]


def test_the_sentence_before_names_the_speaker_by_a_cue_before_its_label() -> None:
    """The sentence before a lone quote says who spoke, though a label stands after its cue."""
    from quoteattr.attribute import previous_sentence
    from quoteattr.detect import find_quotes
    from quoteattr.grammar import get_grammar

    text = (
        "Chief Ana Lindgren said that before the march, the police drew up a plan because "
        'of the "unpredictable" nature of what could happen.\n\n'
        '"We had officers on every corner from noon."'
    )
    lone = find_quotes(text)[1]
    attribution = previous_sentence(get_grammar("en"), text, lone, 0)
    assert attribution is not None
    assert attribution.mention is not None
    assert attribution.mention.name == "Ana Lindgren"


def test_a_list_item_between_name_and_relative_is_no_apposition() -> None:
    # "du Collectif…" begins the next item of a list, so the deputy is not the subject of
    # "qui dénonce"; an apposition ("un élu du Collectif…") would make him the subject
    opening = "Le projet a reçu l'appui du député Marc Olivier, "
    listed = opening + "du Collectif pour la paix, qui dénonce « une dérive »."
    apposed = opening + "un élu du Collectif, qui dénonce « une dérive »."
    [from_list] = quoteattr.extract(listed, lang="fr")
    [from_apposition] = quoteattr.extract(apposed, lang="fr")
    assert from_list.speaker is None or from_list.speaker.name != "Marc Olivier"
    assert from_apposition.speaker is not None
    assert from_apposition.speaker.name == "Marc Olivier"


def test_a_role_held_by_two_people_stays_a_role() -> None:
    text = (
        "Le ministre de l'Intérieur, Paul Ravel, et le ministre de la Justice, Marc Lenoir, "
        "sont arrivés. « Rien n'est décidé », a dit le ministre."
    )
    [quote] = quoteattr.extract(text, lang="fr")
    assert quote.speaker is not None
    assert quote.speaker.kind == "role"
    assert quote.speaker_text == "le ministre"


def test_a_role_links_to_a_holder_named_soon_after_it() -> None:
    # a headline's role, then the lead names its holder; far later, a namesake role is not it
    soon = "« Rien n'est décidé », a dit la ministre. Arrivée à Lens, la ministre de la Santé, "
    soon += "Odile Mercier, a visité l'hôpital."
    far = "« Rien n'est décidé », a dit la ministre. " + "La visite a duré longtemps. " * 30
    far += "La ministre de la Santé, Odile Mercier, est repartie."
    [linked] = quoteattr.extract(soon, lang="fr")
    [unlinked] = quoteattr.extract(far, lang="fr")
    assert linked.speaker is not None
    assert linked.speaker.name == "Odile Mercier"
    assert linked.speaker_text == "la ministre"
    assert unlinked.speaker is not None
    assert unlinked.speaker.kind == "role"


def test_a_comma_after_a_noun_phrase_ends_it() -> None:
    # "the trumpet, and called out": a noun, then a clause that goes on; no adjectives
    text = 'The herald blew on the trumpet, and called out, "First witness!"'
    [quote] = quoteattr.extract(text, lang="en")
    assert quote.speaker is None or "trumpet" not in quote.speaker.name


def test_a_cue_that_names_a_label_governs_no_later_fragment() -> None:
    # « on appelle le « … » » names the label itself; the fragment far after it is no speech
    text = (
        "Les « gilets verts » marchent sur la préfecture. Les « gilets verts » bloquent.\n\n"
        "Ce qu'on appelle le « harcèlement de rue » restait flou, qu'il s'agisse de "
        "sifflements ou de « regards insistants ». La loi change."
    )
    last = quoteattr.extract(text, lang="fr")[-1]
    assert text[last.span.start : last.span.end] == "« regards insistants »"
    assert last.kind is not QuoteKind.SPEECH


def test_a_resolved_pronoun_is_a_speaker_for_the_pronouns_after_it() -> None:
    # the second "she" has nobody named within its window; the quote before is hers
    filler = "The waiting room fills up before dawn on most days of the week. " * 25
    text = (
        'Maria Lopez runs the clinic on Dundas Street. "We are full every night," she said. '
        + filler
        + '"We need twenty more beds," she said.'
    )
    last = quoteattr.extract(text, lang="en")[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Maria Lopez"


def test_a_word_opening_a_lead_in_is_no_speaker_unless_written_as_a_name_elsewhere() -> None:
    # "Governance" only opens sentences (and ends nothing: the heading has a line break)
    text = (
        "Article Continued Below\n\nGovernance lassitude was on display in December with "
        'this: "We will retire that title in three years."'
    )
    [quote] = quoteattr.extract(text, lang="en")
    assert quote.speaker is None or quote.speaker.name != "Governance"


def test_a_title_after_a_naming_word_does_not_follow_on_as_speech() -> None:
    text = "« Je ne suis pas candidat », a affirmé le maire dans l'émission « Midi Pile » sur RTL."
    quotes = quoteattr.extract(text, lang="fr")
    check_invariants(text, quotes)
    said, title = quotes
    assert (said.kind, title.text, title.kind) == (
        QuoteKind.SPEECH,
        "Midi Pile",
        QuoteKind.MENTION,
    )
    assert title.speaker is None


def test_a_verb_that_takes_an_object_is_no_cue_before_it() -> None:
    # "began" and "questioned" report speech at the end of their clause only.
    for text in (
        "Through this \u201cnight vision\u201d I began to see politics differently.",
        "Later on \u201cThis Week,\u201d Senator Ann Reed questioned the mayor's account.",
        "He paused to answer the question, \u201cIt was a twinkle in some engineer's eye.\u201d",
    ):
        quotes = quoteattr.extract(text, lang="en")
        check_invariants(text, quotes)
        assert all(q.cue not in ("began", "questioned", "question") for q in quotes), text


def test_a_fragment_continues_its_speakers_sentence_only() -> None:
    # « et le « mépris » » carries on the report of « a dénoncé »; after the full stop the
    # next fragment is the article's own word, and English leaves fragments to their cue.
    text = "Paul Girard a dénoncé la « brutalité » du projet. Ce « mépris » agace les riverains."
    assert _kinds(text) == [
        ("brutalité", QuoteKind.SPEECH),
        ("mépris", QuoteKind.MENTION),
    ]
    text = "Mayor Ann Reed praised the \u201ccourage\u201d and the \u201cpatience\u201d of crews."
    quotes = quoteattr.extract(text, lang="en")
    check_invariants(text, quotes)
    assert all(q.rule is None or not q.rule.endswith(".continued") for q in quotes)


def test_a_gloss_in_parentheses_is_the_writers_not_a_speakers() -> None:
    for lang, text, gloss, term, quoted in (
        (
            "fr",
            "La Première ministre souhaite obtenir des « garanties » sur le « filet de "
            "sécurité » (ou « backstop » en anglais) avant le vote.",
            "backstop",
            "filet de sécurité",
            "garanties",
        ),
        (
            "en",
            "Senator Ann Reed said she wanted \u201cguarantees\u201d on the \u201csin "
            "tax\u201d (\u201cimpuesto al pecado\u201d in Spanish) on Tuesday.",
            "impuesto al pecado",
            "sin tax",
            "guarantees",
        ),
    ):
        quotes = quoteattr.extract(text, lang=lang)
        check_invariants(text, quotes)
        kinds = {q.text: q.kind for q in quotes}
        assert kinds[gloss] is QuoteKind.MENTION, text
        assert kinds[term] is QuoteKind.MENTION, text  # the term the gloss explains is named
        assert kinds[quoted] is QuoteKind.SPEECH, text  # a fragment with no gloss keeps its call
    # a quote of its own in parentheses stays speech
    text = 'The innkeeper went on, "You may stay" ("Thank you," said Clara) "for one night."'
    quotes = quoteattr.extract(text, lang="en")
    assert any(q.text.startswith("Thank you") and q.kind is QuoteKind.SPEECH for q in quotes)


def test_a_heading_glued_into_the_text_is_no_quote() -> None:
    text = (
        "Les élus ont voté le budget après un long débat.« Rester debout »Le préfet a "
        "salué le calme des manifestants, « une belle leçon », a-t-il dit."
    )
    quotes = quoteattr.extract(text, lang="fr")
    check_invariants(text, quotes)
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["Rester debout"] is QuoteKind.MENTION
    assert kinds["une belle leçon"] is QuoteKind.SPEECH
    # with its own full stop it is a quote the scraper glued, not a heading
    glued = "Il a conclu.« Nous resterons debout. »La séance a été levée."
    (quote,) = quoteattr.extract(glued, lang="fr")
    assert quote.kind is QuoteKind.SPEECH


def test_an_absolute_participle_is_no_cue() -> None:
    for opener in ("Cela dit", "Autrement dit", "Ceci étant dit"):
        text = f"{opener}, la réforme reste « injuste » pour les locataires."
        quotes = quoteattr.extract(text, lang="fr")
        check_invariants(text, quotes)
        assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.MENTION, None)], text
    # the same verb with a subject is a cue
    (quote,) = quoteattr.extract("Le maire dit la réforme « injuste ».", lang="fr")
    assert quote.speaker is not None
    assert quote.speaker_text == "Le maire"


def test_a_label_in_the_speakers_apposition_is_no_second_part() -> None:
    text = (
        "« Nous refusons les partis », a déclaré à la radio Paul Vidal, un autre « gilet "
        "jaune libre »."
    )
    assert _kinds(text) == [
        ("Nous refusons les partis", QuoteKind.SPEECH),
        ("gilet jaune libre", QuoteKind.MENTION),
    ]
    # after a comma the second part goes on
    text = "« Nous refusons les partis », a déclaré Paul Vidal, « et les syndicats »."
    assert [q.rule for q in quoteattr.extract(text, lang="fr")] == [
        "fr.postposed",
        "fr.interrupted",
    ]


def test_a_fragment_after_a_quoted_full_sentence_is_no_follow_on() -> None:
    text = (
        "Le maire a raconté : « Nous avons attendu deux heures sur le quai. » Une autre "
        "élue un peu « atypique », Julie Morel, est venue aussi."
    )
    assert _kinds(text, prefix=8) == [
        ("Nous avo", QuoteKind.SPEECH),
        ("atypique", QuoteKind.MENTION),
    ]
    # without the full stop inside the quote the fragment goes on in the same sentence
    text = text.replace("sur le quai. » Une autre élue", "sur le quai » avec une élue")
    quotes = quoteattr.extract(text, lang="fr")
    assert quotes[1].kind is QuoteKind.SPEECH
    assert quotes[1].rule == "fr.followon"


def test_a_sentence_source_stops_at_a_full_stop_inside_the_marks() -> None:
    text = (
        "« Le mouvement durera », a estimé Paul Roux. Il peut « se dissoudre » ou « se "
        "durcir s'il n'y a pas de réponse. » « Laisser pourrir, c'est un danger », a "
        "insisté Marc Vidal."
    )
    quotes = quoteattr.extract(text, lang="fr")
    check_invariants(text, quotes)
    speakers = [(q.text[:9], q.speaker.name if q.speaker else None) for q in quotes]
    assert speakers == [
        ("Le mouvem", "Paul Roux"),
        ("se dissou", "Paul Roux"),
        ("se durcir", "Paul Roux"),
        ("Laisser p", "Marc Vidal"),
    ]


def test_a_name_ending_the_source_phrase_is_no_quote_of_the_source() -> None:
    text = (
        "« Nous marcherons encore », a dit Léa Faure, l'une des organisatrices.Selon le "
        "collectif citoyen « Rivières vivantes », trois barrages seront contestés."
    )
    quotes = quoteattr.extract(text, lang="fr")
    check_invariants(text, quotes)
    kinds = {q.text: (q.kind, q.rule) for q in quotes}
    assert kinds["Rivières vivantes"] == (QuoteKind.MENTION, None)
    # behind a comma, or as a clause, the quote is the source's words
    for text in ("Selon la police, « tout est calme ».", "Selon lui « c'est fini »."):
        (quote,) = quoteattr.extract(text, lang="fr")
        assert quote.kind is QuoteKind.SPEECH, text
        assert quote.rule == "fr.preposition", text


def test_a_quote_after_one_its_lead_in_and_a_pronoun_cue_both_attribute_follows_on() -> None:
    text = (
        'Ann Bell scolded him: "The board is against you on every count," she said. '
        '"When you sell a cure, you sell hope."'
    )
    quotes = quoteattr.extract(text, lang="en")
    check_invariants(text, quotes)
    assert [(q.rule, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("en.preposed.leadin", "Ann Bell"),
        ("en.followon", "Ann Bell"),
    ]
