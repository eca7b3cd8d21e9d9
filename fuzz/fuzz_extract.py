"""Coverage-guided fuzzing of extraction and of every output format, with atheris.

Run:  python fuzz/fuzz_extract.py -max_total_time=60 [CORPUS_DIR]

Each input is turned into a ``str`` (lone surrogates included, as JSON can carry them),
extracted in French, English and with the language guessed, checked against the
invariants of ``tests/invariants.py`` and written in all five formats. An input that
breaks anything is a crash: add it to ``fuzz/regressions.json`` (as JSON, so that any
string can be written down) and ``tests/test_fuzz_regressions.py`` keeps it fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    import quoteattr  # noqa: F401  (instrumented for coverage)
    from tests.invariants import check_everything


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    check_everything(provider.ConsumeUnicode(len(data)))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
