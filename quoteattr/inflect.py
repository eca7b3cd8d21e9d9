"""Generate the forms of reporting verbs from their lemmas.

French verbs are conjugated in the third person of the tenses news and fiction
use (present, imperfect, simple past, future, conditional, and the compound
tenses through their participles); irregular verbs follow the paradigm in
``quoteattr.lang.fr.IRREGULAR_PARADIGMS`` whose ending they share.

>>> forms = french_verb("s'exclamer")
>>> sorted(forms.finite)[:3]
['exclama', 'exclamaient', 'exclamait']
>>> "s'est exclamée" in forms.phrases()
True
>>> "a-t-il ajouté" in french_verb("ajouter").phrases()
True
"""

from __future__ import annotations

import functools

import attrs

from quoteattr.lang import en, fr

_VOWELS = frozenset("aeiouyhâàéèêëîïôûùœ")


@attrs.frozen
class FrenchVerb:
    """The generated forms of one French reporting verb.

    ``finite`` holds one-word finite forms (without the reflexive pronoun of a
    pronominal verb); ``tail`` is the rest of a multi-word lemma ("en garde").
    """

    lemma: str
    pronominal: bool
    finite: frozenset[str]
    singular: frozenset[str]
    participles: frozenset[str]
    present_participle: str
    tail: str = ""
    first_person: frozenset[str] = frozenset()
    """The narrator's forms: simple past and imperfect, first person singular
    (« répondis-je », « je demandai », « disais-je »)."""

    def phrases(self) -> frozenset[str]:
        """Every full phrase: plain, inverted, compound, pronominal and agreed forms."""
        tail = f" {self.tail}" if self.tail else ""
        out: set[str] = set()
        for form in self.finite:
            clitics = ("il", "elle", "on") if form in self.singular else ("ils", "elles")
            joiner = "-" if form[-1] in "td" else "-t-"
            if self.pronominal:
                out.add(f"{_reflexive(form)}{form}{tail}")
                out.update(f"{_reflexive(form)}{form}{joiner}{c}{tail}" for c in clitics)
            else:
                out.add(f"{form}{tail}")
                out.update(f"{form}{joiner}{c}{tail}" for c in clitics)
        auxiliaries = fr.AUXILIARY_ETRE if self.pronominal else fr.AUXILIARY_AVOIR
        base = self.participle_base
        agreed = {
            "il": base, "on": base, "elle": base + "e",
            "ils": base if base[-1] in "sx" else base + "s", "elles": base + "es",
        }  # fmt: skip
        for aux in auxiliaries:
            clitics = ("ils", "elles") if aux.endswith("nt") else ("il", "elle", "on")
            joiner = "-" if aux[-1] in "td" else "-t-"
            reflexive = _reflexive(aux) if self.pronominal else ""
            for clitic in clitics:
                participle = agreed[clitic] if self.pronominal else base
                out.add(f"{reflexive}{aux} {participle}{tail}")
                out.add(f"{reflexive}{aux}{joiner}{clitic} {participle}{tail}")
        return frozenset(out)

    @property
    def participle_base(self) -> str:
        return min(self.participles, key=len)


def _reflexive(form: str) -> str:
    return "s'" if form[0] in _VOWELS else "se "


def _participles(base: str) -> frozenset[str]:
    if base.endswith(("s", "x")):
        return frozenset({base, base + "e", base + "es"})
    return frozenset({base, base + "e", base + "s", base + "es"})


def _paradigm(lemma: str) -> tuple[str, ...]:
    """Present 3sg/3pl, imperfect stem, simple past 3sg/3pl, future stem, participle, gerund."""
    for ending in sorted(fr.IRREGULAR_PARADIGMS, key=len, reverse=True):
        if lemma.endswith(ending):
            prefix = lemma[: -len(ending)]
            return tuple(prefix + part for part in fr.IRREGULAR_PARADIGMS[ending])
    if lemma.endswith("er"):
        return _first_group(lemma[:-2])
    if lemma.endswith("ir") and lemma not in fr.IR_WITHOUT_ISS:
        stem = lemma[:-2]
        return (stem + "it", stem + "issent", stem + "iss", stem + "it", stem + "irent",
                lemma, stem + "i", stem + "issant")  # fmt: skip
    if lemma.endswith("ir"):  # sentir: sent, sentent, sentait, sentit, senti, sentant
        stem, last = lemma[:-3], lemma[-3]
        return (stem + "t", stem + last + "ent", stem + last, stem + last + "it",
                stem + last + "irent", lemma, stem + last + "i", stem + last + "ant")  # fmt: skip
    if lemma.endswith("dre"):
        stem = lemma[:-2]
        return (stem, stem + "ent", stem, stem + "it", stem + "irent", lemma[:-1], stem + "u",
                stem + "ant")  # fmt: skip
    stem = lemma[:-2] if lemma.endswith("re") else lemma
    return (stem + "t", stem + "ent", stem, stem + "it", stem + "irent", lemma[:-1], stem + "u",
            stem + "ant")  # fmt: skip


def _first_group(stem: str) -> tuple[str, ...]:
    hard = stem  # before a, o: lanç-a, juge-a
    if stem.endswith("c"):
        hard = stem[:-1] + "ç"
    elif stem.endswith("g"):
        hard = stem + "e"
    silent = stem  # before a mute e: lève, rappelle, appuie, répète
    if len(stem) > 2 and stem[-3] in _VOWELS and stem[-2] in "eé":
        pass  # tweeter, créer: the e is part of a vowel pair and does not change
    elif stem + "er" in fr.GRAVE_ELER_ETER:
        silent = stem[:-2] + "è" + stem[-1]
    elif stem.endswith(("el", "et")) and not stem.endswith(("ell", "ett")):
        silent = stem + stem[-1]
    elif stem.endswith("y") and not stem.endswith("ay"):
        silent = stem[:-1] + "i"
    elif len(stem) > 2 and stem[-2] in "eé" and stem[-1] not in _VOWELS:
        silent = stem[:-2] + "è" + stem[-1]
    elif len(stem) > 3 and stem[-3] in "eé" and stem[-2:] in ("tr", "vr", "br", "gr", "cr"):
        silent = stem[:-3] + "è" + stem[-2:]
    future = (silent if stem[-2:-1] == "e" or stem.endswith("y") else stem) + "er"
    return (silent + "e", silent + "ent", hard, hard + "a", stem + "èrent", future, stem + "é",
            hard + "ant")  # fmt: skip


@functools.cache
def french_verb(lemma: str) -> FrenchVerb:
    """Conjugate one French reporting verb given as its lemma ("s'écrier", "dire")."""
    pronominal = lemma.startswith(("s'", "se "))
    bare = lemma[2:] if lemma.startswith("s'") else lemma[3:] if pronominal else lemma
    verb, _, tail = bare.partition(" ")
    p3s, p3p, imperfect, past, past_plural, future, participle, gerund = _paradigm(verb)
    singular = {p3s, imperfect + "ait", past, future + "a", future + "ait"}
    plural = {p3p, imperfect + "aient", past_plural, future + "ont", future + "aient"}
    # the simple past's first person from its third: demanda → demandai, dit → dis
    past_first = past
    if past.endswith("a"):
        past_first = past + "i"
    elif past.endswith("t"):
        past_first = past[:-1] + "s"
    return FrenchVerb(
        lemma=lemma,
        pronominal=pronominal,
        finite=frozenset(singular | plural),
        singular=frozenset(singular),
        participles=_participles(participle),
        present_participle=gerund,
        tail=tail,
        first_person=frozenset({past_first, imperfect + "ais"}),
    )


def french_lexicon() -> tuple[FrenchVerb, ...]:
    """Every reporting verb of ``quoteattr.lang.fr``, incise-only ones included, conjugated."""
    lemmas = dict.fromkeys(fr.REPORTING_VERBS + fr.INCISE_ONLY_VERBS)
    return tuple(french_verb(lemma) for lemma in lemmas)


@attrs.frozen
class EnglishVerb:
    """The generated forms of one English reporting verb ("point out" keeps its particle)."""

    lemma: str
    present: frozenset[str]
    past: str
    participle: str
    gerund: str
    particle: str = ""

    def forms(self) -> frozenset[str]:
        """The one-word forms with their particle: says, said, saying, pointed out…"""
        tail = f" {self.particle}" if self.particle else ""
        words = {*self.present, self.past, self.participle, self.gerund}
        return frozenset(f"{word}{tail}" for word in words)

    def phrases(self) -> frozenset[str]:
        """Full verb groups of news writing: said, has said, had told, was saying, will say."""
        tail = f" {self.particle}" if self.particle else ""
        base = min(self.present, key=len)
        out = set(self.forms())
        out.update(f"{aux} {self.participle}{tail}" for aux in ("has", "have", "had"))
        out.update(f"{aux} {self.gerund}{tail}" for aux in ("is", "are", "was", "were"))
        out.update(f"{aux} {base}{tail}" for aux in ("will", "would", "did", "does"))
        return frozenset(out)


def _english_third_person(verb: str) -> str:
    if verb.endswith(("s", "x", "z", "ch", "sh")) or verb in ("go", "do", "echo"):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


def _english_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _english_gerund(verb: str, past: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    doubled = past[len(verb) : len(verb) + 1]
    if past.endswith("ed") and doubled and doubled == verb[-1] and past.startswith(verb):
        return verb + doubled + "ing"  # quip, quipped, quipping
    return verb + "ing"


@functools.cache
def english_verb(lemma: str) -> EnglishVerb:
    """Inflect one English reporting verb ("say", "point out").

    >>> verb = english_verb("quip")
    >>> sorted(verb.forms())
    ['quip', 'quipped', 'quipping', 'quips']
    >>> "has pointed out" in english_verb("point out").phrases()
    True
    """
    verb, _, particle = lemma.partition(" ")
    past, participle = en.IRREGULAR_VERBS.get(verb, (_english_past(verb), _english_past(verb)))
    return EnglishVerb(
        lemma=lemma,
        present=frozenset({verb, _english_third_person(verb)}),
        past=past,
        participle=participle,
        gerund=_english_gerund(verb, past),
        particle=particle,
    )


def english_lexicon() -> tuple[EnglishVerb, ...]:
    """Every reporting verb of ``quoteattr.lang.en``, incise-only ones included, inflected."""
    lemmas = dict.fromkeys(en.REPORTING_VERBS + en.INCISE_ONLY_VERBS)
    return tuple(english_verb(lemma) for lemma in lemmas)
