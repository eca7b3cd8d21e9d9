"""Every ``regex`` match, search and scan of the engine keeps the GIL (see ``SERIAL``).

The regex module otherwise releases and takes back the GIL around each call, a
cost larger than most of the engine's short matches. This reads the engine's
source and lists the calls that do not pass ``SERIAL``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quoteattr

ENGINE = ("attribute", "classify", "detect", "grammar", "names", "resolve", "lang/__init__")
STANDARD_LIBRARY_PATTERNS = {"_TOKEN", "language.speech_hint"}  # these two run on ``re``
CONCURRENT_POSITION = {"match": 3, "search": 3, "fullmatch": 3, "finditer": 4, "findall": 4}


def _calls_without_serial(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        position = CONCURRENT_POSITION.get(node.func.attr)
        receiver = ast.unparse(node.func.value)
        if position is None or receiver in STANDARD_LIBRARY_PATTERNS | {"regex", "re"}:
            continue
        args = node.args
        if len(args) <= position or ast.unparse(args[position]) != "SERIAL":
            missing.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return missing


def test_engine_regex_calls_pass_serial() -> None:
    package = Path(quoteattr.__file__).parent
    missing = [
        line for module in ENGINE for line in _calls_without_serial(package / f"{module}.py")
    ]
    assert missing == []
