"""One corpus full of broken files, built through `kgraph build`: bad files reported, good ones built."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from reliability_corpus import GOOD, LEGACY, article_ids, cli_build, context_texts, load_graph, mention_rows

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(300)
NO_NAMES = "it was a quiet day. nothing happened, and everyone stayed at home with tea.\n"
HTML = ("<!DOCTYPE html><html><head><title>News</title><script>var x = '<b>';</script>"
        "<style>p { color: red }</style></head><body><p>On Friday Oliver Pemberton visited "
        "Cardiff.</p><p>He met students of the university there.</p></body></html>\n")
DUPLICATE = "On Tuesday Fiona MacLeod opened a gallery in Glasgow. Visitors praised her work.\n"
# one line of 200 000 characters, names at both ends (names in every sentence: see test_long_line_speed)
LONG_LINE = ("In Dublin Sean Gallagher met Aoife Byrne. " + "the tide was low and the gulls were loud, " * 4700
             + "and Aoife Byrne went home to Galway.")

# file name → the word its report must contain (besides the file name)
BAD = {
    "empty.txt": "empty", "blank.txt": "empty", "image.txt": "not a text file",
    "huge.txt": "size limit", "loop.txt": "loop", "[red]markup [b].txt": "not a text file",
}
# files that are read, with a warning, and must be built
BUILT_WITH_WARNING = {"html_page.txt": "HTML", "broken_utf8_ru.txt": "U+FFFD"}
RU_BROKEN = 3 * "Вчера в Казани Рустам Галиев открыл выставку. Гости хвалили картины Рустама Галиева.\n"


def _write_corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in GOOD.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    for name, (encoding, text) in LEGACY.items():
        (root / f"{name}.txt").write_bytes(text.encode(encoding))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \n\t \r\n  \n")
    (root / "image.txt").write_bytes(PNG)
    (root / "broken_utf8.txt").write_bytes(
        "On Sunday Lucy Fairbanks sailed from Dover to Calais.".encode() + b" \xff\xfe\xc3 " +
        " The weather was fine and Lucy Fairbanks was happy.\n".encode())
    cut = RU_BROKEN.encode()
    (root / "broken_utf8_ru.txt").write_bytes(cut[:40] + b"\xd0" + cut[40:])  # a torn 2-byte sequence
    (root / "[red]markup [b].txt").write_bytes(PNG)
    with (root / "huge.txt").open("wb") as handle:  # 50 MB, sparse: quick to make
        handle.truncate(50 * 1024 * 1024)
    (root / "long_line.txt").write_text(LONG_LINE, encoding="utf-8")
    (root / "no_names.txt").write_text(NO_NAMES, encoding="utf-8")
    (root / "html_page.txt").write_text(HTML, encoding="utf-8")
    (root / "dup_a.txt").write_text(DUPLICATE, encoding="utf-8")
    (root / "dup_b.txt").write_text(DUPLICATE, encoding="utf-8")
    (root / "locked.txt").write_text("Jane Doe went to Paris on Friday.\n", encoding="utf-8")
    os.chmod(root / "locked.txt", 0)
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink(".", root / "again")  # a folder loop: must not be walked forever
    return root


GOOD_IDS = sorted([*GOOD, *LEGACY, "long_line", "no_names", "html_page", "dup_a", "broken_utf8", "broken_utf8_ru"])


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    base = tmp_path_factory.mktemp("broken")
    corpus = _write_corpus(base / "corpus")
    built = cli_build(corpus, base / "out")
    strict = cli_build(corpus, base / "out-strict", "--strict")
    return corpus, built, strict


def _root_reads_everything(path: Path) -> bool:
    return os.access(path, os.R_OK)


def test_exit_codes(broken):
    _, built, strict = broken
    assert built.exit_code == 0, built.output
    assert strict.exit_code == 1, strict.output


@pytest.mark.parametrize("name,word", sorted(BAD.items()))
def test_each_bad_file_is_reported_by_name_with_a_reason(broken, name, word):
    output = broken[1].output
    lines = [line for line in output.splitlines() if name in line]
    assert lines, f"{name} not reported:\n{output}"
    assert any(word.lower() in line.lower() for line in lines), lines


def test_invalid_utf8_in_english_text_is_reported(broken):
    assert any("broken_utf8.txt" in line for line in broken[1].output.splitlines()), broken[1].output


def test_duplicate_and_unreadable_reported(broken):
    corpus, built, _ = broken
    assert any("dup_b.txt" in line and "dup_a.txt" in line for line in built.output.splitlines()), built.output
    if _root_reads_everything(corpus / "locked.txt"):
        pytest.skip("running as root: a chmod 000 file is still readable")
    assert any("locked.txt" in line and "permission" in line.lower() for line in built.output.splitlines())


@pytest.mark.parametrize("name,word", sorted(BUILT_WITH_WARNING.items()))
def test_salvaged_files_are_warned_about(broken, name, word):
    lines = [line for line in broken[1].output.splitlines() if name in line]
    assert any(word in line for line in lines), broken[1].output


def test_every_good_article_is_in_graph_ttl(broken):
    corpus, built, _ = broken
    ids = article_ids(load_graph(built.out / "graph.ttl"))
    expected = list(GOOD_IDS)
    if _root_reads_everything(corpus / "locked.txt"):
        expected = sorted([*expected, "locked"])
    assert ids == expected


def test_legacy_encodings_decoded_exactly_and_offsets_match(broken):
    store = load_graph(broken[1].out / "graph.ttl")
    texts = context_texts(store)
    for name, (_, text) in LEGACY.items():
        assert texts[name] == text, name
    mentions = [m for m in mention_rows(store) if m[0] in LEGACY]
    assert {m[0] for m in mentions} >= {"legacy_cp1251", "legacy_cp1250", "legacy_iso8859_2"}
    for article, anchor, begin, end in mentions:
        assert LEGACY[article][1][begin:end] == anchor, (article, anchor, begin, end)


def test_every_mention_offset_matches_its_context(broken):
    store = load_graph(broken[1].out / "graph.ttl")
    texts = context_texts(store)
    rows = mention_rows(store)
    assert rows
    for article, anchor, begin, end in rows:
        assert texts[article][begin:end] == anchor, (article, anchor, begin, end)


def test_missing_corpus_is_exit_2(tmp_path):
    built = cli_build(tmp_path / "no-such-folder", tmp_path / "out")
    assert built.exit_code == 2
    assert "no-such-folder" in built.output


def test_empty_corpus_is_exit_1_with_a_message(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "notes.md").write_text("not an article", encoding="utf-8")
    built = cli_build(tmp_path / "corpus", tmp_path / "out")
    assert built.exit_code == 1, built.output
    assert "corpus" in built.output and "no readable" in built.output.lower()


def test_corpus_that_is_a_file_of_garbage_is_exit_1(tmp_path):
    (tmp_path / "one.txt").write_bytes(PNG)
    built = cli_build(tmp_path / "one.txt", tmp_path / "out")
    assert built.exit_code == 1, built.output
    assert "one.txt" in built.output


LANGS = {"good_en": "en", "good_ru": "ru", "good_pl": "pl", "legacy_cp1251": "ru", "legacy_cp1250": "pl",
         "legacy_iso8859_2": "pl", "legacy_utf16_bom": "en", "html_page": "en", "long_line": "en"}


def _languages(out: Path) -> dict[str, str]:
    store = load_graph(out / "graph.ttl")
    q = "SELECT ?id ?lang WHERE { ?a <https://schema.org/identifier> ?id ; <https://schema.org/inLanguage> ?lang }"
    return {row["id"].value: row["lang"].value for row in store.query(q)}


def test_languages_of_good_and_legacy_articles(broken):
    found = _languages(broken[1].out)
    assert {k: found.get(k) for k in LANGS} == LANGS


def test_one_foreign_letter_does_not_flip_the_language(broken):
    assert _languages(broken[1].out)["legacy_utf8_bom"] == "en"


def test_unwritable_out_is_a_clear_error_not_a_traceback(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD["good_en"], encoding="utf-8")
    (tmp_path / "taken").write_text("a file where the output folder should go", encoding="utf-8")
    built = cli_build(corpus, tmp_path / "taken")
    assert built.exit_code == 1, built.output
    assert "E400" in built.output and "taken" in built.output and "Traceback" not in built.output
