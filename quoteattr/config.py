"""Settings of an :class:`~quoteattr.Extractor`, changed with :func:`attrs.evolve`.

>>> import attrs
>>> config = attrs.evolve(Config(), min_speech_words=3)
>>> config.min_speech_words
3
"""

from __future__ import annotations

import attrs

_is_bool = attrs.validators.instance_of(bool)


@attrs.frozen
class Config:
    """What the extractor reports and how it reads dialogue.

    * ``include_mentions``: also return quotes classified as mentions (scare quotes,
      titles); they carry ``kind == QuoteKind.MENTION``.
    * ``min_speech_words``: a quote with fewer words and no reporting cue nearby is a
      mention.
    * ``dash_dialogue``: recognise dialogue turns opened by a dash.
    * ``genre``: ``"news"``, ``"fiction"`` or ``"auto"`` (by the text: a long one with
      many paragraphs that open with a quote is fiction). In fiction a paragraph is a
      turn of talk, so an unattributed quote that opens one goes to the other speaker
      of the conversation instead of continuing the last speaker's words.
    * ``unwrap_lines``: read a hard-wrapped text (lines of about 70 characters,
      paragraphs apart by a blank line, as digitised books come) with its line breaks
      inside paragraphs as spaces, so that a quote runs on over them.
    """

    include_mentions: bool = attrs.field(default=True, validator=_is_bool)
    min_speech_words: int = attrs.field(
        default=4, validator=[attrs.validators.instance_of(int), attrs.validators.ge(1)]
    )
    dash_dialogue: bool = attrs.field(default=True, validator=_is_bool)
    unwrap_lines: bool = attrs.field(default=True, validator=_is_bool)
    genre: str = attrs.field(
        default="auto", validator=attrs.validators.in_(("auto", "news", "fiction"))
    )
