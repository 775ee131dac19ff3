"""Reading a corpus over forked workers (read_corpus(workers=...)) gives what one process does."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import kgraph.corpus.reader as reader
from kgraph.corpus import read_corpus
from kgraph.forked import FORK_MIN, can_fork

TEXTS = {  # written for this test: one short news item a language, varied by a number
    "en": "The city council approved the new budget on Tuesday after a long debate about schools number {n}.",
    "pl": "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie o szkołach numer {n}.",
    "cs": "Městská rada v úterý schválila nový rozpočet po dlouhé debatě o školách číslo {n}.",
    "ru": "Городской совет во вторник утвердил новый бюджет после долгих споров о школах номер {n}.",
    "uk": "Міська рада у вівторок ухвалила новий бюджет після тривалої дискусії про школи номер {n}.",
    "bg": "Общинският съвет одобри във вторник новия бюджет след дълъг дебат за училищата номер {n}.",
}


def _corpus(folder: Path) -> Path:
    langs = sorted(TEXTS)
    for i in range(FORK_MIN + 8):
        text = TEXTS[langs[i % len(langs)]].format(n=i)
        (folder / f"a{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "z_copy.txt").write_text(TEXTS["pl"].format(n=3) + "\n", encoding="utf-8")  # a duplicate: E018
    (folder / "z_empty.txt").write_text("\n", encoding="utf-8")  # no article: a problem
    return folder


def _key(read):
    return ([(a.id, a.lang, a.sha256, a.text) for a in read.articles],
            [(str(p.path), p.code) for p in read.problems])


def test_forked_read_gives_the_same_articles_problems_and_language_memo(tmp_path, monkeypatch):
    if not can_fork():
        pytest.skip("no fork here")
    corpus = _corpus(tmp_path)
    memo_one: dict[str, str] = {}
    one = read_corpus(corpus, languages=memo_one)
    seen = tmp_path.parent / f"{tmp_path.name}-pids"  # where each loading process leaves its id
    seen.mkdir()
    load_file = reader._load_file

    def spy(*args, **kwargs):
        (seen / str(os.getpid())).touch()
        return load_file(*args, **kwargs)

    monkeypatch.setattr(reader, "_load_file", spy)
    memo_two: dict[str, str] = {}
    two = read_corpus(corpus, languages=memo_two, workers=2)
    assert _key(two) == _key(one)
    assert {a.lang for a in one.articles} >= {"pl", "ru", "uk"}
    assert "E018" in {p.code for p in two.problems}
    # the languages (and dates) the workers found came back to this process's memo, in the same order
    assert list(memo_two.items()) == list(memo_one.items())
    assert len([key for key in memo_two if "#" not in key]) == len(one.articles)
    pids = {int(p.name) for p in seen.iterdir()}
    assert pids and os.getpid() not in pids  # the files were loaded in other processes


def test_a_known_language_is_not_detected_again_in_a_worker(tmp_path, monkeypatch):
    if not can_fork():
        pytest.skip("no fork here")
    corpus = _corpus(tmp_path)
    memo: dict[str, str] = {}
    read_corpus(corpus, languages=memo)
    wrong = {digest: "sl" for digest in memo if "#" not in digest}  # a memo of languages to trust, not detect
    read = read_corpus(corpus, languages=wrong, workers=2)
    assert {a.lang for a in read.articles} == {"sl"}
