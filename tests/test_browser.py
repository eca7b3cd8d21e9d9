"""The HTML page of --format html, rendered by a real browser (headless Chromium)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quoteattr.cli import main

CHROMIUM = next(
    (
        path
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (path := shutil.which(name))
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium here (Debian: apt-get install chromium; CI installs it)"
)

HOSTILE = (
    "« Nous ne céderons pas <script>window.hacked=1</script> », a déclaré Mme Anne Roux.\n"
    '« Le "onmouseover="alert(1) budget </div> sera tenu », a ajouté M. Paul Gros.\n'
    "« Rien ne presse », a dit Mme Roux."
)


class _Dom(HTMLParser):
    """What the browser built: elements with their attributes, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _render(tmp_path: Path, fragment: str = "") -> _Dom:
    source = tmp_path / "article.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    page = tmp_path / "quotes.html"
    assert main([str(source), "--format", "html", "--kind", "all", "-o", str(page)]) == 0
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000",
            "--dump-dom", page.as_uri() + fragment,
        ],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    dom = _Dom()
    dom.feed(result.stdout)
    return dom


def test_hostile_text_is_shown_as_text_and_never_run(tmp_path: Path) -> None:
    dom = _render(tmp_path)
    page = (tmp_path / "quotes.html").read_text(encoding="utf-8")
    assert "http://" not in page
    assert "https://" not in page  # it works offline: no external script, font or style
    scripts = [attrs for tag, attrs in dom.elements if tag == "script"]
    assert len(scripts) == 1  # the page's own, nothing from the text
    assert all("onmouseover" not in attrs for _, attrs in dom.elements)
    text = "".join(dom.text)
    assert "<script>window.hacked=1</script>" in text
    assert '"onmouseover="alert(1)' in text
    assert "budget </div> sera tenu" in text
    articles = [tag for tag, _ in dom.elements if tag == "article"]
    assert len(articles) == 1  # the </div> of the text closed nothing


def test_quotes_highlighted_with_their_rule_and_a_table_of_speakers(tmp_path: Path) -> None:
    dom = _render(tmp_path)
    marks = [attrs for tag, attrs in dom.elements if tag == "mark" and attrs.get("data-speaker")]
    assert [m["data-speaker"] for m in marks] == ["Anne Roux", "Paul Gros", "Anne Roux"]
    for mark in marks:
        title = mark["title"] or ""
        assert "fr.postposed" in title
        assert "cue a " in title
        assert "confidence 0." in title
    rows = [
        attrs["data-speaker"]
        for tag, attrs in dom.elements
        if tag == "tr" and "data-speaker" in attrs
    ]
    assert rows == ["Anne Roux", "Paul Gros"]  # by number of quotes


def test_choosing_a_speaker_dims_the_others_quotes(tmp_path: Path) -> None:
    dom = _render(tmp_path, "#speaker=Paul%20Gros")
    marks = [attrs for tag, attrs in dom.elements if tag == "mark" and attrs.get("data-speaker")]
    dimmed = {m["data-speaker"]: "dimmed" in (m.get("class") or "") for m in marks}
    assert dimmed == {"Anne Roux": True, "Paul Gros": False}
    chosen = [
        a["data-speaker"]
        for t, a in dom.elements
        if t == "tr" and "chosen" in (a.get("class") or "")
    ]
    assert chosen == ["Paul Gros"]
