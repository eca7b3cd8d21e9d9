"""Shared helpers: golden case files and the shared gold corpora beside the project."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# In CI the property tests run the same examples every time, so that a run fails only
# for a change of code; on a developer's machine they keep exploring new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

CASES = Path(__file__).parent / "cases"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load_cases(name: str) -> list[dict[str, Any]]:
    with open(CASES / name, encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)
    return cases


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared gold data sits beside the project)")
    return path
