"""Extractor.extract_many: the same quotes as one call per text, in order, memory bounded."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator

import pytest

import quoteattr
from quoteattr.batch import IN_FLIGHT_PER_JOB, WorkerPool

TEXTS = [
    "« Nous tiendrons », a déclaré Mme Claire Vidal.",
    '"We will not back down," the senator said.',
    "Rien à signaler ce jour-là.",
    "Elle a ajouté : « Le budget sera tenu. »",
] * 25


@pytest.mark.parametrize("jobs", [1, 2])
def test_same_quotes_as_one_call_each_in_input_order(jobs: int) -> None:
    extractor = quoteattr.Extractor()
    expected = [extractor.extract(text) for text in TEXTS]
    assert list(extractor.extract_many(TEXTS, jobs=jobs)) == expected


def test_texts_are_read_as_they_are_needed() -> None:
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield TEXTS[taken % len(TEXTS)]

    results = quoteattr.Extractor(lang="fr").extract_many(endless(), jobs=2)
    for _ in range(10):
        next(results)
    assert taken <= 2 * IN_FLIGHT_PER_JOB * 2
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2"])
def test_a_bad_number_of_jobs_is_refused_at_once(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs must be a whole number"):
        quoteattr.Extractor().extract_many(TEXTS, jobs=jobs)  # type: ignore[arg-type]


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill with SIGINT is POSIX")
def test_ctrl_c_in_a_worker_pool_waits_for_the_next_result_and_restores_the_handler() -> None:
    # raised at once, a Ctrl-C could stop the main thread inside the pool's locks
    before = signal.getsignal(signal.SIGINT)
    reached = False
    pool = WorkerPool(quoteattr.Extractor(lang="fr"), 2)
    with pytest.raises(KeyboardInterrupt), pool:  # noqa: PT012 - the signal is sent inside
        results = pool.map(["« Oui », dit-il."] * 20)
        next(results)
        os.kill(os.getpid(), signal.SIGINT)
        reached = True
        next(results)
    assert reached
    assert signal.getsignal(signal.SIGINT) is before
