import datetime as dt
import json
from pathlib import Path

import pyoxigraph
import rdflib

from kgraph.export.jsonld import write_jsonld
from kgraph.export.trig import write_trig
from kgraph.export.turtle import write_turtle
from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence
from kgraph.rdf.build import article_quads
from kgraph.rdf.iris import Iris

NASTY = 'Ann "Quote" O\'Brien\\ <script>alert(1)</script>\n\u200b\u202e @prefix : <x> .'


def _quads():
    text = f"{NASTY} visited Oslo."
    article = Article("a 1/x", Path("a.txt"), text, "en", dt.date(2024, 5, 1))
    mention = Mention(article.id, "en", 0, len(NASTY), NASTY, EntityType.PERSON, NASTY)
    entity = Entity("Person/nasty", EntityType.PERSON, {"en": NASTY}, {"en": {"other"}}, [mention], "Q42")
    extraction = ArticleExtraction(article, [Sentence(article.id, 0, len(text), text)], [mention])
    return list(article_quads(extraction, {(article.id, 0, len(NASTY)): entity}, Iris()))


def test_hostile_literals_round_trip_through_every_format(tmp_path):
    quads = _quads()
    write_turtle(quads, tmp_path / "g.ttl")
    write_trig(quads, tmp_path / "g.trig")
    write_jsonld(quads, tmp_path / "g.jsonld")
    for name, fmt in (("g.ttl", "turtle"), ("g.trig", "trig"), ("g.jsonld", "json-ld")):
        ds = rdflib.Dataset()
        ds.parse(tmp_path / name, format=fmt)
        assert rdflib.Literal(NASTY) in {o for _, _, o, _ in ds.quads()}, name
    parsed = list(pyoxigraph.parse(path=str(tmp_path / "g.trig"), format=pyoxigraph.RdfFormat.TRIG))
    assert len({q for q in parsed}) == len(set(quads))
    assert json.loads((tmp_path / "g.jsonld").read_text())


def test_output_is_byte_identical_whatever_the_order(tmp_path):
    quads = _quads()
    write_turtle(quads, tmp_path / "a.ttl")
    write_turtle(list(reversed(quads)), tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_a_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "g.ttl"
    target.write_text("old")

    class Boom(Exception):
        pass

    def bad_quads():
        yield from _quads()
        raise Boom

    try:
        write_turtle(bad_quads(), target)
    except Boom:
        pass
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_the_jsonld_writer_writes_what_json_dumps_writes():
    import json
    import random

    from kgraph.export.jsonld import _pretty

    rng = random.Random(1)

    def value(depth: int = 0):
        roll = rng.random()
        if depth > 3 or roll < 0.3:
            return rng.choice(["", 'a"b\\c\n\t\u2028ж😀', 0, -3, 1.5, True, False, None, "</script>"])
        if roll < 0.65:
            return {rng.choice(["@id", "b", "ä", "\x01", "z"]) + str(rng.randint(0, 3)): value(depth + 1)
                    for _ in range(rng.randint(0, 4))}
        return [value(depth + 1) for _ in range(rng.randint(0, 4))]

    for _ in range(2000):
        v = value()
        assert _pretty(v) == json.dumps(v, ensure_ascii=False, sort_keys=True, indent=1)
