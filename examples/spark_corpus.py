"""Quotes of a JSON Lines corpus with PySpark: ``mapPartitions``, one Extractor a partition.

Run:  python examples/spark_corpus.py CORPUS.jsonl --out quotes/ [--format jsonl|parquet]
      [--master local[2]]

Each input line is a document (``{"id": …, "text": …}``); the output holds one row per
speech quote: ``doc_id``, ``start``, ``end``, ``text``, ``speaker``, ``rule``, and
``quote``, the JSON of ``Quote.to_dict()``. ``--master local[2]`` (the default) runs on
two local cores; give a cluster's master URL (``spark://host:7077``, ``yarn``) to run
the same job there, with quoteattr installed on the executors. Needs ``pip install
pyspark`` and Java 17 or later.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator

from pyspark.sql import Row, SparkSession

import quoteattr
from quoteattr.io import json_line_texts


def quote_rows(lines: Iterable[str]) -> Iterator[Row]:
    """One partition: documents' lines in, one row per speech quote out."""
    extractor = quoteattr.Extractor()  # built once per partition, not once per document
    for doc_id, text in json_line_texts(lines):  # bad lines are skipped
        for quote in extractor.extract(text):
            if quote.kind is not quoteattr.QuoteKind.SPEECH:
                continue
            yield Row(
                doc_id=doc_id,
                start=quote.span.start,
                end=quote.span.end,
                text=quote.to_dict()["text"],
                speaker=quote.speaker.name if quote.speaker else None,
                rule=quote.rule,
                quote=json.dumps(quote.to_dict(), ensure_ascii=False),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a local path or a URL (hdfs://, s3a://)")
    parser.add_argument("--out", required=True, help="a folder, local or a URL")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("quoteattr")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        lines = spark.sparkContext.textFile(args.input, args.partitions)
        rows = lines.mapPartitions(quote_rows)
        frame = spark.createDataFrame(
            rows, "doc_id string, start long, end long, text string, speaker string, "
            "rule string, quote string",
        )  # fmt: skip
        writer = frame.write.mode("overwrite")
        if args.format == "parquet":
            writer.parquet(args.out)
        else:
            writer.json(args.out)
        print(f"{frame.count()} quotes written to {args.out}/ as {args.format}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
