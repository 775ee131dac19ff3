"""Bad records: each reported by file and line or record, with its code; the file's other
articles still read, and a build still exits 0 (1 under --strict)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.corpus import read_corpus
from kgraph.errors import ERRORS

from .formats_corpus import ITEMS, write_html, write_jsonl, write_txt, write_warc

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _problems(read, code: str) -> list:
    found = [p for p in read.problems if p.code == code]
    for p in found:
        assert p.code in ERRORS and p.path.name in p.message
    return found


def test_a_malformed_line_and_a_record_without_text_leave_the_other_lines(tmp_path: Path) -> None:
    write_jsonl(tmp_path, extra_lines=('{"title": "cut off", "maintext": "The cou', "",
                                       json.dumps({"title": "No body", "url": "https://x.example/"}), "[1, 2]"))
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["crawl.line1", "crawl.line2"]
    (bad,) = _problems(read, "E019")
    assert "crawl.jsonl, line 3" in bad.message and bad.skipped
    empty = _problems(read, "E020")
    assert [("line 5" in p.message, "line 6" in p.message) for p in empty] == [(True, False), (False, True)]


def test_a_warc_response_that_is_not_html_is_reported_by_its_offset(tmp_path: Path) -> None:
    write_warc(tmp_path, extra=(("https://courier.example/logo.png", "image/png", PNG),
                                ("https://courier.example/menu", "text/html", b"<html><body><nav><a href='/'>Home</a>"
                                 b"<a href='/w'>World</a></nav></body></html>")))
    read = read_corpus(tmp_path)
    assert len(read.articles) == len(ITEMS)
    (image,) = _problems(read, "E023")
    assert "crawl.warc.gz, record at byte " in image.message and "image/png" in image.message
    (menu,) = _problems(read, "E021")
    assert "crawl.warc.gz, record at byte " in menu.message


def test_an_html_page_with_no_article(tmp_path: Path) -> None:
    write_html(tmp_path)
    (tmp_path / "index.html").write_text("<html><body><nav><ul><li><a href='/'>Home</a></li><li>World</li>"
                                         "</ul></nav><footer>Contact</footer></body></html>", encoding="utf-8")
    read = read_corpus(tmp_path)
    assert len(read.articles) == len(ITEMS)
    (page,) = _problems(read, "E021")
    assert page.message.startswith("index.html:")


def test_a_damaged_archive_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, compressed=True)
    data = gzip.decompress(path.read_bytes())
    whole = gzip.compress(data)
    path.write_bytes(whole[: len(whole) - 12])  # the end of the gzip stream lost
    read = read_corpus(tmp_path)
    (damage,) = _problems(read, "E022")
    assert "crawl.jsonl.gz" in damage.message


def test_a_broken_sidecar_or_date_is_a_warning_and_the_article_is_read(tmp_path: Path) -> None:
    write_txt(tmp_path)
    (tmp_path / "bridge.json").write_text("{not json", encoding="utf-8")
    meta = json.loads((tmp_path / "council.json").read_text())
    (tmp_path / "council.json").write_text(json.dumps({**meta, "date_publish": "sometime in May"}), encoding="utf-8")
    read = read_corpus(tmp_path)
    assert len(read.articles) == 2
    (side,) = _problems(read, "W037")
    assert "bridge.json" in side.message and not side.skipped
    (date,) = _problems(read, "W038")
    assert "sometime in May" in date.message and read.articles[1].date is None


def test_a_build_with_bad_records_exits_as_before(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_jsonl(corpus, extra_lines=("{broken",))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "crawl.jsonl, line 3" in result.output and "E019" in result.output
    assert (out / "graph.ttl").exists()
    strict = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o2"), "--quiet", "--strict"])
    assert strict.exit_code == 1
