"""Reading corpus folders: broken, hostile and odd input, each kind in its own test."""
from __future__ import annotations

import datetime as dt
import os
import tracemalloc
from pathlib import Path

import pytest

from kgraph.corpus import CorpusRead, iter_corpus_files, load_article, read_article, read_corpus
from kgraph.errors import ERRORS, CorpusError, KgraphError, format_message

EN = ("The city council met on Tuesday to discuss the new bridge over the river. "
      "Residents asked for more buses and safer crossings near the school.\n")
RU = ("Городской совет собрался во вторник, чтобы обсудить новый мост через реку. "
      "Жители попросили больше автобусов и безопасные переходы у школы.\n")
PL = ("Rada miasta zebrała się we wtorek, żeby omówić nowy most na rzece. "
      "Mieszkańcy prosili o więcej autobusów i bezpieczne przejścia przy szkole.\n")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Create ``folder/name`` (and its parents) with text (UTF-8) or bytes."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def only_problem(read: CorpusRead, code: str):
    """The single problem with ``code``; its message names the file."""
    found = [p for p in read.problems if p.code == code]
    assert len(found) == 1, read.problems
    assert found[0].path.name in found[0].message
    return found[0]


def test_reads_plain_utf8(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", EN)
    write(tmp_path, "a.txt", RU)
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["a", "b"]
    assert read.problems == []
    a = read.articles[0]
    assert (a.lang, a.encoding, a.text, a.body_start, a.date) == ("ru", "utf-8", RU, 0, None)
    assert len(a.sha256) == 64


def test_empty_file(tmp_path: Path) -> None:
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "ok.txt", EN)
    read = read_corpus(tmp_path)
    assert only_problem(read, "E015").skipped
    assert [a.id for a in read.articles] == ["ok"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    write(tmp_path, "blank.txt", " \n\t\r\n \u200b\u00a0 \n")
    write(tmp_path, "ok.txt", EN)
    assert only_problem(read_corpus(tmp_path), "E015").skipped


def test_png_renamed_txt(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    write(tmp_path, "picture.txt", png)
    write(tmp_path, "ok.txt", EN)
    problem = only_problem(read_corpus(tmp_path), "E016")
    assert problem.skipped and "PNG" in problem.message


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    write(tmp_path, "blob.txt", bytes(range(256)) * 50)
    assert only_problem(read_corpus(tmp_path), "E016").skipped


def test_invalid_utf8_small_damage_is_read_with_warning(tmp_path: Path) -> None:
    body = (RU * 20).encode()
    write(tmp_path, "damaged.txt", body[:301] + b"\xff\xfe" + body[301:])
    read = read_corpus(tmp_path)
    problem = only_problem(read, "W030")
    assert not problem.skipped
    (article,) = read.articles
    assert article.encoding == "utf-8" and "\ufffd" in article.text
    assert article.lang == "ru"


def test_invalid_utf8_heavy_damage_is_skipped(tmp_path: Path) -> None:
    body = bytearray((RU * 5).encode())
    for i in range(0, len(body), 7):  # break every 7th byte: far over 1 % of the characters
        body[i] = 0xFF
    write(tmp_path, "broken.txt", bytes(body))
    read = read_corpus(tmp_path)
    assert only_problem(read, "E017").skipped
    assert read.articles == []


def test_too_large_small_limit(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", EN * 100)
    write(tmp_path, "small.txt", EN)
    read = read_corpus(tmp_path, max_bytes=1000)
    problem = only_problem(read, "E014")
    assert problem.skipped and "1,000" in problem.message and "limit" in problem.message
    assert [a.id for a in read.articles] == ["small"]
    with pytest.raises(CorpusError) as info:
        read_article(tmp_path / "big.txt", max_bytes=1000)
    assert info.value.code == "E014"


def test_50mb_file_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: instant, no 50 MB written
        handle.write(b"text ")
        handle.truncate(50_000_000)
    tracemalloc.start()
    try:
        read = read_corpus(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
    assert only_problem(read, "E014").skipped
    assert read.articles == []


def test_one_very_long_line(tmp_path: Path) -> None:
    line = EN.strip() * (1_000_000 // len(EN))  # ~1 MB, no newline
    write(tmp_path, "long.txt", line)
    (article,) = read_corpus(tmp_path).articles
    assert article.text == line and article.lang == "en"


def test_text_without_names(tmp_path: Path) -> None:
    text = "it was raining all day and nobody went outside, so the streets stayed quiet.\n"
    write(tmp_path, "plain.txt", text)
    read = read_corpus(tmp_path)
    assert read.problems == [] and read.articles[0].text == text


def test_html_saved_as_txt(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>Bridge news</title><style>p {color: red}</style>"
            "<script>var secret = 1;</script></head><body><h1>New bridge</h1>"
            f"<p>{EN.strip()}</p><p>Second &amp; last paragraph.</p></body></html>")
    write(tmp_path, "page.txt", html)
    read = read_corpus(tmp_path)
    assert not only_problem(read, "W031").skipped
    (article,) = read.articles
    assert "<" not in article.text and "secret" not in article.text and "color" not in article.text
    assert "Second & last paragraph." in article.text and article.text.startswith(EN.strip())
    assert article.meta.headline == "New bridge"  # the page's headline is metadata, not text
    assert article.lang == "en"


def test_mostly_tags_without_doctype_is_html(tmp_path: Path) -> None:
    write(tmp_path, "frag.txt", "<div><p>Short one.</p><p>Short <b>two</b>.</p><br><span>x</span></div>")
    read = read_corpus(tmp_path)
    only_problem(read, "W031")
    assert "Short one." in read.articles[0].text


def test_same_article_twice(tmp_path: Path) -> None:
    write(tmp_path, "a_first.txt", EN)
    write(tmp_path, "b_copy.txt", EN)
    read = read_corpus(tmp_path)
    problem = only_problem(read, "E018")
    assert problem.skipped and problem.path.name == "b_copy.txt" and "a_first.txt" in problem.message
    assert [a.id for a in read.articles] == ["a_first"]


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", EN)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user (root) who can read mode-000 files")
        problem = only_problem(read_corpus(tmp_path), "E010")
        assert problem.skipped
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The permission path, also when the tests run as root."""
    write(tmp_path, "secret.txt", EN)
    import kgraph.corpus.files as reader

    def deny(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader.os, "open", deny)
    problem = only_problem(read_corpus(tmp_path), "E010")
    assert "Permission denied" in problem.message


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    write(tmp_path, "ok.txt", EN)
    read = read_corpus(tmp_path)
    loops = [p for p in read.problems if p.code == "E012"]
    assert sorted(p.path.name for p in loops) == ["a.txt", "b.txt"]
    assert all(p.path.name in p.message for p in loops)


def test_folder_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    write(tmp_path, "sub/one.txt", EN)
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["one"]
    assert only_problem(read, "E004").skipped
    assert list(iter_corpus_files(tmp_path)) == [tmp_path / "sub" / "one.txt"]


def test_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert only_problem(read_corpus(tmp_path), "E011").skipped


def test_named_pipe_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    problem = only_problem(read_corpus(tmp_path), "E013")
    assert "named pipe" in problem.message


def test_nonexistent_corpus_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as info:
        read_corpus(tmp_path / "nowhere")
    assert info.value.code == "E001" and "nowhere" in info.value.message
    with pytest.raises(CorpusError) as info:
        read_article(tmp_path / "nothing.txt")
    assert info.value.code == "E001" and "nothing.txt" in str(info.value)


def test_empty_corpus(tmp_path: Path) -> None:
    read = read_corpus(tmp_path)
    assert read.articles == []
    assert [p.code for p in read.problems] == ["E002"]
    assert tmp_path.name in read.problems[0].message


def test_nested_folders_and_shared_stems(tmp_path: Path) -> None:
    write(tmp_path, "x/deep/er/story.txt", EN)
    write(tmp_path, "y/story.txt", RU)
    write(tmp_path, "story.txt", PL)
    write(tmp_path, "x/other.txt", EN + "More.\n")
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["other", "story", "x__deep__er__story", "y__story"]
    renamed = [p for p in read.problems if p.code == "W032"]
    assert len(renamed) == 2 and not any(p.skipped for p in renamed)
    assert all("story.txt" in p.message for p in renamed)
    assert read == read_corpus(tmp_path)  # deterministic


def test_non_txt_files_ignored(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", EN)
    write(tmp_path, "data.csv", "a,b\n")
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "UPPER.TXT", EN)
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["UPPER"] and read.problems == []


def test_crawl_marker_day(tmp_path: Path) -> None:
    text = " date 2022-01-11 - " + RU
    write(tmp_path, "dated.txt", text)
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2022, 1, 11) and article.date_precision == "day"
    assert article.text == text and article.text[article.body_start:] == RU


def test_crawl_marker_month(tmp_path: Path) -> None:
    text = " date 2022-01 " + PL
    write(tmp_path, "monthly.txt", text)
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2022, 1, 1) and article.date_precision == "month"
    assert article.text[article.body_start:] == PL and article.lang == "pl"


def test_crawl_marker_on_its_own_line(tmp_path: Path) -> None:
    write(tmp_path, "own_line.txt", "date 2022-01-11\r\n" + EN)
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2022, 1, 11) and article.text[article.body_start:] == EN


def test_bad_crawl_marker(tmp_path: Path) -> None:
    write(tmp_path, "baddate.txt", " date 2022-13-45 - " + EN)
    read = read_corpus(tmp_path)
    assert not only_problem(read, "W033").skipped
    assert read.articles[0].date is None and read.articles[0].text[read.articles[0].body_start:] == EN


def test_date_header_line(tmp_path: Path) -> None:
    text = "Title: Bridge\nPublished: 2021-12-30\n\n" + EN
    write(tmp_path, "header.txt", text)
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2021, 12, 30)
    assert article.text[article.body_start:] == EN


def test_text_is_not_normalised(tmp_path: Path) -> None:
    text = "Cafe\u0301 opened.\r\nSecond line\u00a0here.\r\n" + EN
    write(tmp_path, "raw.txt", text)
    assert read_corpus(tmp_path).articles[0].text == text


def test_short_text_language_undetermined(tmp_path: Path) -> None:
    write(tmp_path, "tiny.txt", "Ok.")
    read = read_corpus(tmp_path)
    assert read.articles[0].lang == "und"
    assert not only_problem(read, "W034").skipped


def test_load_article_reports_without_raising(tmp_path: Path) -> None:
    article, problems = load_article(write(tmp_path, "e.txt", b""))
    assert article is None and problems[0].code == "E015"
    article = read_article(write(tmp_path, "f.txt", EN), article_id="custom")
    assert article.id == "custom"


def test_every_problem_names_its_file(tmp_path: Path) -> None:
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "dup1.txt", EN)
    write(tmp_path, "dup2.txt", EN)
    write(tmp_path, "page.txt", "<html><body><p>" + EN + "</p></body></html>")
    write(tmp_path, "big.txt", EN * 300)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "none")
    read = read_corpus(tmp_path, max_bytes=10_000)
    assert len(read.problems) == 6
    for problem in read.problems:
        assert problem.path.name in problem.message, problem


def test_error_table() -> None:
    for code, row in ERRORS.items():
        assert row.code == code and code[0] in "EW" and len(code) == 4
        assert "{name}" in row.template
    assert "x.txt" in format_message("E014", name="x.txt", size=5, limit=3)
    assert "x.txt" in format_message("E014", name="x.txt")  # missing fields do not raise
    err = KgraphError("E015", name="y.txt")
    assert err.code == "E015" and "y.txt" in str(err)


def test_file_name_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(raw, "wb") as handle:
            handle.write(EN.encode())
    except OSError:
        pytest.skip("file system refuses non-UTF-8 names")
    read = read_corpus(tmp_path)
    (article,) = read.articles
    assert article.id == "caf\ufffd"
    (problem,) = read.problems
    assert problem.code == "W036" and not problem.skipped
    assert "caf\ufffd.txt" in problem.message
    problem.message.encode("utf-8")  # printable, no lone surrogates


def test_root_may_be_a_single_file(tmp_path: Path) -> None:
    path = write(tmp_path, "single.txt", EN)
    read = read_corpus(path)
    assert [a.id for a in read.articles] == ["single"] and read.problems == []


def test_folder_named_txt_is_walked(tmp_path: Path) -> None:
    write(tmp_path, "box.txt/inner.txt", EN)
    assert [a.id for a in read_corpus(tmp_path).articles] == ["inner"]
    with pytest.raises(CorpusError) as info:
        read_article(tmp_path / "box.txt")
    assert info.value.code == "E013" and "folder" in info.value.message


def test_languages_of_unchanged_texts_come_from_the_memo(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister met the ambassador in the capital on Monday. They talked about "
                                    "the weather and the roads, and then they went home together.\n", encoding="utf-8")
    memo: dict[str, str] = {}
    first = read_corpus(tmp_path, languages=memo).articles[0]
    assert first.lang == "en" and {k: v for k, v in memo.items() if "#" not in k} == {first.sha256: "en"}
    memo[first.sha256] = "pl"  # what the memo says is taken, not detected again
    assert read_corpus(tmp_path, languages=memo).articles[0].lang == "pl"
    (tmp_path / "a.txt").write_text("Министр встретился с послом в столице в понедельник. Они говорили о погоде "
                                    "и дорогах, а потом вместе поехали домой.\n", encoding="utf-8")
    changed = read_corpus(tmp_path, languages=memo).articles[0]
    assert changed.lang == "ru" and memo[changed.sha256] == "ru"
