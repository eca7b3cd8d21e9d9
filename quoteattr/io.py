"""Read documents from files, directories, standard input and JSON Lines corpora.

Reading never stops at a bad input: each problem is yielded as an
:class:`InputError` naming the file (and line), and the good documents around it
still come through.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("« Oui », dit-il.", encoding="utf-8")
>>> [item.id for item in read_inputs([str(folder / "a.txt"), str(folder / "missing.txt")])]
['a.txt', 'missing.txt']
>>> [type(item).__name__ for item in read_inputs([str(folder)])]
['InputError']
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs


@attrs.frozen
class Document:
    """One text to extract from, with where it came from."""

    id: str
    text: str
    source: str
    line: int | None = None


@attrs.frozen
class InputError:
    """An input that could not be read, with a message that says what to do."""

    id: str
    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        return f"{where}: {self.message}"


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _encoding_advice(data: bytes, encoding: str) -> str:
    """What to pass as ``--encoding`` for bytes that are not *encoding*."""
    if data.startswith(_UTF16_BOMS) or data[:200].count(0) > len(data[:200]) // 4:
        return "it looks like UTF-16: pass --encoding utf-16"
    return "pass --encoding with the file's encoding, for example --encoding latin-1"


def _decode(data: bytes, source: str, encoding: str, doc_id: str) -> str | InputError:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return InputError(
            doc_id,
            source,
            f"not {encoding} text (byte {error.start}); {_encoding_advice(data, encoding)}",
        )
    except LookupError:
        return InputError(doc_id, source, f"unknown encoding {encoding!r}")
    return text.removeprefix("\ufeff")


def _jsonl_record(
    line: str, number: int, source: str, stem: str, text_field: str, id_field: str
) -> Document | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"{stem}:{number}", source, f"malformed JSON ({error.msg})", number)
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        return InputError(
            f"{stem}:{number}",
            source,
            f"no string field {text_field!r}; choose the field with --text-field",
            number,
        )
    doc_id = record.get(id_field)
    return Document(
        str(doc_id) if doc_id is not None else f"{stem}:{number}",
        record[text_field],
        source,
        number,
    )


def _jsonl_stream(
    handle: BinaryIO, source: str, encoding: str, text_field: str, id_field: str
) -> Iterator[Document | InputError]:
    """One document a line, read as it comes: memory holds one line, whatever the corpus.

    Lines end at ``\n`` only: JSON strings may hold a raw U+2028 or U+0085, which
    ``str.splitlines`` would take for line ends.
    """
    stem = Path(source).name
    for number, raw in enumerate(handle, 1):
        line = _decode(raw, source, encoding, f"{stem}:{number}")
        if isinstance(line, InputError):
            yield attrs.evolve(line, line=number)
            continue
        if line.strip():
            yield _jsonl_record(line, number, source, stem, text_field, id_field)


def _read_one(
    path: Path,
    source: str,
    doc_id: str,
    encoding: str,
    jsonl: bool,
    text_field: str,
    id_field: str,
) -> Iterator[Document | InputError]:
    try:
        if source == "-":
            handle: BinaryIO = sys.stdin.buffer
        else:
            handle = open(path, "rb")  # noqa: SIM115 (closed below, after streaming)
    except FileNotFoundError:
        broken = path.is_symlink()
        yield InputError(doc_id, source, "broken symbolic link" if broken else "no such file")
        return
    except OSError as error:
        yield InputError(doc_id, source, f"cannot be read ({error.strerror})")
        return
    try:
        if jsonl:
            yield from _jsonl_stream(handle, source, encoding, text_field, id_field)
            return
        text = _decode(handle.read(), source, encoding, doc_id)
    except OSError as error:
        yield InputError(doc_id, source, f"cannot be read ({error.strerror})")
        return
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(doc_id, source, "empty file: there is no text to read")
        return
    yield Document(doc_id, text, source)


def _walk(folder: Path) -> Iterator[tuple[Path, InputError | None]]:
    """Every file under *folder*, sorted, and an error for each entry that cannot be read."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield (
            folder,
            InputError(
                folder.name, str(folder), f"folder cannot be read ({error.strerror}); skipped"
            ),
        )
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError as error:
            yield path, InputError(path.name, str(path), f"cannot be read ({error.strerror})")
            continue
        if is_dir:
            yield from _walk(path)
        elif is_file:
            yield path, None
        elif entry.is_symlink():
            yield path, InputError(path.name, str(path), "broken symbolic link; skipped")
        else:
            yield path, InputError(path.name, str(path), "not a regular file; skipped")


def read_inputs(
    sources: Iterable[str],
    recursive: bool = False,
    encoding: str = "utf-8",
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Document | InputError]:
    """Yield the documents of *sources* in order, and an error for each bad one.

    A file found in a folder (with *recursive*) is named by its path relative to
    that folder, so ``2019/a.txt`` and ``2020/a.txt`` stay two documents. JSON Lines
    corpora are read a line at a time.
    """
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            if not recursive:
                yield InputError(
                    path.name, source, "is a directory; pass -r to read the files in it"
                )
                continue
            for child, problem in _walk(path):
                relative = child.relative_to(path).as_posix()
                if problem is not None:
                    yield attrs.evolve(problem, id=relative)
                    continue
                yield from _read_one(
                    child, str(child), relative, encoding, jsonl, text_field, id_field
                )
            continue
        yield from _read_one(
            path, source, path.name if source != "-" else "-", encoding, jsonl, text_field, id_field
        )


def json_line_texts(
    lines: Iterable[str], text_field: str = "text", id_field: str = "id"
) -> Iterator[tuple[str, str]]:
    """The ``(id, text)`` of each JSON Lines document in *lines*, for a partition of a corpus.

    Blank and malformed lines are skipped (``read_inputs`` is the reader that names
    them). A document without an id is named by a digest of its text, the same in every
    partition and every run.

    >>> list(json_line_texts(['{"id": 7, "text": "Oui."}', "oops", '{"text": "Non."}']))
    [('7', 'Oui.'), ('sha1:b31a173938f0', 'Non.')]
    """
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            continue
        text = record[text_field]
        doc_id = record.get(id_field)
        if doc_id is None:
            doc_id = "sha1:" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]
        yield str(doc_id), text
