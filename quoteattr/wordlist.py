"""Helpers for the engine's patterns: word lists compiled as tries, and SERIAL.

The regex module tries a named list (``\\L<name>``) entry by entry, which costs
microseconds at every position on a list of thousands of verb forms; a trie
fails or succeeds after reading the word once.

>>> pattern = compile_lists(r"(?<!\\p{L})\\L<verbs>(?!\\p{L})", regex.I, verbs=["dit", "dira"])
>>> pattern.search("Il DIRA non.").group()
'DIRA'
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

import regex

SERIAL = False
"""The ``concurrent`` argument of every ``regex`` match, search and scan in the engine.

By default ``regex`` releases the GIL around each call on a ``str`` and takes it back
after, which costs more than most of the short matches the rules make (about 60 ns of a
200 ns call); passed positionally, ``False`` keeps the GIL. Threads still run between
calls.
"""


def word_trie(words: Iterable[str], fold: bool = True) -> str:
    """A pattern matching any of *words*, as a trie: one branch per shared prefix.

    With *fold* the words are lower-cased first (for a pattern compiled with IGNORECASE).

    Longer words are tried first, as with a named list.

    >>> word_trie(["dit", "dira", "dirent"])
    '(?:di(?:r(?:a|ent)|t))'
    >>> bool(regex.fullmatch(word_trie(["a dit", "a", "ajouté"]), "a dit"))
    True
    """
    root: dict[str, Any] = {}
    for word in {w.lower() if fold else w for w in words}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        ends_here = "" in node
        arms = [regex.escape(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if ends_here else body

    return "(?:" + branch(root) + ")" if root else "(?!)"


class Paradigms:
    """Word forms grouped by the word they inflect, one group per verb; iterating gives
    every form.

    Verbs of one conjugation share their endings, so the pattern writes each set of
    endings once, after the trie of the stems that take it: a quarter of the size of
    the trie of every form, compiled four times faster, matching the same words.

    >>> forms = Paradigms([["parle", "parlait", "parlé"], ["donne", "donnait", "donné"]])
    >>> forms.pattern()
    '(?:(?:(?:donn|parl))(?:(?:ait|e|é)))'
    >>> sorted(forms)[:2]
    ['donnait', 'donne']
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self.groups = tuple(frozenset(group) for group in groups)

    def __iter__(self) -> Iterator[str]:
        return iter({form for group in self.groups for form in group})

    def pattern(self, fold: bool = True) -> str:
        """The pattern of every form (lower-cased first with *fold*)."""
        stems_by_endings: dict[frozenset[str], set[str]] = {}
        for group in self.groups:
            forms = sorted({form.lower() for form in group} if fold else group)
            if not forms:
                continue
            stem = os.path.commonprefix(forms)  # noqa: RUF071 -- words, not paths
            endings = frozenset(form[len(stem) :] for form in forms)
            stems_by_endings.setdefault(endings, set()).add(stem)
        arms = []
        for endings, stems in sorted(stems_by_endings.items(), key=lambda item: sorted(item[1])):
            # One form gives the one ending "", and distinct forms distinct endings.
            ending = word_trie([e for e in endings if e], fold=False) if len(endings) > 1 else ""
            if ending and "" in endings:
                ending = f"(?:{ending})?"
            arms.append(word_trie(stems, fold=False) + ending)
        return "(?:" + "|".join(arms) + ")" if arms else "(?!)"


def compile_lists(pattern: str, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """Compile *pattern*, each ``\\L<name>`` in it replaced by the trie of ``lists[name]``
    (a pattern by paradigm when the list is ``Paradigms``).

    With ``regex.IGNORECASE`` in *flags* the words are case folded; without it they match
    as written.
    """
    fold = bool(flags & regex.IGNORECASE)
    for name, words in lists.items():
        if isinstance(words, Paradigms):
            pattern = pattern.replace(rf"\L<{name}>", words.pattern(fold))
        else:
            pattern = pattern.replace(rf"\L<{name}>", word_trie(words, fold))
    return regex.compile(pattern, flags=flags)


_LAST_VISIBLE = regex.compile(
    "[^" + "".join(f"\\U{c:08x}" for c in range(0x3001) if chr(c).isspace()) + "]", regex.REVERSE
)
"""The last character ``str.rstrip()`` would keep (its spaces are those of ``str.isspace``)."""


def text_end_before(text: str, end: int) -> int:
    r"""``len(text[:end].rstrip())``, without copying the text before *end*.

    >>> text_end_before("Il a dit :  \n « oui »", 13)
    10
    """
    last = _LAST_VISIBLE.search(text, 0, end, SERIAL)
    return last.end() if last else 0


WORD_AFTER = regex.compile(r"[\s\p{Zs}]*+(\p{L}+)")
"""The next word (``match`` it where the spaces before that word start)."""
