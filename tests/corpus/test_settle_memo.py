"""What the top of a text says of its date (header, crawl marker, dateline) is kept in the read's
memo by the text's digest: an unchanged text is not read for it again, a changed one is."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kgraph.corpus.settle as settle
from kgraph.corpus import read_corpus

UK = ("Місто Орськ закрило міст через повінь\n\nВівторок, 5 січня 2021, 16:10\n\n"
      "У вівторок мер Орська Ірена Валко сказала журналістам, що міст через річку закриють на тиждень.\n")
EN = ("Orsk closes its bridge after the flood\n\nORSK, 3 May 2021 — Mayor Irena Valko said on Monday that "
      "the bridge over the river would stay closed for a week. Rescuers worked through the night.\n")
MARKED = "date 2020-02 -\nMayor Irena Valko of Orsk said the bridge over the river would stay closed.\n"
HEADED = "Published: 2019-07-04\n\nThe council of Orsk voted on Monday to rebuild the old bridge in stone.\n"
PLAIN = "The council of Orsk voted on Monday to rebuild the old bridge in stone before the winter.\n"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in {"uk": UK, "en": EN, "marked": MARKED, "headed": HEADED, "plain": PLAIN}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _fields(articles) -> list[tuple]:
    return [(a.id, a.lang, a.date, a.date_precision, a.body_start) for a in articles]


def test_a_memo_gives_the_dates_of_a_fresh_read_without_reading_them_again(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "corpus")
    fresh = read_corpus(corpus)
    memo: dict[str, str] = {}
    assert _fields(read_corpus(corpus, languages=memo).articles) == _fields(fresh.articles)
    assert {a.id: a.date for a in fresh.articles} == {
        "uk": dt.date(2021, 1, 5), "en": dt.date(2021, 5, 3), "marked": dt.date(2020, 2, 1),
        "headed": dt.date(2019, 7, 4), "plain": None}

    def unread(*args, **kwargs):
        raise AssertionError("an unchanged text's date was looked for again")

    monkeypatch.setattr(settle, "find_date", unread)
    monkeypatch.setattr(settle, "find_dateline", unread)
    again = read_corpus(corpus, languages=dict(memo))
    assert _fields(again.articles) == _fields(fresh.articles)
    assert [p.code for p in again.problems] == [p.code for p in fresh.problems]


def test_a_changed_text_has_its_date_read_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    memo: dict[str, str] = {}
    read_corpus(corpus, languages=memo)
    (corpus / "en.txt").write_text(EN.replace("3 May 2021", "9 June 2022"), encoding="utf-8")
    (corpus / "plain.txt").write_text("date 2018-03-02\n" + PLAIN, encoding="utf-8")
    dates = {a.id: (a.date, a.body_start) for a in read_corpus(corpus, languages=memo).articles}
    assert dates["en"] == (dt.date(2022, 6, 9), 0)
    assert dates["plain"] == (dt.date(2018, 3, 2), len("date 2018-03-02\n"))


@pytest.mark.parametrize("declared", [False, True])
def test_the_memo_keeps_the_dates_of_current_texts_only(tmp_path: Path, declared: bool) -> None:
    from kgraph.cache import LanguageMemo

    corpus = _corpus(tmp_path / "corpus")
    if declared:
        (corpus / "en.json").write_text('{"language": "en"}', encoding="utf-8")
    memo = LanguageMemo(tmp_path)
    read = read_corpus(corpus, languages=memo.languages)
    memo.languages["0" * 64 + settle.DATE_KEY] = '[null, "day", 0, null]'  # a text that is gone
    memo.save(read.articles)
    kept = LanguageMemo(tmp_path).languages
    texts = {a.sha256 for a in read.articles}
    assert {key.split("#")[0] for key in kept} == texts
    assert all(a.sha256 + settle.DATE_KEY in kept for a in read.articles)
