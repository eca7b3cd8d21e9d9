"""Novels as digitised books come: hard-wrapped lines, paragraphs apart by blank lines."""

from __future__ import annotations

import attrs

import quoteattr
from quoteattr.extractor import unwrapped
from tests.invariants import check_invariants

NARRATION = (
    "The rain had not stopped since the morning, and the lane to the mill was\n"
    "deep in mud by the time the cart came round the last bend of the hill.\n"
    "Nobody in the house had thought to light the lamps in the front parlour.\n"
)
DIALOGUE = (
    '"I had hoped to find you alone," said Margaret, shaking the water from\n'
    'her cloak, "for there is a thing I must tell you before the others come\n'
    'down, and it will not wait until the morning."\n'
)


def _book(paragraphs: int = 8) -> str:
    return "\n\n".join([NARRATION, DIALOGUE] * paragraphs)


def test_a_quote_runs_on_over_the_line_breaks_of_its_paragraph() -> None:
    text = _book()
    quotes = [q for q in quoteattr.extract(text, lang="en") if q.kind.value == "speech"]
    check_invariants(text, quotes)
    openings = [q for q in quotes if q.text.startswith("I had hoped")]
    goings_on = [q for q in quotes if q.text.startswith("for there is a thing")]
    assert len(openings) == len(goings_on) == 8
    for quote in goings_on:
        assert quote.text.endswith("until the morning.")
        assert "\n" in quote.text  # the caller's text, line breaks and all
        assert quote.speaker is not None
        assert quote.speaker.name == "Margaret"


def test_only_wrapped_text_is_unwrapped() -> None:
    book = _book()
    view = unwrapped(book)
    assert view is not None
    assert len(view) == len(book)
    assert view.count("\n\n") == book.count("\n\n")  # paragraph ends stay
    news = "\n".join(["A line of news that runs on for far longer than a printed line. " * 3] * 30)
    assert unwrapped(news) is None
    verse = "\n".join(["Short line,", "and another"] * 20)
    assert unwrapped(verse) is None


def test_unwrapping_can_be_turned_off() -> None:
    text = _book()
    config = attrs.evolve(quoteattr.Config(), unwrap_lines=False)
    quotes = quoteattr.Extractor(lang="en", config=config).extract(text)
    goings_on = [q for q in quotes if q.text.startswith("for there is a thing")]
    assert goings_on
    assert not any(q.text.endswith("until the morning.") for q in goings_on)


def _novel_chapter() -> str:
    scene = [
        "The garden was quiet after the rain, and Jane Harlow walked with her cousin.",
        '"The roses have suffered," said Jane.',
        '"They will come back by June," said Philip.',
        '"Do you really think so?"',
        '"I am sure of it."',
        "Philip Harlow had never been wrong about roses, or so Philip Harlow liked to think.",
    ]
    return "\n\n".join(scene * 150)


def test_a_novel_alternates_turns_between_the_two_speakers() -> None:
    text = _novel_chapter()
    assert len(text) > 40_000
    speech = [q for q in quoteattr.extract(text, lang="en") if q.kind.value == "speech"]
    by_text: dict[str, set[tuple[str, str | None]]] = {}
    for quote in speech:
        assert quote.speaker is not None
        by_text.setdefault(quote.text, set()).add((quote.speaker.name, quote.rule))
    assert by_text["Do you really think so?"] == {("Jane Harlow", "en.conversation")}
    assert {name for name, _ in by_text["I am sure of it."]} == {"Philip Harlow"}
    assert {name for name, _ in by_text["The roses have suffered,"]} == {"Jane Harlow"}


def test_news_keeps_the_last_speaker_for_a_quote_with_no_cue() -> None:
    text = _novel_chapter()
    config = attrs.evolve(quoteattr.Config(), genre="news")
    speech = quoteattr.Extractor(lang="en", config=config).extract(text)
    rules = {q.rule for q in speech if q.text == "Do you really think so?"}
    assert rules == {"en.followon"}


def test_a_turn_said_to_someone_by_name_is_answered_by_them() -> None:
    scene = [
        "The study was dark, and Maurice Oakley sat alone by the dying fire.",
        '"Is that you, Frank?" asked Maurice Oakley.',
        '"It is," said Frank Oakley.',
        '"Then sit down, Frank, and tell me everything."',
        '"There is nothing to tell."',
    ]
    text = "\n\n".join(scene * 200)
    speech = [q for q in quoteattr.extract(text, lang="en") if q.kind.value == "speech"]
    answers = [q for q in speech if q.text == "There is nothing to tell."]
    assert answers
    for quote in answers:
        assert quote.speaker is not None
        assert quote.speaker.name == "Frank Oakley"
        assert quote.rule == "en.conversation.vocative"


def _first_person_chapter() -> str:
    scene = [
        "The fog had not lifted when I reached the house, and Inspector Crane met me at the door.",
        '"You are late, Perrin, as always," said Inspector Crane.',
        '"The trains were stopped at Reading," I said.',
        '"Then come in, Perrin. The body is upstairs."',
        "I followed him up the narrow stairs and waited while he lit the lamp.",
    ]
    return "\n\n".join(scene * 140)


def test_the_narrator_of_a_first_person_book_is_named_by_what_the_others_call_them() -> None:
    text = _first_person_chapter()
    assert len(text) > 40_000
    speech = [q for q in quoteattr.extract(text, lang="en") if q.kind.value == "speech"]
    mine = {q.speaker.name if q.speaker else None for q in speech if q.speaker_text == "I"}
    assert mine == {"Perrin"}
    crane = {q.speaker.name if q.speaker else None for q in speech if "as always" in q.text}
    assert crane == {"Inspector Crane"} or crane == {"Crane"}


def test_in_news_i_is_nobody_named_before() -> None:
    text = 'Mayor Ruth Okafor spoke for an hour. "We were never told," I said to her afterwards.'
    [quote] = quoteattr.extract(text, lang="en")
    assert quote.speaker_text == "I"
    assert quote.speaker is None


def _fiction(lang: str) -> quoteattr.Extractor:
    return quoteattr.Extractor(lang=lang, config=attrs.evolve(quoteattr.Config(), genre="fiction"))


def _fiction_quotes_starting(lang: str, text: str, prefix: str) -> list[quoteattr.Quote]:
    """The speech quotes of *text*, read as fiction, whose words start with *prefix*."""
    speech = [q for q in _fiction(lang).extract(text) if q.kind.value == "speech"]
    return [q for q in speech if q.text.startswith(prefix)]


def _speaker_of(lang: str, text: str, prefix: str) -> tuple[str | None, str | None]:
    """Who speaks the one speech quote of *text*, read as fiction, that starts with
    *prefix*: the speaker's name and the phrase the text gives them by."""
    [quote] = _fiction_quotes_starting(lang, text, prefix)
    return (quote.speaker.name if quote.speaker else None), quote.speaker_text


def _turn_speakers(scene: list[str], times: int, prefix: str) -> set[tuple[str | None, str | None]]:
    """Who speaks, and by which rule, each of the turns starting with *prefix* in an
    English book made of *scene* told *times* times."""
    turns = _fiction_quotes_starting("en", "\n\n".join(scene * times), prefix)
    assert turns
    return {(q.speaker.name if q.speaker else None, q.rule) for q in turns}


def test_a_narrated_sentence_before_a_quote_gives_its_subject_as_speaker() -> None:
    text = (
        '"Did you see the boat?" asked Tom Brewer.\n\n'
        '"Not yet," said Ellen Marsh.\n\n'
        'Tom Brewer looked out at the harbour for a long while. "It will come by noon."'
    )
    last = _fiction("en").extract(text)[-1]
    assert last.text == "It will come by noon."
    assert last.rule == "en.beat"
    assert last.speaker is not None
    assert last.speaker.name == "Tom Brewer"


def test_a_beat_with_a_pronoun_is_resolved_and_french_beats_too() -> None:
    english = (
        '"Did you see the boat?" asked Tom Brewer.\n\n'
        '"Not yet," said Ellen Marsh.\n\n'
        'She turned away from the window. "Nobody saw it, and nobody will."'
    )
    french = (
        "« Tu as vu le bateau ? » demanda Paul Garnier.\n\n"
        "« Pas encore », répondit Lucie Morel.\n\n"
        "Paul Garnier se leva. « Il viendra à midi. »"
    )
    [*_, she] = _fiction("en").extract(english)
    [*_, paul] = _fiction("fr").extract(french)
    assert (she.rule, she.speaker and she.speaker.name) == ("en.beat", "Ellen Marsh")
    assert (paul.rule, paul.speaker and paul.speaker.name) == ("fr.beat", "Paul Garnier")


def test_the_cue_of_the_quote_before_is_no_beat() -> None:
    # "…," said Ellen. "…": the narration is that quote's cue; the follow-on keeps Ellen
    text = '"Did you see the boat?" asked Tom Brewer.\n\n"Not yet," said Ellen Marsh. "Soon."'
    last = _fiction("en").extract(text)[-1]
    assert last.rule == "en.followon"
    assert last.speaker is not None
    assert last.speaker.name == "Ellen Marsh"


def test_a_novel_gives_its_characters_the_gender_of_the_pronouns_after_their_names() -> None:
    # neither name is a known given name: only the book's own pronouns tell them apart
    text = "\n\n".join(
        ["Quill Ardent lit his pipe. Sabe Lowrie fixed her hat."] * 3
        + ['Quill Ardent and Sabe Lowrie walked on in the rain. "We shall be late," he said.']
    )
    last = _fiction("en").extract(text)[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.gender) == ("Quill Ardent", "m")


def test_a_noun_that_looks_like_a_possessive_does_not_keep_narration_in_a_turn() -> None:
    # « d'un ton naïf »: the noun « ton », not « ton » (your); the last sentence is narration
    text = (
        "Il serra les poings.\n\n"
        "— Si monsieur le vicomte n'a plus besoin d'elle... Cette observation, faite d'un "
        "ton naïf, bouleversa le vieux comte de Vaux.\n\n— Oui, dit-elle."
    )
    turn = _fiction("fr").extract(text)[0]
    assert turn.text.startswith("Si monsieur")
    assert "observation" not in text[turn.parts[-1].start : turn.parts[-1].end]


def test_a_turn_before_a_known_reply_is_the_other_partys() -> None:
    # The alternation alone gives « Vous êtes fatigué ? » to Henri, who then answers it
    # by name: the turn before his reply is Jeanne's.
    scene = [
        "La voiture s'arrêta devant la grille, et Jeanne Morel descendit la première.",
        "— Vous venez de loin ? demanda Jeanne.",
        "— De Lyon, répondit Henri Vasseur.",
        "Puis, après un long silence :",
        "— Je ne sais plus très bien.",
        "Il regardait la maison sans rien dire. La pluie reprenait sur les pavés de la cour.",
        "— Vous êtes fatigué ?",
        "— Un peu, murmura Henri.",
    ]
    asked = _fiction_quotes_starting("fr", "\n\n".join(scene * 120), "Vous êtes fatigué")
    assert asked
    for quote in asked:
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.rule) == ("Jeanne Morel", "fr.conversation.reply")


def _scene_with(second_woman: bool) -> str:
    scene = [
        "The lake was grey that morning, and Tobias Wren walked along the shore with Lydia Marsh.",
        '"Shall we take the boat?" said Lydia.',
        '"If you like," said Tobias.',
        '"I would like it very much," said the young girl.',
        "They walked on towards the landing stage, where the old boatman was asleep.",
    ]
    if second_woman:
        scene.insert(1, '"Good morning, Tobias," said Agnes Hale.')
    return "\n\n".join(scene * 120)


def test_a_role_in_a_scene_is_its_one_named_speaker_of_that_gender() -> None:
    liked = _fiction_quotes_starting("en", _scene_with(False), "I would like it")
    assert liked
    for quote in liked:
        assert quote.speaker is not None
        assert quote.speaker.name == "Lydia Marsh"
        assert quote.speaker_text == "the young girl"  # the span stays on the role phrase


def test_a_role_with_two_candidates_in_its_scene_stays_a_role() -> None:
    liked = _fiction_quotes_starting("en", _scene_with(True), "I would like it")
    assert liked
    assert {(q.speaker.name, q.speaker.kind) for q in liked if q.speaker} == {
        ("the young girl", "role")
    }


def test_a_pronoun_cue_after_a_narrated_sentence_is_that_sentences_subject() -> None:
    text = 'The Badger gave a long look to Tom Hale across the table. "You are late," he said.'
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker_text) == ("the Badger", "he")
    assert quote.rule == "en.postposed.pronoun"


def test_a_dialogue_turn_ends_at_the_narrators_tense_not_at_its_first_sentence() -> None:
    text = (
        "Noël la rassura aussitôt :\n\n"
        "— Cette forêt est à nous. Papa seul a le droit d'y chasser.\n\n"
        "Elle hocha la tête :\n\n"
        "— Reste ici. Heureusement, les chasseurs rentraient déjà vers le village."
    )
    turns = [q.text for q in _fiction("fr").extract(text)]
    assert turns == ["Cette forêt est à nous. Papa seul a le droit d'y chasser.", "Reste ici."]


def test_a_short_excerpt_told_in_the_first_person_names_its_narrator_too() -> None:
    scene = [
        "Le train entra en gare, et mon oncle Baptiste me prit la main.",
        "— Viens, Lucie, on va rater la voiture, dit l'oncle Baptiste.",
        "— J'arrive, répondis-je.",
        "Il portait ma valise comme si elle ne pesait rien.",
    ]
    mine = _fiction_quotes_starting("fr", "\n\n".join(scene * 5), "J'arrive")
    assert len(mine) == 5
    assert {q.speaker.name for q in mine if q.speaker} == {"Lucie"}


def test_a_part_of_the_body_is_no_antecedent_of_he() -> None:
    # Nobody the index knows as a person is in view: "he" stays unresolved, where it
    # used to stand for "his head".
    text = 'The Hatter shook his head mournfully.\n\n"Not I!" he replied.'
    [quote] = _fiction("en").extract(text)
    assert (quote.speaker_text, quote.speaker) == ("he", None)


def test_a_common_noun_after_a_name_is_no_surname() -> None:
    scene = [
        "Rufus Fox ran along the hedge, and Rufus Fox was hungry. A fox is always hungry.",
        '"Where is the farm?" said Rufus.',
        "Philip Herriton waited by the gate; Philip Herriton knew the farm well.",
        '"Over the hill," said Philip.',
    ]
    speakers = {
        q.text: q.speaker.name
        for q in _fiction("en").extract("\n\n".join(scene * 3))
        if q.speaker is not None
    }
    assert speakers["Where is the farm?"] == "Rufus"
    assert speakers["Over the hill,"] == "Philip Herriton"


def test_a_turn_after_anothers_paragraph_is_the_other_partys() -> None:
    # Harriet spoke the last two turns, so no alternation holds: the turn after hers,
    # which calls her by name, is the other party's, where the follow-on gave it to her.
    scene = [
        "The hotel was asleep when Philip Ashby came down the stairs to the hall.",
        '"Are you going out?" asked Philip.',
        '"I am going to fetch the child," said Harriet Ashby.',
        "She buttoned her coat to the chin.",
        '"I will not be long," said Harriet.',
        '"Harriet, do not be absurd. It is past midnight."',
        "The porter looked up from his newspaper and then looked down again.",
    ]
    assert _turn_speakers(scene, 60, "Harriet, do not") == {
        ("Philip Ashby", "en.conversation.other")
    }


def test_a_pronoun_is_not_the_one_its_quote_calls_by_name() -> None:
    text = (
        "Edward Lane licked the end of his pencil while Thomas Reed washed the pot.\n\n"
        '"Can you read, Thomas?" he asked.'
    )
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker_text) == ("Edward Lane", "he")


def test_her_before_a_noun_after_a_cue_is_a_determiner() -> None:
    text = 'Mrs. Hall put the tray down. "Leave the hat," said her visitor.'
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("her visitor", "role")


def test_a_family_noun_is_the_relative_who_bears_the_owners_surname() -> None:
    scene = [
        "The boat lay ready at the landing, and Daisy Blake ran down to it.",
        '"Shall we go now?" said Daisy.',
        '"Not without your shawl," said Mrs. Blake.',
        '"Oh, mother!" said Miss Blake.',
        'Daisy ran on ahead. "I shall not be cold," she said.',
        '"You always say so," said her mother.',
    ]
    replies = _fiction_quotes_starting("en", "\n\n".join(scene * 60), "You always say so")
    assert replies
    for quote in replies:
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.speaker.title) == ("Blake", "Mrs.")
        assert quote.speaker_text == "her mother"  # the span stays on the role phrase


def test_a_word_that_only_opens_its_sentence_is_not_part_of_a_name() -> None:
    text = (
        "It was to-day or never, the doctor thought, and to-day was wet.\n\n"
        'To-day Kemble came early. "Good morning," said To-day Kemble.\n\n'
        "What's Kemble doing here? \"I came for the key,\" said What's Kemble."
    )
    names = {q.speaker.name for q in _fiction("en").extract(text) if q.speaker}
    assert names == {"Kemble"}


def test_a_role_in_a_novel_is_the_one_character_the_book_names_with_it_later() -> None:
    filler = "The evening was long and the lamps burned low in the parlour. " * 30
    text = (
        f'"Let her rest," said the Doctor.\n\n{filler}\n\n'
        f'Doctor Hallam came back on the Thursday. "She is better," said Doctor Hallam.\n\n'
        "Hallam's carriage waited at the gate."
    )
    [rest, better] = _fiction("en").extract(text)
    assert better.speaker is not None
    assert better.speaker.name == "Hallam"
    assert rest.speaker is not None
    assert (rest.speaker.name, rest.speaker_text) == ("Hallam", "the Doctor")


def test_a_story_told_in_guillemets_gives_its_inner_dialogue_not_its_frame() -> None:
    text = (
        "Le notaire alluma sa pipe et commença :\n\n"
        "« Ce soir-là, je rentrai tard. La servante m'attendait dans le vestibule et me "
        "dit : « Monsieur, on vous demande en bas. » Je descendis aussitôt.\n\n"
        "« Un homme se tenait près de la porte. Il me regarda longtemps, puis murmura : "
        "« Vous ne me reconnaissez pas ? » Je ne le reconnaissais pas. »\n\n"
        "Personne ne dit rien pendant un long moment."
    )
    quotes = [q.text for q in _fiction("fr").extract(text)]
    assert quotes == ["Monsieur, on vous demande en bas.", "Vous ne me reconnaissez pas ?"]


def test_a_long_english_speech_with_quotes_inside_stays_one_quote() -> None:
    text = (
        "\"I went down at once. The maid was waiting and said, 'Sir, a man is "
        "asking for you.' I followed her.\n\n"
        "\"He stood by the door. 'You do not know me?' he asked. I did not.\"\n\n"
        "Nobody said anything for a long while."
    )
    [story] = _fiction("en").extract(text)
    assert story.text.startswith("I went down at once.")
    assert len(story.inner) == 2


def test_an_epithet_before_a_name_after_a_cue_is_not_part_of_it() -> None:
    text = '"It is no use," thought poor Alice, "to pretend to be two people."'
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker_text) == ("Alice", "Alice")
    assert quote.rule == "en.interrupted"


def test_a_turn_that_opens_its_paragraph_does_not_take_the_cue_before_it() -> None:
    # In news "…," Smith said. / "…" goes on with Smith; in a novel the new paragraph is
    # the other one's turn.
    scene = [
        "The band had stopped, and Thomas Wynn walked with Clara Dale to the end of the pier.",
        '"You are very quiet," said Clara.',
        'Thomas Wynn looked at the water. "How can I help it?" he asked.',
        '"I should think you would say something."',
        '"I do say something," said Thomas.',
        "The gulls went over them towards the harbour.",
    ]
    assert _turn_speakers(scene, 80, "I should think") == {("Clara Dale", "en.conversation")}


def test_a_character_named_by_one_word_is_an_antecedent() -> None:
    # "Winterbourne" is never named in full: the book's own cue makes him a person.
    text = (
        '"It is the climate," said Winterbourne.\n\n'
        "The boy went on eating his sugar, and the lake was grey behind him.\n\n"
        'Winterbourne was much amused. "If you eat three lumps, you will be ill," he said.'
    )
    quotes = _fiction("en").extract(text)
    ill = [q for q in quotes if q.text.startswith("If you eat")]
    assert len(ill) == 1
    assert ill[0].speaker is not None
    assert (ill[0].speaker.name, ill[0].speaker_text) == ("Winterbourne", "he")
    # and a pronoun in the paragraph after finds him too
    text += (
        "\n\nWinterbourne looked out at the boats for a long while.\n\n"
        '"The wind is rising," he said.'
    )
    [rising] = [q for q in _fiction("en").extract(text) if q.text.startswith("The wind")]
    assert rising.speaker is not None
    assert rising.speaker.name == "Winterbourne"


def test_a_beat_may_be_a_characters_role_but_not_a_thing() -> None:
    text = 'The Hatter opened his eyes very wide. "Why is a raven like a writing-desk?"'
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.rule) == ("the Hatter", "en.beat")
    [door] = _fiction("en").extract('The door opened slowly. "Who is there?"')
    assert door.rule != "en.beat"


def test_a_name_after_a_preposition_of_place_is_nobody_a_pronoun_means() -> None:
    text = (
        "Tom Reed sat up and looked about him. He was still in the Forest!\n\n"
        '"Well, that is funny," he thought.'
    )
    [quote] = _fiction("en").extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Reed"


def test_the_participle_fait_is_no_imparfait_that_ends_a_turn() -> None:
    text = (
        "— Ah bien ! reprit-elle, Jules dort encore. Il prétend que ce n'est pas fait pour "
        "travailler. Elle paya, elle emporta les deux paniers."
    )
    [turn] = _fiction("fr").extract(text)
    assert turn.text.endswith("ce n'est pas fait pour travailler.")


def test_a_nickname_is_the_character_the_book_names_in_full() -> None:
    scene = [
        "Francis Ashby came home late, and Francis Ashby went straight to the library.",
        '"Is that you?" asked his mother.',
        '"It is only me," said Frank.',
        "The fire had burned low in the grate.",
    ]
    replies = _fiction_quotes_starting("en", "\n\n".join(scene * 40), "It is only me")
    assert replies
    assert {q.speaker.name for q in replies if q.speaker} == {"Francis Ashby"}


def test_a_role_the_book_keeps_for_one_character_is_hers_in_crowded_scenes() -> None:
    def scene(other: str) -> list[str]:
        return [
            f"The terrace was full that evening, and Daisy Blake sat near {other}.",
            '"Shall we walk?" said Daisy Blake.',
            f'"Not tonight," said {other}.',
            '"Then I shall walk alone," said the young girl.',
            "The band played on below them until the lamps were lit along the quay. " * 20,
        ]

    text = "\n\n".join(
        scene("Mrs. Costa") + scene("Mrs. Walker") + scene("Mrs. Costa") + scene("Mrs. Walker")
    )
    alone = _fiction_quotes_starting("en", text, "Then I shall walk alone")
    assert len(alone) == 4
    for quote in alone:
        assert quote.speaker is not None
        assert quote.speaker.name == "Daisy Blake"
        assert quote.speaker_text == "the young girl"


def test_the_other_of_a_conversation_is_who_did_not_speak_last() -> None:
    text = (
        '"You are late again," said Marco Bellini.\n\n'
        '"The roads were flooded all the way from the hills," answered Tomas Reyes.\n\n'
        '"If that is so," cried the other, "you should have left at dawn."'
    )
    assert _speaker_of("en", text, "If that") == (  # one quote in two parts
        "Marco Bellini",
        "the other",
    )
    text = (
        "« Tu es encore en retard », dit Marc Bellin.\n\n"
        "« Les routes étaient inondées jusqu'aux collines », répondit Thomas Reyes.\n\n"
        "« Ce n'est pas une excuse », reprit l'autre."
    )
    assert _speaker_of("fr", text, "Ce n'est")[0] == "Marc Bellin"


def test_the_narrators_companion_is_the_last_other_speaker() -> None:
    text = (
        "I walked with Edgar Holloway along the quay that evening. "
        '"The tide is turning," said Holloway.\n\n'
        '"It is," I said, and we walked on in silence for a while.\n\n'
        '"Then we must hurry," said my companion.'
    )
    assert _speaker_of("en", text, "Then") == (
        "Edgar Holloway",
        "my companion",
    )
    text = (
        "Je marchais avec Edgar Vallier le long du quai. « La marée monte », dit Vallier.\n\n"
        "« En effet », répondis-je, et nous marchâmes longtemps sans rien dire.\n\n"
        "« Alors pressons-nous », dit mon compagnon."
    )
    assert _speaker_of("fr", text, "Alors")[0] == "Edgar Vallier"


def test_a_character_keeps_the_gender_the_book_gives_most_often() -> None:
    # one "she" wrongly resolved to Hartley must not make him a woman, nor leave him
    # without a gender where only his name stands, so "the young man" of his scene is him
    filler = "The rain kept on all afternoon over the roofs of the town, and nobody went out. " * 25
    text = (
        f'Hartley looked at the window. "It will rain," she said.\n\n{filler}\n\n'
        f'Hartley came in with his hat in his hand. "I am going out," he said.\n\n{filler}\n\n'
        f'Hartley sat down by the fire. "The roads are bad," he said.\n\n{filler}\n\n'
        '"Shall we walk to the river?" asked Hartley.\n\n'
        '"If you like," said Miss Ainsworth.\n\n'
        '"Then let us go now," said the young man.'
    )
    quotes = _fiction_quotes_starting("en", text, "")
    assert {(q.speaker.name, q.speaker.gender) for q in quotes if q.speaker} == {
        ("Hartley", "m"),
        ("Ainsworth", "f"),
    }
    assert quotes[-1].speaker_text == "the young man"


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = (
        '"Will you come with us tonight?" asked Joe Carter.\n\n'
        'Evidently Quilla had heard enough of his plans. "Go away and leave me be," she said.'
    )
    assert _speaker_of("en", text, "Go away")[0] == "Quilla"


def test_a_demonstrative_role_is_the_one_character_of_its_scene() -> None:
    text = (
        '"You are very late, Mr. Harlow," said Mrs. Penrose.\n\n'
        '"The coach broke a wheel near the bridge," answered Harlow.\n\n'
        '"I have heard that excuse before," said this lady, with a sigh.'
    )
    assert _speaker_of("en", text, "I have heard") == (
        "Penrose",
        "this lady",
    )


def test_a_role_in_a_scene_of_two_men_is_not_the_one_who_just_spoke() -> None:
    text = (
        '"We leave at dawn," said Marco Bellini.\n\n'
        '"Then I had better pack tonight," said Tom Harlow.\n\n'
        '"You had," said the young man, and he laughed at his friend.'
    )
    assert _speaker_of("en", text, "You had")[0] == "Marco Bellini"


def test_a_she_with_nobody_nearby_is_the_scenes_woman_pages_back() -> None:
    filler = "The two men walked on along the river, arguing about the price of the boat. " * 60
    text = (
        '"Will you marry me, Clara?" asked Tom Harlow.\n\n"Perhaps," said Clara Penrose.\n\n'
        f"{filler}\n\n"
        '"We will buy it tomorrow," said Marco Bellini.\n\n"If the price is fair," said Tom Harlow.'
        f"\n\n{filler}\n\n"
        '"You have both been very foolish," she said.'
    )
    assert _speaker_of("en", text, "You have both")[0] == "Clara Penrose"
    # news keeps its shorter reach: an article is no book
    [quote] = [q for q in quoteattr.extract(text, lang="en") if q.text.startswith("You have")]
    assert quote.speaker is None


def test_a_pet_name_and_a_possessive_are_the_characters_name() -> None:
    text = (
        '"We will need a bigger boat," said Skeggs.\n\n"Nonsense," said Tom Harlow.\n\n'
        '"Not a bit of it," said Skeggsy, and he ordered another round.\n\n'
        'Clara Penrose came in. Clara\'s laugh and "Good evening, gentlemen," followed her '
        "to the table."
    )
    quotes = _fiction_quotes_starting("en", text, "")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Skeggs",
        "Tom Harlow",
        "Skeggs",
        "Clara",
    ]


def test_a_common_noun_after_a_characters_name_is_no_surname() -> None:
    text = (
        '"Is there any honey left?" asked Hob.\n\n"None at all," said Rabbit.\n\n'
        "A badger came out of the wood and looked at them.\n\n"
        '"Then I shall go home," said Hob Badger sadly.'
    )
    assert _speaker_of("en", text, "Then I shall") == (
        "Hob",
        "Hob Badger",
    )


def test_a_paragraph_answering_the_one_before_is_the_other_partys_turn() -> None:
    # the follow-on would hand "No." to whoever spoke the paragraph before; in a novel a
    # quote that opens its paragraph right after another's is a new turn
    from quoteattr.grammar import Mention, get_grammar
    from quoteattr.model import Span
    from quoteattr.resolve import Pending, _follow_on

    text = '"Are you coming?" Clara asked him.\n\n"Did you know him?"\n\n"No."'
    spans = [(text.index(part), text.index(part) + len(part)) for part in (
        '"Are you coming?"', '"Did you know him?"', '"No."')]  # fmt: skip
    clara = Mention(Span(18, 23), "Clara", "person", name="Clara", gender="f")
    tom = Mention(Span(0, 0), "Tom", "person", name="Tom", gender="m")
    pending = [
        Pending(0, *spans[0], speech=True, dash=False, mention=clara, speaker=clara, rule="x"),
        Pending(1, *spans[1], speech=True, dash=False, mention=tom, speaker=tom, rule="y"),
        Pending(2, *spans[2], speech=True, dash=False),
    ]
    _follow_on(get_grammar("en"), text, pending, fiction=True)
    assert (pending[2].speaker, pending[2].rule) == (clara, "conversation.other")
    pending[2] = Pending(2, *spans[2], speech=True, dash=False)
    _follow_on(get_grammar("en"), text, pending, fiction=False)  # news goes on
    assert (pending[2].speaker, pending[2].rule) == (tom, "followon")


def test_a_pronoun_reaches_back_over_a_paragraph_of_narration_in_a_novel() -> None:
    filler = "The gulls wheeled over the grey water and the wind pulled at the nets. " * 12
    text = (
        f"Thomas Vance walked down to the harbour before dawn. {filler}\n\n"
        '"The boats are late again this morning," he said.'
    )
    assert _speaker_of("en", text, "The boats")[0] == "Thomas Vance"
    # news reads 600 characters back only
    [quote] = [q for q in quoteattr.extract(text, lang="en") if q.text.startswith("The boats")]
    assert quote.speaker is None


def test_a_role_the_book_capitalises_is_a_character_a_pronoun_stands_for() -> None:
    text = (
        '"Who is there?" asked Tom Harlow.\n\n"Only the wind," said Clara Penrose.\n\n'
        '"Open the door," said the Tall Man from the dark yard.\n\n'
        "Nobody moved. The latch rattled twice, and the wind came under the door.\n\n"
        '"I know you are in there," he said.'
    )
    # not the one man named in the scene: the name this character goes by
    assert _speaker_of("en", text, "Open the door") == ("the Tall Man", "the Tall Man")
    assert _speaker_of("en", text, "I know you")[0] == "the Tall Man"
    # a capitalised noun the book writes as a title before a name stays that person's role
    text = (
        'Doctor Ames came in at noon. "Sit down," said Doctor Ames.\n\n'
        '"Thank you," said Clara Penrose.\n\n"It is only a cold," said the Doctor.'
    )
    assert _speaker_of("en", text, "It is only")[0] == "Ames"


def test_a_role_ending_on_a_preposition_takes_no_place_name_for_its_holder() -> None:
    from quoteattr.grammar import get_grammar
    from quoteattr.names import phrase_at

    text = "without a thought of the\nHidden Man for Port Kellan is far away"
    parsed = phrase_at(get_grammar("en"), text, text.index("Hidden"), len(text))
    assert parsed is not None
    assert parsed[0].name != "Port Kellan"
    assert parsed[0].role != "Hidden Man for"
    text = "said Secretary for Health Ann Roux"
    parsed = phrase_at(get_grammar("en"), text, text.index("Secretary"), len(text))
    assert parsed is not None
    assert (parsed[0].name, parsed[0].role) == ("Ann Roux", "Secretary for Health")


def test_a_word_the_book_writes_after_the_is_nobody_a_pronoun_stands_for() -> None:
    text = (
        '"Where is the honey?" asked Hob.\n\n"In the tree," said Christopher Robin.\n\n'
        "Christopher Robin went off to the other end of the Forest, past the Forest pond, "
        'and when he came back he said, "Silly old bear."'
    )
    assert _speaker_of("en", text, "Silly old")[0] == "Christopher Robin"


def test_a_possessive_role_is_never_the_one_its_possessive_stands_for() -> None:
    text = (
        "Nell Garnet came down late to breakfast.\n\n"
        '"I shall not go to the fair," said Nell.\n\n'
        '"Nell, you must," said her mother.'
    )
    assert _speaker_of("en", text, "Nell, you must") == ("her mother", "her mother")


def test_a_titled_surname_holds_the_role_and_its_synonym() -> None:
    text = (
        "Le docteur Vasseur entra sans frapper.\n\n"
        "— Asseyez-vous, dit le médecin.\n\n— Merci, répondit Paul Garnier.\n\n"
        "— Ce n'est qu'un rhume, reprit le docteur."
    )
    quotes = _fiction_quotes_starting("fr", text, "")
    assert [(q.speaker.name if q.speaker else None, q.speaker_text) for q in quotes] == [
        ("Vasseur", "le médecin"),
        ("Paul Garnier", "Paul Garnier"),
        ("Vasseur", "le docteur"),
    ]
    text = 'Doctor Ames came in.\n\n"Sit down," said the physician.\n\n"Thank you," said Paul.'
    assert _speaker_of("en", text, "Sit down") == ("Ames", "the physician")


def test_the_cue_after_a_conversations_closing_mark_is_its_last_turns() -> None:
    text = (
        "Le docteur Vasseur referma sa trousse.\n\n« Vous dormez mal ?\n\n"
        "— Très mal, répondit Paul Garnier.\n\n— Cela passera », reprit le docteur en souriant."
    )
    [quote] = _fiction_quotes_starting("fr", text, "Cela passera")
    assert quote.text == "Cela passera"
    assert quote.rule == "fr.postposed"
    assert quote.speaker is not None
    assert quote.speaker.name == "Vasseur"


def test_a_text_of_endless_capitalised_roles_reads_only_so_many_of_them() -> None:
    from quoteattr.resolve import EPITHET_WORDS_READ

    names = [
        f"Glimmer{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(EPITHET_WORDS_READ + 10)
    ]
    text = "\n\n".join(f'"Hello there," said the {name}.' for name in names)
    quotes = _fiction_quotes_starting("en", text, "Hello")
    assert len(quotes) == len(names)
    kinds = [q.speaker.kind if q.speaker else None for q in quotes]
    assert kinds[0] == "person"  # "the Glimmeraa" is a character's name
    assert kinds[-1] == "role"  # past the reads, a role as it is written
