"""Property tests: random multi-script articles never crash the per-article stages, the graph
always serialises and parses back, and every mention's offsets match its text."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.model import Article
from kgraph.parse import parse_all
from kgraph.pipeline import build_graph, extract
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import PREFIXES

LETTERS = {  # (capitals, small letters) per script
    "latin": ("ABCDEFGHIJKLMNOPRSTUWZĄŁŚŻÉÖ", "abcdefghijklmnoprstuwyząęłóśźżéöß"),
    "cyrillic": ("АБВГДЕЖЗИКЛМНОПРСТУФЧШЁЯ", "абвгдежзиклмнопрстуфхцчшщъыьэюяё"),
    "greek": ("ΑΒΓΔΕΖΘΚΛΜΝΞΠΡΣΤΦΩ", "αβγδεζηθικλμνξπρστυφχψω"),
}
PUNCT = [".", ",", "!", "?", " - ", " — ", "«", "»", "\"", "'", "(", ")", ":", ";", "…", "-", "/", "\u200b", "\u202e", "\xa0"]
SEP = [" ", " ", " ", "  ", "\n", "\n\n", "\t", ". ", ", "]


@st.composite
def words(draw) -> str:
    capitals, smalls = LETTERS[draw(st.sampled_from(sorted(LETTERS)))]
    body = draw(st.text(alphabet=smalls, min_size=1, max_size=9))
    if draw(st.booleans()):
        return draw(st.sampled_from(capitals)) + body
    return body


tokens = st.one_of(words(), words(), words(), st.sampled_from(PUNCT),
                   st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=3),
                   st.sampled_from(["Paris", "Москва", "Warszawa", "ONZ", "UN", "NATO", "Kazan"]))


@st.composite
def articles(draw) -> Article:
    parts = draw(st.lists(st.tuples(tokens, st.sampled_from(SEP)), min_size=1, max_size=40))
    text = "".join(a + b for a, b in parts)
    lang = draw(st.sampled_from(["en", "ru", "pl", "xx"]))
    marker = draw(st.sampled_from(["", " date 2021-03-04 - "]))
    text = marker + text
    return Article(id=draw(st.sampled_from(["a", "x y", "ü/ß", "q\"<>"])), path=Path("random.txt"),
                   text=text, lang=lang, date=dt.date(2021, 3, 4) if marker else None,
                   body_start=len(marker), sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _round_trip(quads) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    for fmt, data in ((pyoxigraph.RdfFormat.TURTLE, sorted({q.triple for q in quads}, key=str)),
                      (pyoxigraph.RdfFormat.TRIG, sorted(set(quads), key=str))):
        text = pyoxigraph.serialize(data, format=fmt, prefixes=PREFIXES)
        store.load(text, format=fmt)
    return store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(articles(), min_size=1, max_size=3, unique_by=lambda a: a.id))
def test_random_articles_build_and_round_trip(batch):
    parsed = list(parse_all(sorted(batch, key=lambda a: (a.lang, a.id))))
    assert [p.article.id for p in parsed] == [a.id for a in sorted(batch, key=lambda a: (a.lang, a.id))]
    extractions = [extract(p) for p in parsed]
    for extraction in extractions:
        text = extraction.article.text
        for mention in extraction.mentions:
            assert 0 <= mention.begin < mention.end <= len(text)
            assert text[mention.begin:mention.end] == mention.text
            assert mention.begin >= extraction.article.body_start
        for sentence in extraction.sentences:
            assert text[sentence.begin:sentence.end] == sentence.text
    quads = list(build_graph(extractions, iris=Iris())[1].quads())
    store = _round_trip(quads)
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    rows = store.query(f"""SELECT ?text ?anchor ?b ?e WHERE {{ GRAPH ?g {{ ?m <{nif}anchorOf> ?anchor ;
        <{nif}beginIndex> ?b ; <{nif}endIndex> ?e ; <{nif}referenceContext> ?ctx . ?ctx <{nif}isString> ?text }} }}""")
    for row in rows:
        assert row["text"].value[int(row["b"].value):int(row["e"].value)] == row["anchor"].value
    texts = {r["t"].value for r in store.query(f"SELECT ?t WHERE {{ GRAPH ?g {{ ?c <{nif}isString> ?t }} }}")}
    assert texts == {a.text for a in batch}


def test_ru_sentence_without_root():
    """Natasha heads that form a cycle with no root still give one tree per sentence."""
    [parsed] = parse_all([Article(id="a", path=Path("a.txt"), text="а. аа. ", lang="ru")])
    assert parsed.doc.text == "а. аа. "


def test_letters_without_a_unicode_name_do_not_break_the_russian_pipeline():
    text = "Вчера Иван Петров \U00017000 прилетел в Москву.\n"  # a Tangut letter: pymorphy raised
    [parsed] = parse_all([Article(id="a", path=Path("a.txt"), text=text, lang="ru")])
    mentions = extract(parsed).mentions
    assert mentions and all(text[m.begin:m.end] == m.text for m in mentions)
    assert [s.text for s in parsed.sentences] == [text.strip()]  # the article's text, not the pipeline's
