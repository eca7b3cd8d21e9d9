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

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

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


def _decode(data: bytes, source: str, encoding: str) -> str | InputError:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        return InputError(
            Path(source).name,
            source,
            f"not {encoding} text (byte {error.start}); pass --encoding with the file's "
            "encoding, for example --encoding latin-1",
        )
    except LookupError:
        return InputError(Path(source).name, source, f"unknown encoding {encoding!r}")


def _jsonl(
    text: str, source: str, text_field: str, id_field: str
) -> Iterator[Document | InputError]:
    stem = Path(source).name
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"{stem}:{number}", source, f"malformed JSON ({error.msg})", number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            yield InputError(
                f"{stem}:{number}",
                source,
                f"no string field {text_field!r}; choose the field with --text-field",
                number,
            )
            continue
        doc_id = record.get(id_field)
        yield Document(
            str(doc_id) if doc_id is not None else f"{stem}:{number}",
            record[text_field],
            source,
            number,
        )


def _read_one(
    path: Path, source: str, encoding: str, jsonl: bool, text_field: str, id_field: str
) -> Iterator[Document | InputError]:
    try:
        data = path.read_bytes() if source != "-" else sys.stdin.buffer.read()
    except FileNotFoundError:
        yield InputError(path.name, source, "no such file")
        return
    except OSError as error:
        yield InputError(path.name, source, f"cannot be read ({error.strerror})")
        return
    text = _decode(data, source, encoding)
    if isinstance(text, InputError):
        yield text
        return
    if jsonl:
        yield from _jsonl(text, source, text_field, id_field)
        return
    if not text.strip():
        yield InputError(path.name, source, "empty file: there is no text to read")
        return
    yield Document(path.name if source != "-" else "-", text, source)


def read_inputs(
    sources: Iterable[str],
    recursive: bool = False,
    encoding: str = "utf-8",
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Document | InputError]:
    """Yield the documents of *sources* in order, and an error for each bad one."""
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            if not recursive:
                yield InputError(
                    path.name, source, "is a directory; pass -r to read the files in it"
                )
                continue
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_one(child, str(child), encoding, jsonl, text_field, id_field)
            continue
        yield from _read_one(path, source, encoding, jsonl, text_field, id_field)
