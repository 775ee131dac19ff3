"""Language pipelines over articles: an article over the pipeline's length limit is read in pieces."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from kgraph.model import Article
from kgraph.lang import pipeline_for
from kgraph.parse import nlp_text, parse, parse_all, pieces

PARAGRAPHS = {
    "en": ["Yesterday Margaret Holloway opened a library in Leeds. The council thanked her.",
           "On Tuesday Daniel Okafor flew from London to Lagos. He met the governor there.",
           "The weather was cold and the river was high all week. Nobody went fishing.",
           "Late on Friday Priya Natarajan spoke in Bristol about the new harbour."],
    "ru": ["Вчера в Москве Ирина Соболевская открыла новую библиотеку. Жители поблагодарили её.",
           "Во вторник Павел Гришин прилетел из Казани в Новосибирск. Он встретился с губернатором.",
           "Всю неделю было холодно, и река поднялась высоко. Никто не ходил на рыбалку.",
           "В пятницу вечером Олег Вершинин выступил в Самаре с докладом о новом мосте."],
}


@contextmanager
def max_length(lang: str, limit: int):
    """The real pipeline of ``lang``, with its length limit lowered for the block."""
    nlp = pipeline_for(lang)
    before = nlp.max_length
    nlp.max_length = limit
    try:
        yield nlp
    finally:
        nlp.max_length = before


def _article(lang: str, text: str) -> Article:
    return Article(id=f"long_{lang}", path=Path(f"long_{lang}.txt"), text=text, lang=lang)


def test_pieces_join_back_and_end_at_paragraph_breaks() -> None:
    text = "\n\n".join(PARAGRAPHS["en"] * 5) + "\n"
    cut = pieces(text, 300)
    assert "".join(cut) == text
    assert all(len(p) <= 300 for p in cut) and len(cut) > 1
    assert all(p.endswith("\n\n") for p in cut[:-1])


def test_pieces_fall_back_to_sentence_ends_then_spaces() -> None:
    one_paragraph = " ".join(PARAGRAPHS["en"] * 4)
    cut = pieces(one_paragraph, 200)
    assert "".join(cut) == one_paragraph and all(len(p) <= 200 for p in cut)
    assert all(p.rstrip().endswith(".") for p in cut[:-1])
    no_sentences = "word " * 300
    cut = pieces(no_sentences, 100)
    assert "".join(cut) == no_sentences and all(p.endswith(" ") for p in cut[:-1])
    assert pieces("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]  # no break at all: hard cuts


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_an_over_long_article_is_read_whole_in_pieces(lang: str) -> None:
    text = "\n\n".join(PARAGRAPHS[lang] * 3) + "\n"
    whole = parse(_article(lang, text))
    with max_length(lang, 400):
        [parsed] = parse_all([_article(lang, text)])
    assert parsed.doc.text == nlp_text(parsed.article)  # offsets are over the whole text
    for ent in parsed.doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    names = {(e.start_char, e.end_char, e.text) for e in parsed.doc.ents}
    assert names == {(e.start_char, e.end_char, e.text) for e in whole.doc.ents}  # cut at paragraphs: the same names
    assert max(e.start_char for e in parsed.doc.ents) > len(text) - len(PARAGRAPHS[lang][-1]) - 2  # the last piece read
    assert [s.text for s in parsed.sentences] == [s.text for s in whole.sentences]
