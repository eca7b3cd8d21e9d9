"""Scan the quotation marks of a text once and pair them into quote spans.

The scan is one pass over the marks (found by a single compiled pattern, so the
text between marks is never looked at in Python) with a stack of open quotes. A
paragraph break closes whatever is still open, unless the next paragraph reopens
the quote the way French and English typography continue a long quotation; a
stray closing mark is skipped. So one bad mark never shifts the pairing of the
marks after its paragraph.

>>> [(f.family, f.span) for f in find_quotes('Il a dit « oui » et "non".')]
[('guillemets', Span(start=9, end=16)), ('straight_double', Span(start=20, end=25))]
"""

from __future__ import annotations

import attrs
import regex

from quoteattr.marks import (
    CLOSERS,
    CLOSING_CONTEXT,
    DIALOGUE_DASHES,
    FAMILIES,
    OPENERS,
    OPENING_CONTEXT,
    Family,
)
from quoteattr.model import Span
from quoteattr.wordlist import SERIAL

DASH_FAMILY = "dash"
MAX_DEPTH = 64
"""Deeper nesting than this is not prose; further openers are ignored."""

_HSPACE = "[ \\t\\u00a0\\u2009\\u202f]"
_TOKEN = regex.compile(
    rf"""
      (?P<nl>\n|\r(?!\n)|[\u2028\u2029\x85\x0b\x0c])  # a line end, as splitlines has it
    | (?P<dash>(?:--|—|–)  # every branch starts with its character: the engine skips ahead
        (?<=(?:^{_HSPACE}*|[.!?…:»"”][)]?{_HSPACE}{{1,3}})(?:--|—|–))
        (?={_HSPACE}*[\p{{Lu}}\p{{N}}«“"'¿¡…(\[])
      )
    | (?P<mark>``|''|[«»‹›“”„‚"]|(?<!\p{{L}})[‘’']|[‘’'](?!\p{{L}}))
    """,
    regex.MULTILINE | regex.VERBOSE,
)
_LEADING_SPACE = regex.compile(r"[\s\p{Zs}]*+")
_SYMMETRIC = frozenset({'"', "'", "''"})
_SINGLE_MARKS = frozenset({"'", "‘", "’", "‚", "‹", "›"})
_ALWAYS_CLOSING = frozenset("«»‹›”’")
"""Marks that close the open quote they match whatever surrounds them."""
_WRONG_WAY = frozenset("«“")
_PARAGRAPH_DONE = regex.compile(r"[.!?…:;][\s\p{Zs}\p{Pf}\p{Pe}\"]*+$", regex.REVERSE)
"""A paragraph that ends on a finished sentence, as a quote continued by reopening does."""
_DECADE = regex.compile(r"\d\ds?\b")
_ELISION = regex.compile(
    r"(?i:em|tis|twas|twere|twill|twould|til|cause|bout|ere|im|er|ave|is|ow|ome|ad|appen)"
    r"(?![\p{L}'’])"
)
"""Words English dialect writes with an apostrophe for a dropped opening ('em, 'tis,
'cause, 'ave): the mark opens no quote. Only after a space inside a quote already open,
where a quote would nest in double marks ("not for 'em all")."""


@attrs.define
class Found:
    """A quote as the scan paired it, before classification.

    ``span`` runs from the opening mark to the end of the closing mark (or of the
    content when the quote is unclosed); ``content`` is what lies between the
    marks, without the spaces next to them. Never changed once built; not frozen only
    because a frozen class is twice as slow to build (see ``Mention``).
    """

    family: str
    span: Span
    content: Span
    unclosed: bool
    inner: tuple[Found, ...]
    paragraphs: tuple[Span, ...] = ()
    """For a quotation that runs over several paragraphs, the content of each (without
    the paragraph break and the mark that reopens it); empty for one paragraph."""

    @property
    def parts(self) -> tuple[Span, ...]:
        """What the quote says, as spans of the text: its paragraphs, or its content."""
        return self.paragraphs or (self.content,)


@attrs.define
class _Open:
    family: str
    start: int
    end: int
    inner: list[Found] = attrs.Factory(list)
    fallback: tuple[int, int] | None = None
    breaks: list[tuple[int, int]] = attrs.Factory(list)
    """Where the quotation's paragraphs end and the next ones start again."""


def _paragraphs(
    text: str, content: tuple[int, int], breaks: list[tuple[int, int]]
) -> tuple[Span, ...]:
    """The content cut at the paragraph breaks of a long quotation, each part trimmed."""
    if not breaks:
        return ()
    parts = []
    start = content[0]
    for end, restart in breaks:
        if end > start and restart <= content[1]:
            part = _trimmed(text, start, end)
            if part[0] < part[1]:
                parts.append(Span(*part))
            start = restart
    last = _trimmed(text, start, content[1])
    if last[0] < last[1]:
        parts.append(Span(*last))
    return tuple(parts) if len(parts) > 1 else ()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    """The state of one scan; see :func:`find_quotes`."""

    def __init__(self, text: str, dash_dialogue: bool) -> None:
        self.text = text
        self.dash_dialogue = dash_dialogue
        self.stack: list[_Open] = []
        self.open_count: dict[str, int] = {}
        self.found: list[Found] = []
        self.skip_at = -1

    def run(self) -> list[Found]:
        text = self.text
        for match in _TOKEN.finditer(text, None, None, False, SERIAL):
            start, end = match.span()
            group = match.lastgroup
            if group == "nl":
                if self.stack:
                    self.paragraph_end(start, end)
            elif start == self.skip_at:
                self.skip_at = -1
            elif group == "dash":
                self.dash(start, end)
            else:
                mark = match.group()
                stack = self.stack
                # The two commonest cases, decided as mark() would decide them: « with
                # nothing open opens guillemets, » closes the guillemets on top.
                if mark == "«" and not stack:
                    self.push("guillemets", start, end)
                elif mark == "»" and stack and stack[-1].family == "guillemets":
                    self.close_top(start, end)
                else:
                    self.mark(mark, start, end)
        self.paragraph_end(len(text), len(text))
        return self.found

    # -- the stack -------------------------------------------------------------

    def push(self, family: str, start: int, end: int) -> None:
        if len(self.stack) >= MAX_DEPTH:
            return
        self.stack.append(_Open(family, start, end))
        self.open_count[family] = self.open_count.get(family, 0) + 1

    def pop(self) -> _Open:
        entry = self.stack.pop()
        self.open_count[entry.family] -= 1
        return entry

    def emit(self, found: Found | None) -> None:
        if found is None:
            return
        if self.stack:
            self.stack[-1].inner.append(found)
            fallback = self.stack[0].fallback
            if fallback is not None and fallback[0] < found.span.end:
                self.stack[0].fallback = None
        else:
            self.found.append(found)

    def close_top(self, close_start: int, close_end: int) -> None:
        entry = self.pop()
        content = _trimmed(self.text, entry.end, close_start)
        if content[0] == content[1]:
            self.emit_many(entry.inner)
            return
        self.emit(
            Found(
                entry.family,
                Span(entry.start, close_end),
                Span(*content),
                unclosed=False,
                inner=tuple(entry.inner),
                paragraphs=_paragraphs(self.text, content, entry.breaks),
            )
        )

    def discard_above(self, depth: int) -> None:
        """Drop the entries above *depth*, keeping the quotes they held."""
        while len(self.stack) > depth:
            entry = self.pop()
            self.emit_many(entry.inner)

    def emit_many(self, quotes: list[Found]) -> None:
        for quote in quotes:
            self.emit(quote)

    def close_open_end(self, entry: _Open, end: int, unclosed: bool) -> Found | None:
        content = _trimmed(self.text, entry.end, end)
        if content[0] == content[1]:
            return None
        return Found(
            entry.family,
            Span(entry.start, content[1]),
            Span(*content),
            unclosed=unclosed,
            inner=tuple(entry.inner),
            paragraphs=_paragraphs(self.text, content, entry.breaks),
        )

    # -- events ----------------------------------------------------------------

    def paragraph_end(self, start: int, end: int) -> None:
        if not self.stack:
            return
        self.discard_above(1)
        entry = self.stack[0]
        if entry.family != DASH_FAMILY:
            reopen_at = _LEADING_SPACE.match(self.text, end, None, SERIAL).end()
            family = FAMILIES[entry.family]
            if end < len(self.text) and _PARAGRAPH_DONE.match(self.text, entry.end, start, SERIAL):
                if self.text.startswith(family.reopeners, reopen_at):
                    self.skip_at = reopen_at
                    mark = next(m for m in family.reopeners if self.text.startswith(m, reopen_at))
                    entry.breaks.append((start, reopen_at + len(mark)))
                    return
                if (
                    family.carries_over
                    and not (
                        self.dash_dialogue and self.text.startswith(DIALOGUE_DASHES, reopen_at)
                    )
                    and self._closed_next(family, reopen_at)
                ):  # a paragraph opening with a dash is the next turn, not more of the quote
                    entry.breaks.append((start, reopen_at))
                    return
        self.pop()
        if entry.family == DASH_FAMILY:
            self.emit(self.close_open_end(entry, start, unclosed=False))
        elif entry.fallback is not None:
            fallback_start, fallback_end = entry.fallback
            self.stack.append(entry)
            self.open_count[entry.family] += 1
            self.close_top(fallback_start, fallback_end)
        elif FAMILIES[entry.family].double:
            self.emit(self.close_open_end(entry, start, unclosed=True))
        else:
            self.emit_many(entry.inner)

    def _closed_next(self, family: Family, start: int) -> bool:
        """Whether the paragraph at *start* closes *family* before it opens it again."""
        end = self.text.find("\n", start)
        paragraph = self.text[start : len(self.text) if end < 0 else end]
        closing = min((at for at in map(paragraph.find, family.closers) if at >= 0), default=-1)
        if closing < 0:
            return False
        return not any(paragraph.find(mark, 0, closing) >= 0 for mark in family.openers)

    def dash(self, start: int, end: int) -> None:
        if not self.dash_dialogue:
            return
        if self.stack:
            if self.stack[0].family != DASH_FAMILY:
                return  # a dash inside a quotation is the quotation's
            self.discard_above(1)  # a new turn ends whatever the last one left open
            self.emit(self.close_open_end(self.pop(), start, unclosed=False))
        mark_start = _LEADING_SPACE.match(self.text, start, None, SERIAL).end()
        self.push(DASH_FAMILY, mark_start, end)

    def mark(self, mark: str, start: int, end: int) -> None:
        text = self.text
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        left = (before.isspace() or before in OPENING_CONTEXT) and not after.isspace()
        right = not before.isspace() and (after.isspace() or after in CLOSING_CONTEXT)
        closes = CLOSERS.get(mark, frozenset())
        opens = OPENERS.get(mark, frozenset())
        stack = self.stack
        top = stack[-1].family if stack else None
        if mark == "»" and top == DASH_FAMILY and len(stack) == 1 and not after.isalnum():
            # « … ⏎ — … ⏎ — Cela passera », reprit-il.: the last turn of a conversation in
            # guillemets ends at the mark that closes the conversation; what follows is
            # the narration's
            self.emit(self.close_open_end(self.pop(), start, unclosed=False))
            return

        if top in closes and (mark in _ALWAYS_CLOSING or right or not left):
            self.close_top(start, end)
            return
        if (
            mark == "“"
            and top == "curly_double"
            and len(stack) == 1
            and left
            and _PARAGRAPH_DONE.match(text, stack[-1].end, start, SERIAL)
        ):
            # “… flawed. “So, what you have …”: English nests with single marks, so a
            # second “ after a finished sentence starts the next paragraph of a long
            # quotation whose paragraph break was lost; the first part stays unclosed
            self.emit(self.close_open_end(self.pop(), start, unclosed=True))
            self.push("curly_double", start, end)
            return
        if right and not left:
            if top in opens and mark in _WRONG_WAY:  # a closing mark turned the wrong way: « … «
                self.close_top(start, end)
                return
            for family in closes:
                if self.open_count.get(family):
                    depth = max(i for i, e in enumerate(stack) if e.family == family)
                    self.discard_above(depth + 1)
                    self.close_top(start, end)
                    return
        opening = self.opening_family(mark, opens, left, right, before, after, end)
        if opening is not None:
            self.push(opening, start, end)
        elif stack and mark not in _SINGLE_MARKS and closes:
            stack[0].fallback = (start, end)

    def opening_family(
        self,
        mark: str,
        opens: frozenset[str],
        left: bool,
        right: bool,
        before: str,
        after: str,
        end: int,
    ) -> str | None:
        if not opens:
            return None
        if mark == "»" or mark == "›":  # reversed only when tight: »Nein«
            if not left or not after.isalnum() or self.open_count.get("guillemets"):
                return None
        elif mark == "«" or mark == "‹":
            pass
        elif mark in _SYMMETRIC or mark in _SINGLE_MARKS:
            if not left and not (mark == '"' and not right and not before.isspace()):
                return None
            if mark in ("'", "‘") and _DECADE.match(self.text, end, None, SERIAL):
                return None
            if (
                mark == "'"
                and self.open_count.get("straight_single")
                and _ELISION.match(self.text, end, None, SERIAL)
            ):
                return None
        elif right and not left:
            return None
        if mark == "''":
            return "newswire"
        (family,) = opens
        return family


def find_quotes(text: str, dash_dialogue: bool = True) -> list[Found]:
    """Return the outermost quotes of *text*, in order, with nested ones inside.

    >>> found = find_quotes("« Il a parlé d’une “ erreur ” », dit-elle.")
    >>> found[0].span, found[0].inner[0].family
    (Span(start=0, end=31), 'curly_double')
    >>> find_quotes("« Pas de fin\\n\\nAutre paragraphe »")[0].unclosed
    True
    """
    return _Scanner(text, dash_dialogue).run()
