"""A tiny hand-made graph for the view tests: two articles, hostile names, a relation, an event."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence
from kgraph.rdf.build import article_quads
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import KG, RDF, RDFS, SCHEMA, XSD

SCRIPT = "<script>window.__pwned=1</script>"
IMG = "<img src=x onerror=window.__pwned=2>"
TEXT_EN = f"Yesterday {SCRIPT} John Smith{IMG} met Anna Nowak in Berlin. Anna Nowak works for Acme Corp."
TEXT_PL = "Anna Nowak spotkała się w Berlinie z Johnem Smithem."
HOSTILE = f"John Smith{IMG}"
HEADLINE = f"Nowak and Smith meet in Berlin{SCRIPT}"


def _mention(article: Article, text: str, kind: EntityType, start: int = 0) -> Mention:
    begin = article.text.index(text, start)
    return Mention(article.id, article.lang, begin, begin + len(text), text, kind, text)


def build_quads() -> list[Quad]:
    """Quads of the tiny corpus, as the pipeline would state them (plus one event and one relation)."""
    iris = Iris()
    en = Article("en-1", Path("en-1.txt"), TEXT_EN, "en", dt.date(2024, 3, 5))
    pl = Article("pl-1", Path("pl-1.txt"), TEXT_PL, "pl", dt.date(2024, 3, 6))
    ents = {
        "john": Entity("Person/john", EntityType.PERSON, {"en": HOSTILE, "pl": "John Smith"}, {"pl": {"Johnem Smithem"}}),
        "anna": Entity("Person/anna", EntityType.PERSON, {"en": "Anna Nowak", "pl": "Anna Nowak"}),
        "berlin": Entity("Place/berlin", EntityType.PLACE, {"en": "Berlin", "pl": "Berlin"}, {"pl": {"Berlinie"}},
                         wikidata="Q64", geonames=2950159),
        "acme": Entity("Organization/acme", EntityType.ORGANIZATION, {"en": f"Acme Corp{SCRIPT}"}),
    }
    s_en = TEXT_EN.index("Anna Nowak works")
    en_mentions = [(_mention(en, HOSTILE, EntityType.PERSON), "john"), (_mention(en, "Anna Nowak", EntityType.PERSON), "anna"),
                   (_mention(en, "Berlin", EntityType.PLACE), "berlin"),
                   (_mention(en, "Anna Nowak", EntityType.PERSON, s_en), "anna"),
                   (_mention(en, "Acme Corp", EntityType.ORGANIZATION), "acme")]
    pl_mentions = [(_mention(pl, "Anna Nowak", EntityType.PERSON), "anna"), (_mention(pl, "Berlinie", EntityType.PLACE), "berlin"),
                   (_mention(pl, "Johnem Smithem", EntityType.PERSON), "john")]
    quads: list[Quad] = []
    for article, mentions, sentences in ((en, en_mentions, [(0, s_en - 1), (s_en, len(TEXT_EN))]),
                                         (pl, pl_mentions, [(0, len(TEXT_PL))])):
        entity_of = {(m.article_id, m.begin, m.end): ents[k] for m, k in mentions}
        extraction = ArticleExtraction(article, [Sentence(article.id, b, e, article.text[b:e]) for b, e in sentences],
                                       [m for m, _ in mentions])
        quads += article_quads(extraction, entity_of, iris)
    g = iris.graph("en-1")
    anna, acme, john, berlin = (iris.entity(ents[k].key) for k in ("anna", "acme", "john", "berlin"))
    event = iris.fact("event/meeting-1")
    article = iris.article("en-1")
    quads += [Quad(anna, SCHEMA.worksFor, acme, g),
              Quad(article, SCHEMA.headline, Literal(HEADLINE, language="en"), g), Quad(article, SCHEMA.publisher, acme, g),
              Quad(event, RDF.type, SCHEMA.Event, g), Quad(event, RDF.type, KG.Meeting, g), Quad(event, RDFS.label, Literal("meeting", language="en"), g),
              Quad(event, SCHEMA.participant, anna, g), Quad(event, SCHEMA.participant, john, g),
              Quad(event, SCHEMA.location, berlin, g), Quad(event, SCHEMA.startDate, Literal("2024-03-04", datatype=XSD.date), g),
              Quad(event, KG.evidence, iris.string("en-1", 0, s_en - 1), g)]
    return quads


def write_tiny_build(out: Path) -> Path:
    """OUT with the store, graph.ttl and the views, for the tiny corpus."""
    from kgraph.store import open_store, write_store
    from kgraph.views import write_views

    out.mkdir(parents=True, exist_ok=True)
    quads = build_quads()
    write_store(quads, out)
    write_views(open_store(out), out)
    return out


__all__ = ["build_quads", "write_tiny_build", "HOSTILE", "HEADLINE", "TEXT_EN", "NamedNode"]
