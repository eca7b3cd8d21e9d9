"""Many texts on several cores: worker processes, results in input order, memory bounded.

>>> from quoteattr import Extractor
>>> texts = ["« Oui », a dit Mme Roux.", "Rien à signaler.", '"Yes," she said.']
>>> [len(quotes) for quotes in extract_many(Extractor(), texts, jobs=2)]
[1, 0, 1]
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import signal
import sys
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING

import more_itertools

from quoteattr.model import Quote

if TYPE_CHECKING:
    from quoteattr.extractor import Extractor

IN_FLIGHT_PER_JOB = 64
"""Texts handed to the workers at a time, per worker: memory stays flat on any corpus."""
CHUNK = 4

_WORKER: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _WORKER
    # Ctrl-C is the parent's to handle: it stops the pool, and no worker prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = extractor


def _extract_in_worker(text: str) -> list[Quote]:
    assert _WORKER is not None, "the worker was started without an extractor"
    return _WORKER.extract(text)


class WorkerPool:
    """*jobs* processes, each with a copy of *extractor*; use it in a ``with`` block."""

    def __init__(self, extractor: Extractor, jobs: int) -> None:
        self.check_jobs(jobs)
        context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        self._pool = context.Pool(jobs, initializer=_start_worker, initargs=(extractor,))

    @staticmethod
    def check_jobs(jobs: object) -> None:
        """Raise ``ValueError`` unless *jobs* is a whole number of processes, 1 or more."""
        if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"jobs must be a whole number of processes, 1 or more; got {jobs!r}")

    def map(self, texts: list[str]) -> Iterator[list[Quote]]:
        """The quotes of each of *texts*, in their order."""
        return self._pool.imap(_extract_in_worker, texts, chunksize=CHUNK)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self._pool.close()
        else:
            self._pool.terminate()
        self._pool.join()


def extract_many(
    extractor: Extractor, texts: Iterable[str], jobs: int = 1
) -> Iterator[list[Quote]]:
    """The quotes of each text, lazily and in input order, on *jobs* processes.

    Texts are read from *texts* as they are needed, ``IN_FLIGHT_PER_JOB * jobs`` at a
    time, so an endless stream of documents runs in bounded memory.
    """
    if jobs == 1:
        for text in texts:
            yield extractor.extract(text)
        return
    with WorkerPool(extractor, jobs) as pool:
        for batch in more_itertools.chunked(texts, IN_FLIGHT_PER_JOB * jobs):
            yield from pool.map(batch)
