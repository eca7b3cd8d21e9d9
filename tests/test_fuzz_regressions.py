"""Inputs that once broke extraction or a writer (``fuzz/regressions.json``) stay fixed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.invariants import check_everything

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).resolve().parents[1] / "fuzz" / "regressions.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_regression(case: dict[str, Any]) -> None:
    check_everything(case["text"])
