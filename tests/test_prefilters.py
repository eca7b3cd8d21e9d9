"""The cheap tests that rule text out before a pattern is tried never rule out a match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.grammar import _WORD_START, get_grammar
from quoteattr.lang import en, fr

_TRICKY = ["İ", "ı", "ſ", "K", "ß", "’", "'", " ", "\u00a0", ",", "\n", "É", "À"]
_PREPOSITIONS = [*fr.ATTRIBUTION_PREPOSITIONS, *en.ATTRIBUTION_PREPOSITIONS, "ACCORDING TO"]
_PREPOSITIONS += ["SELON", "D’APRÈS", "Pour", "AVİS", "ſelon"]
_CUES = ["a déclaré", "A-T-IL DIT", "ont estimé", "dit-elle", "s'est dit", "said", "Said"]
_PIECES = st.sampled_from([*_PREPOSITIONS, *_CUES, *_TRICKY])
_TEXT = st.lists(_PIECES | st.text(max_size=3), max_size=20).map("".join)


@pytest.mark.parametrize("code", ["fr", "en"])
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_no_preposition_is_ruled_out(code: str, text: str) -> None:
    grammar = get_grammar(code)
    if grammar.prepositions.search(text) is not None:
        assert grammar.may_hold_preposition(text, 0, len(text))


@pytest.mark.parametrize("code", ["fr", "en"])
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_no_cue_is_ruled_out(code: str, text: str) -> None:
    grammar = get_grammar(code)
    word_starts = [word.start() for word in _WORD_START.finditer(text)]  # where cues are tried
    if any(grammar.cue.match(text, at) for at in word_starts):
        assert grammar.may_hold_cue(text, 0, len(text))


def test_turkish_dotted_capital_is_read_as_the_pattern_reads_it() -> None:
    grammar = get_grammar("fr")
    text = "DE L'AVİS DE Mme Waly"
    assert grammar.prepositions.search(text) is not None
    assert grammar.may_hold_preposition(text, 0, len(text))
