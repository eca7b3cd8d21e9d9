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
import threading
from collections.abc import Iterable, Iterator
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

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
    """*jobs* processes, each with a copy of *extractor*; use it in a ``with`` block.

    In the main thread, Ctrl-C while the pool runs is held until the next result comes
    back and raised there as ``KeyboardInterrupt``: raised anywhere else, it could stop the
    main thread inside the pool's own locks, and stopping the pool would then wait for ever.
    """

    def __init__(self, extractor: Extractor, jobs: int) -> None:
        self.check_jobs(jobs)
        context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        self._pool = context.Pool(jobs, initializer=_start_worker, initargs=(extractor,))
        self._interrupted = False
        self._previous_handler: Any = None
        self._holds_interrupts = False

    def _hold_interrupt(self, signum: int, frame: FrameType | None) -> None:
        if self._interrupted:  # a second Ctrl-C: the user insists, stop at once
            raise KeyboardInterrupt
        self._interrupted = True

    def raise_if_interrupted(self) -> None:
        """Raise the ``KeyboardInterrupt`` held since a Ctrl-C, if one came."""
        if self._interrupted:
            raise KeyboardInterrupt

    @staticmethod
    def check_jobs(jobs: object) -> None:
        """Raise ``ValueError`` unless *jobs* is a whole number of processes, 1 or more."""
        if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"jobs must be a whole number of processes, 1 or more; got {jobs!r}")

    def map(self, texts: list[str]) -> Iterator[list[Quote]]:
        """The quotes of each of *texts*, in their order."""
        self.raise_if_interrupted()
        for quotes in self._pool.imap(_extract_in_worker, texts, chunksize=CHUNK):
            self.raise_if_interrupted()
            yield quotes

    def __enter__(self) -> WorkerPool:
        if threading.current_thread() is threading.main_thread():
            self._previous_handler = signal.signal(signal.SIGINT, self._hold_interrupt)
            self._holds_interrupts = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._holds_interrupts:
            signal.signal(signal.SIGINT, self._previous_handler)
            self._holds_interrupts = False
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
    time, so an endless stream of documents runs in bounded memory. With several jobs, a
    Ctrl-C in the main thread is raised when the next result is asked for (see
    ``WorkerPool``); a second one is raised at once.
    """
    if jobs == 1:
        for text in texts:
            yield extractor.extract(text)
        return
    with WorkerPool(extractor, jobs) as pool:
        for batch in more_itertools.chunked(texts, IN_FLIGHT_PER_JOB * jobs):
            yield from pool.map(batch)
