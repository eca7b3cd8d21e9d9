"""The ``quoteattr`` command: extract quotes from files and corpora, and evaluate.

``quoteattr FILE…`` is short for ``quoteattr extract FILE…``. Run ``quoteattr -h``.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import more_itertools
from tqdm import tqdm

from quoteattr import __version__
from quoteattr.batch import IN_FLIGHT_PER_JOB, WorkerPool
from quoteattr.evaluate import (
    Evaluation,
    GoldDocument,
    GoldFormatError,
    check_scorable,
    evaluate,
    predictions_from_jsonl,
    read_gold,
)
from quoteattr.extractor import Extractor
from quoteattr.io import Document, InputError, read_inputs
from quoteattr.langid import guess_language
from quoteattr.model import Quote, QuoteKind
from quoteattr.output import FORMATS, make_writer

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROGRESS_MIN_DOCUMENTS = 20


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a number of processes: use 1 or more")
    return number


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(
            f"{number} is not an overlap/union ratio: use a number above 0 and at most 1"
        )
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find direct quotations and who said them, in French and English text.",
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract quotes from files, folders or stdin")
    extract.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders (with -r) or - for stdin"
    )
    extract.add_argument(
        "-r", "--recursive", action="store_true", help="read every file in folders"
    )
    extract.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines corpora, one document a line"
    )
    extract.add_argument(
        "--text-field", default="text", help="JSON field that holds the text (default: text)"
    )
    extract.add_argument(
        "--id-field", default="id", help="JSON field that holds the document id (default: id)"
    )
    extract.add_argument(
        "--encoding", default="utf-8", help="encoding of the inputs (default: utf-8)"
    )
    extract.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: table on a terminal, jsonl otherwise)",
    )
    extract.add_argument(
        "--lang",
        choices=("fr", "en", "auto"),
        default="auto",
        help="language of the texts (default: auto)",
    )
    extract.add_argument(
        "--kind",
        choices=("speech", "mention", "all"),
        default="speech",
        help="which quotes to write (default: speech)",
    )
    extract.add_argument(
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes; output keeps the input order",
    )
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar on the terminal"
    )

    score = commands.add_parser(
        "evaluate", help="score the extractor (or predictions) against gold JSON Lines"
    )
    score.add_argument("gold", metavar="GOLD.jsonl")
    score.add_argument(
        "--predictions",
        metavar="FILE",
        help="score these predictions (jsonl output of extract) instead of running the extractor",
    )
    score.add_argument(
        "--threshold",
        type=_threshold,
        default=0.5,
        help="overlap/union needed for a match (default: 0.5)",
    )
    score.add_argument(
        "--errors", action="store_true", help="list missed, spurious and wrongly attributed quotes"
    )
    score.add_argument("--json", action="store_true", help="print the figures as JSON")
    score.add_argument(
        "--min-f1", type=float, default=None, help="exit non-zero when F1 is below this"
    )
    score.add_argument(
        "--min-speaker",
        type=float,
        default=None,
        help="exit non-zero when speaker accuracy is below this",
    )
    return parser  # fmt: skip


def _progress(total: int | None, quiet: bool) -> tqdm[NoReturn]:
    """A progress bar on standard error, shown only on a terminal and for many documents."""
    shown = not quiet and sys.stderr.isatty() and (total is None or total >= PROGRESS_MIN_DOCUMENTS)
    return tqdm(
        total=total, unit=" documents", desc="quoteattr", file=sys.stderr, disable=not shown
    )


def _results(
    items: Iterable[Document | InputError], lang: str | None, jobs: int
) -> Iterator[tuple[Document | InputError, list[Quote]]]:
    """Pair each input with its quotes, in input order, using *jobs* processes."""
    extractor = Extractor(lang=lang)
    if jobs <= 1:
        for item in items:
            yield item, extractor.extract(item.text) if isinstance(item, Document) else []
        return
    with WorkerPool(extractor, jobs) as pool:
        for batch in more_itertools.chunked(items, IN_FLIGHT_PER_JOB * jobs):
            results = pool.map([item.text for item in batch if isinstance(item, Document)])
            for item in batch:
                yield item, next(results) if isinstance(item, Document) else []


def run_extract(args: argparse.Namespace, out: TextIO) -> int:
    """The ``extract`` command; returns the exit status."""
    lang = None if args.lang == "auto" else args.lang
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    writer = make_writer(fmt, out)
    items = read_inputs(
        args.inputs,
        recursive=args.recursive,
        encoding=args.encoding,
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
    )
    failures = 0
    progress = _progress(None if args.jsonl or args.recursive else len(args.inputs), args.quiet)
    writer.begin()
    try:
        for item, quotes in _results(items, lang, max(1, args.jobs)):
            progress.update()
            if isinstance(item, InputError):
                failures += 1
                print(f"quoteattr: {item}", file=sys.stderr)
                continue
            if args.kind != "all":
                quotes = [q for q in quotes if q.kind is QuoteKind(args.kind)]
            writer.document(item.id, item.text, quotes, lang or guess_language(item.text))
    except KeyboardInterrupt:
        writer.end()
        progress.close()
        print("quoteattr: interrupted; what was written so far is complete", file=sys.stderr)
        return EXIT_INTERRUPTED
    writer.end()
    progress.close()
    if failures:
        print(f"quoteattr: {failures} input(s) could not be read", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    before = " ".join(text[max(0, start - width) : start].split())
    inside = " ".join(text[start:end].split())
    after = " ".join(text[end : end + width].split())
    return f"…{before} [[{inside}]] {after}…"


def _print_report(
    result: Evaluation, documents: dict[str, GoldDocument], errors: bool, out: TextIO
) -> None:
    c = result.counts
    out.write(
        f"quotes   precision {result.precision:.4f}  recall {result.recall:.4f}  F1 {result.f1:.4f}"
        f"   (tp {c.true_positives}, fp {c.false_positives}, fn {c.false_negatives};"
        f" threshold {result.threshold})\n"
        f"speakers accuracy {result.speaker_accuracy:.4f}"
        f"   ({result.speaker_correct} right of {result.speaker_total}"
        " matched quotes with a gold speaker)\n"
    )
    gold_addressees, predicted_addressees, right_addressees = result.addressees
    if gold_addressees:
        out.write(
            f"addressees precision {right_addressees / max(predicted_addressees, 1):.4f}"
            f"  recall {right_addressees / gold_addressees:.4f}   ({right_addressees} right of"
            f" {predicted_addressees} given; {gold_addressees} matched quotes with a gold one)\n"
        )
    if result.speaker_total > result.speaker_correct:
        out.write("\nwrong speakers by kind\n")
        for kind, count in result.speaker_errors.items():
            out.write(f"  {kind:24} {count:6}\n")
    for title, table in (("rule", result.by_rule), ("style", result.by_style)):
        out.write(f"\nby {title} (predicted speech units)\n")
        for key, counts in sorted(
            table.items(), key=lambda item: -item[1].true_positives - item[1].false_positives
        ):
            out.write(
                f"  {key:24} tp {counts.true_positives:6}  fp {counts.false_positives:6}"
                f"  precision {counts.precision:.4f}\n"
            )
    if not errors:
        return
    out.write("\nmissed\n")
    for doc_id, _, (start, end) in result.missed:
        out.write(f"  {doc_id}: {_context(documents[doc_id].text, start, end)}\n")
    out.write("\nspurious\n")
    for unit in result.spurious:
        out.write(
            f"  {unit.doc_id}: {_context(documents[unit.doc_id].text, unit.start, unit.end)}\n"
        )
    out.write("\nwrong speaker\n")
    for match in result.matches:
        if match.speaker_right is False:
            quote = match.predicted.quote
            got = quote.speaker.name if quote.speaker else None
            out.write(
                f"  {match.doc_id}: [{match.speaker_error}] gold {match.gold.speaker!r},"
                f" got {got!r} by {quote.rule}: "
                f"{_context(documents[match.doc_id].text, *match.gold_unit)}\n"
            )  # fmt: skip


def run_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    """The ``evaluate`` command; returns the exit status."""
    try:
        documents = {d.id: d for d in read_gold(args.gold)}
        predicted = predictions_from_jsonl(args.predictions) if args.predictions else None
        check_scorable(args.gold, documents, predicted)
    except FileNotFoundError as error:
        print(f"quoteattr: {error.filename}: no such file", file=sys.stderr)
        return EXIT_USAGE
    except (GoldFormatError, ValueError) as error:
        print(f"quoteattr: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"quoteattr: {error.filename}: cannot be read ({error.strerror})", file=sys.stderr)
        return EXIT_USAGE
    predict = None if predicted is None else (lambda doc: predicted.get(doc.id, []))
    result = evaluate(documents.values(), predict=predict, threshold=args.threshold)
    if args.json:
        summary = result.summary()
        if args.errors:
            summary["missed"] = [
                {"doc_id": d, "start": s, "end": e} for d, _, (s, e) in result.missed
            ]
            summary["spurious"] = [
                {"doc_id": u.doc_id, "start": u.start, "end": u.end} for u in result.spurious
            ]
        out.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_report(result, documents, args.errors, out)
    status = EXIT_OK
    if args.min_f1 is not None and result.f1 < args.min_f1:
        print(f"quoteattr: F1 {result.f1:.4f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        status = EXIT_FAILED
    if args.min_speaker is not None and result.speaker_accuracy < args.min_speaker:
        print(
            f"quoteattr: speaker accuracy {result.speaker_accuracy:.4f}"
            f" is below --min-speaker {args.min_speaker}",
            file=sys.stderr,
        )
        status = EXIT_FAILED
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: the process arguments); return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] not in ("extract", "evaluate", "-h", "--help", "--version"):
        arguments.insert(0, "extract")  # "quoteattr FILE…" and "quoteattr -r DIR" extract
    args = _parser().parse_args(arguments)
    try:
        if args.command == "extract":
            if args.output:
                return _extract_to_file(args, args.output)
            return run_extract(args, sys.stdout)
        return run_evaluate(args, sys.stdout)
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK


def _extract_to_file(args: argparse.Namespace, path: str) -> int:
    target = Path(path)
    if target.is_file() and any(
        source != "-" and Path(source).is_file() and target.samefile(source)
        for source in args.inputs
    ):
        print(f"quoteattr: {path} is also an input; write the output elsewhere", file=sys.stderr)
        return EXIT_USAGE
    try:
        out = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as error:
        print(f"quoteattr: cannot write {path}: {_why(error)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with out:
            return run_extract(args, out)
    except OSError as error:  # a full disk, a device gone while writing
        print(f"quoteattr: writing {path} failed: {_why(error)}", file=sys.stderr)
        return EXIT_USAGE


def _why(error: OSError) -> str:
    advice = {
        "ENOENT": "its folder does not exist; create it first",
        "EISDIR": "it is a folder; give a file name",
        "EACCES": "permission denied; choose a place you can write to",
        "EROFS": "the file system is read-only",
        "ENOSPC": "no space left on the device",
    }
    name = errno.errorcode.get(error.errno or 0, "")
    return advice.get(name, error.strerror or str(error))
