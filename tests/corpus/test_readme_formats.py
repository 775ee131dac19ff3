"""The README's example of each input format is read as the README says."""
from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

from kgraph.corpus import read_corpus

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _block(fence: str) -> str:
    found = re.search(rf"```{fence}\n(.*?)```", README, re.S)
    assert found, fence
    return textwrap.dedent(found.group(1))


def test_the_sidecar_example(tmp_path: Path) -> None:
    (tmp_path / "bridge.txt").write_text("Police detained two activists in Lyon on Tuesday.\n", encoding="utf-8")
    (tmp_path / "bridge.json").write_text(_block("json"), encoding="utf-8")
    read = read_corpus(tmp_path)
    assert read.problems == []
    (article,) = read.articles
    assert article.meta.publisher == "Riverside Courier" and article.date == dt.date(2023, 5, 4)


def test_the_json_lines_example(tmp_path: Path) -> None:
    (tmp_path / "crawl.jsonl").write_text(_block("jsonl"), encoding="utf-8")
    read = read_corpus(tmp_path)
    assert read.problems == []
    assert [(a.id, a.meta.publisher) for a in read.articles] == [
        ("crawl.line1", "riverside-courier.example"), ("crawl.line2", "Coast Daily")]


def test_the_html_example(tmp_path: Path) -> None:
    (tmp_path / "harbour.html").write_text(_block("html"), encoding="utf-8")
    read = read_corpus(tmp_path)
    assert read.problems == []
    (article,) = read.articles
    assert article.text == "The harbour of Marseille reopened on Friday after the storm.\n"
    assert (article.meta.headline, article.meta.publisher, article.date) == ("Harbour reopens", "Coast Daily",
                                                                              dt.date(2023, 2, 3))
