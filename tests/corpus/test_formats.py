"""Each input format read into the same articles: text, metadata, ids, dates, languages."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kgraph.corpus import read_corpus

from .formats_corpus import ITEMS, text_of, write_html, write_jsonl, write_txt, write_warc

WRITERS = {"txt": write_txt, "jsonl": write_jsonl, "jsonl.gz": lambda f: write_jsonl(f, compressed=True),
           "html": write_html, "warc": write_warc}
IDS = {"txt": ["bridge", "council"], "jsonl": ["crawl.line1", "crawl.line2"],
       "jsonl.gz": ["crawl.line1", "crawl.line2"], "html": ["bridge", "council"]}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_gives_the_same_texts_and_metadata(tmp_path: Path, fmt: str) -> None:
    WRITERS[fmt](tmp_path)
    read = read_corpus(tmp_path)
    assert read.problems == []
    by_headline = {a.meta.headline: a for a in read.articles}
    assert sorted(by_headline) == sorted(item.title for item in ITEMS)
    for item in ITEMS:
        article = by_headline[item.title]
        assert article.text == text_of(item)  # offsets are over exactly this text
        assert article.meta.url == item.url and article.lang == "en"
        assert article.date == dt.date.fromisoformat(item.published[:10]) and article.date_precision == "day"
        assert article.meta.domain == item.domain
        assert article.meta.publisher == (item.site or item.domain)
        assert article.meta.authors[0] == item.authors[0]
    if fmt in IDS:
        assert [a.id for a in read.articles] == IDS[fmt]
    else:  # WARC: the record's byte offset, where warcio finds it again
        assert all(a.id.startswith("crawl.byte") and a.record.startswith("record at byte ") for a in read.articles)


def test_sidecar_is_metadata_not_an_article(tmp_path: Path) -> None:
    write_txt(tmp_path)
    read = read_corpus(tmp_path)
    assert len(read.articles) == len(ITEMS)  # bridge.json beside bridge.txt is not read as a record
    assert read.articles[0].meta.authors == ITEMS[0].authors


def test_a_lone_json_file_is_a_record(tmp_path: Path) -> None:
    record = {"title": "Harbour reopens", "text": "The harbour of Marseille reopened on Friday after the storm.\n",
              "date": "2023-02-03", "sitename": "Coast Daily", "url": "https://coast.example/a", "author": "A; B"}
    (tmp_path / "harbour.json").write_text(json.dumps(record), encoding="utf-8")
    (article,) = read_corpus(tmp_path).articles
    assert article.id == "harbour" and article.text == record["text"]
    assert article.meta.publisher == "Coast Daily" and article.meta.authors == ("A", "B")
    assert article.date == dt.date(2023, 2, 3)


def test_plain_txt_without_metadata_is_read_as_before(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(" date 2022-03-01 - The council met in Lyon on Monday.\n", encoding="utf-8")
    (article,) = read_corpus(tmp_path).articles
    assert not article.meta and article.date == dt.date(2022, 3, 1) and article.body_start > 0


def test_metadata_date_wins_over_the_crawl_marker_and_the_capture(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-03-01 - The council met in Lyon on Monday.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"date_publish": "2022-03-02 08:00:00"}), encoding="utf-8")
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2022, 3, 2) and article.body_start > 0  # the marker is still not text


def test_the_capture_date_is_the_fallback(tmp_path: Path) -> None:
    item = ITEMS[0]
    page = ("<html><body><article><p>" + item.paragraphs[0] + "</p><p>" + item.paragraphs[1] +
            "</p></article></body></html>").encode()
    write_warc(tmp_path, extra=(("https://undated.example/x", "text/html", page),))
    read = read_corpus(tmp_path)
    undated = [a for a in read.articles if a.meta.url == "https://undated.example/x"]
    assert undated[0].date == dt.date(2023, 6, 1) and undated[0].meta.publisher == "undated.example"


def test_declared_language_is_used_unless_the_text_contradicts_it(tmp_path: Path) -> None:
    short = {"maintext": "Lyon, 3 May.\n", "language": "fr"}  # too little text to detect: declared wins
    wrong = {"maintext": ITEMS[0].paragraphs[0] + " " + ITEMS[0].paragraphs[1] + "\n", "language": "pl"}
    tagged = {"maintext": ITEMS[1].paragraphs[0] + "\n", "language": "en-GB"}
    lines = "\n".join(json.dumps(r) for r in (short, wrong, tagged))
    (tmp_path / "mixed.jsonl").write_text(lines + "\n", encoding="utf-8")
    read = read_corpus(tmp_path)
    assert [a.lang for a in read.articles] == ["fr", "en", "en"]
    (warning,) = [p for p in read.problems if p.code == "W039"]
    assert "mixed.jsonl, line 2" in warning.message and not warning.skipped
