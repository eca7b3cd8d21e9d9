"""Quotes of a JSON Lines corpus with Dask: one partition a worker, JSON Lines out.

Run:  python examples/dask_corpus.py CORPUS.jsonl [MORE.jsonl …] --out quotes/ [--workers 2]
      [--scheduler tcp://host:8786]

Each input line is a document (``{"id": …, "text": …}``); each output line is one quote,
``{"doc_id": …, **Quote.to_dict()}``, as ``quoteattr --jsonl`` writes it. Partitions are
written as ``quotes/0.jsonl``, ``quotes/1.jsonl``… in input order. Without
``--scheduler`` the work runs on local processes; with the address of a
``dask.distributed`` scheduler the same script runs on a cluster (each worker needs
quoteattr installed). Needs ``pip install 'dask[bag]'``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import dask.bag as db

import quoteattr
from quoteattr.io import json_line_texts


def quote_records(lines: Iterable[str]) -> Iterator[str]:
    """One partition: the documents' lines in, one JSON line per quote out."""
    extractor = quoteattr.Extractor()  # one per partition, built once
    for doc_id, text in json_line_texts(lines):  # bad lines are skipped
        for quote in extractor.extract(text):
            if quote.kind is quoteattr.QuoteKind.SPEECH:
                yield json.dumps({"doc_id": doc_id, **quote.to_dict()}, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="local paths or URLs (s3://, hdfs://)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the partitions")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", default=None, help="a dask.distributed scheduler address")
    args = parser.parse_args()
    bag = db.read_text(args.inputs, blocksize=None, encoding="utf-8")
    quotes = bag.map_partitions(quote_records)
    args.out.mkdir(parents=True, exist_ok=True)
    target = str(args.out / "*.jsonl")
    if args.scheduler:
        from dask.distributed import Client

        with Client(args.scheduler):
            quotes.to_textfiles(target, encoding="utf-8")
    else:
        quotes.to_textfiles(
            target, encoding="utf-8", compute_kwargs={"scheduler": "processes",
                                                      "num_workers": args.workers}
        )  # fmt: skip
    print(f"quotes written to {args.out}/")


if __name__ == "__main__":
    main()
