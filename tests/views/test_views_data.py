"""The view data: fragments of each graph's quads, merged, give what the SPARQL questions gave."""
from __future__ import annotations

import pickle
import random

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Store

from kgraph.rdf.namespaces import ITSRDF, KG, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, XSD
from kgraph.store import open_store
from kgraph.views.data import load_view_data, view_data
from kgraph.views.fragment import LABEL, NOTE, VARIANT, GraphFragment, graph_fragment, rows, store_fragments
from sparql_views import load_view_data_sparql
from views_corpus import build_quads

B = "https://example.org/"
G1, G2 = NamedNode(B + "graph/one"), NamedNode(B + "graph/two")
ART, CTX, S1, S2 = (NamedNode(B + n) for n in ("article/one", "article/one#ctx", "article/one#s1", "article/one#s2"))
MENTION, FACT, ROLE, STATEMENT = (NamedNode(B + n) for n in ("article/one#m1", "fact/1", "fact/role", "fact/st"))
ALICE, ACME, TOWN, MEETING = (NamedNode(B + n) for n in ("id/Alice", "id/Acme", "id/Town", "fact/meeting"))
TEXT = "Alice met the board. Acme hired her."


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def _article_quads(graph: NamedNode = G1) -> list[Quad]:
    triples = [
        (ART, RDF.type, SCHEMA.NewsArticle), (ART, SCHEMA.identifier, Literal("one")),
        (ART, SCHEMA.inLanguage, Literal("en")), (ART, SCHEMA.datePublished, Literal("2024-05-02", datatype=XSD.date)),
        (CTX, NIF.sourceUrl, ART), (CTX, NIF.isString, Literal(TEXT)),
        (S1, RDF.type, NIF.Sentence), (S1, NIF.referenceContext, CTX), (S1, NIF.beginIndex, _int(0)),
        (S1, NIF.endIndex, _int(20)), (S1, NIF.anchorOf, Literal(TEXT[0:20])),
        (S2, RDF.type, NIF.Sentence), (S2, NIF.referenceContext, CTX), (S2, NIF.beginIndex, _int(21)),
        (S2, NIF.endIndex, _int(36)), (S2, NIF.anchorOf, Literal("an anchor of its own")),
        (MENTION, ITSRDF.taIdentRef, ALICE), (MENTION, NIF.referenceContext, CTX), (MENTION, NIF.beginIndex, _int(0)),
        (MENTION, NIF.endIndex, _int(5)), (MENTION, NIF.sentence, S1), (ART, SCHEMA.mentions, ALICE),
        (ALICE, RDF.type, SCHEMA.Person), (ALICE, RDFS.label, Literal("Alice", language="en")),
        (ALICE, RDFS.label, Literal("Alicja", language="en")), (ALICE, SKOS.altLabel, Literal("Ala", language="pl")),
        (ALICE, OWL.sameAs, NamedNode("http://www.wikidata.org/entity/Q1")), (ALICE, OWL.sameAs, Literal("not an IRI")),
        (ACME, RDF.type, SCHEMA.Organization), (ACME, RDF.type, SCHEMA.Place), (ACME, RDFS.label, Literal("Acme")),
        (ALICE, SCHEMA.worksFor, ACME), (ALICE, SCHEMA.jobTitle, Literal("engineer", language="en")),
        (STATEMENT, RDF.subject, ALICE), (STATEMENT, RDF.predicate, SCHEMA.worksFor), (STATEMENT, RDF.object, ACME),
        (STATEMENT, KG.evidence, S2), (ALICE, KG.holdsPosition, ROLE), (ROLE, KG.positionIn, ACME),
        (ROLE, SCHEMA.roleName, Literal("chair", language="en")), (ROLE, KG.evidence, S1),
        (MEETING, RDF.type, SCHEMA.Event), (MEETING, RDF.type, KG.Meeting), (MEETING, SCHEMA.participant, ALICE),
        (MEETING, SCHEMA.location, TOWN), (MEETING, SCHEMA.startDate, Literal("2024-05", datatype=XSD.gYearMonth)),
        (MEETING, KG.trigger, Literal("met")), (TOWN, RDF.type, SCHEMA.Place), (TOWN, RDFS.label, Literal("Town")),
        (FACT, KG.about, BlankNode("b1")),
    ]
    return [Quad(s, p, o, graph) for s, p, o in triples]


def test_a_fragment_holds_each_question_s_rows():
    fragment = graph_fragment(_article_quads())
    assert set(rows(fragment.entities)) == {(ALICE.value, "Person"), (ACME.value, "Organization"),
                                            (ACME.value, "Place"), (TOWN.value, "Place"), (MEETING.value, "Event")}
    assert (ALICE.value, LABEL, "en", "Alicja") in set(rows(fragment.literals))
    assert (ALICE.value, VARIANT, "pl", "Ala") in set(rows(fragment.literals))
    assert (ROLE.value, NOTE, "en", "chair") in set(rows(fragment.literals))
    assert list(rows(fragment.same_as)) == [(ALICE.value, "http://www.wikidata.org/entity/Q1")]
    assert list(rows(fragment.articles)) == [(ART.value, "one", "en", "2024-05-02", TEXT)]
    assert list(rows(fragment.sentences)) == [(ART.value, 0, 20), (ART.value, 21, 36)]
    assert list(rows(fragment.mentions)) == [(ART.value, ALICE.value, 0, 5, 0, 20)]
    # an anchor equal to the article's slice is not kept twice; another anchor is
    assert list(rows(fragment.evidence)) == [(ROLE.value, ART.value, 0, 20, None),
                                             (STATEMENT.value, ART.value, 21, 36, "an anchor of its own")]
    assert (ALICE.value, SCHEMA.worksFor.value, ACME.value) in set(rows(fragment.links))
    assert not any(p in (RDF.type.value, SCHEMA.mentions.value, KG.evidence.value) for _, p, _ in rows(fragment.links))
    assert fragment.blank == ("b1",)
    assert list(rows(fragment.statements)) == [(ALICE.value, SCHEMA.worksFor.value, ACME.value, STATEMENT.value)]
    assert list(rows(fragment.event_dates)) == [(MEETING.value, "2024-05")]
    assert list(rows(fragment.event_kinds)) == [(MEETING.value, KG.Meeting.value)]


def test_a_fragment_does_not_depend_on_the_quads_order_or_repeats():
    quads = _article_quads()
    shuffled = quads * 2
    random.Random(4).shuffle(shuffled)
    assert graph_fragment(shuffled) == graph_fragment(quads)
    assert graph_fragment([]) == GraphFragment()


def test_a_fragment_pickles_small_and_shares_its_strings():
    fragment = graph_fragment(_article_quads())
    blob = pickle.dumps(fragment, protocol=pickle.HIGHEST_PROTOCOL)
    back, again = pickle.loads(blob), pickle.loads(blob)
    assert back == fragment
    assert back.entities[0][0] is again.entities[0][0]  # one string for both fragments read
    assert len(blob) < 3 * len(TEXT) + 2000


def test_merged_records_of_hand_written_quads():
    data = view_data([graph_fragment(_article_quads())])
    alice, acme = data.entities[ALICE.value], data.entities[ACME.value]
    assert alice.labels == {"en": "Alice"} and alice.alt_labels == [("en", "Alicja"), ("pl", "Ala")]
    assert alice.same_as == ["http://www.wikidata.org/entity/Q1"] and alice.mention_count == 1
    assert acme.type == "Organization" and acme.labels == {"": "Acme"}
    article = data.articles[ART.value]
    assert (article.id, article.lang, article.date, article.sentences) == ("one", "en", "2024-05-02", [(0, 20), (21, 36)])
    assert [(m.begin, m.end, m.sentence) for m in article.mentions] == [(0, 5, (0, 20))]
    by_via = {link.via: link for link in data.links}
    assert by_via[""].predicate == "worksFor" and by_via[""].evidence[0].text == "an anchor of its own"
    assert (by_via[ROLE.value].predicate, by_via[ROLE.value].note) == ("positionIn", "chair")
    assert by_via[ROLE.value].evidence[0].text == TEXT[0:20]  # the slice, read back from the article's text
    [event] = data.events
    assert (event.date, event.kind, event.participants, event.places) == ("2024-05", "Meeting",
                                                                            [("participant", ALICE.value)], [TOWN.value])


def test_fragments_merge_in_any_order_with_fixed_winners():
    second = [Quad(ALICE, RDF.type, SCHEMA.Person, G2), Quad(ALICE, RDFS.label, Literal("Al", language="en"), G2),
              Quad(MEETING, RDF.type, SCHEMA.Event, G2), Quad(MEETING, RDF.type, KG.Assembly, G2),
              Quad(MEETING, SCHEMA.startDate, Literal("2024-04-30", datatype=XSD.date), G2),
              Quad(NamedNode(B + "fact/a-statement"), RDF.subject, ALICE, G2),
              Quad(NamedNode(B + "fact/a-statement"), RDF.predicate, SCHEMA.worksFor, G2),
              Quad(NamedNode(B + "fact/a-statement"), RDF.object, ACME, G2)]
    fragments = [graph_fragment(_article_quads()), graph_fragment(second)]
    data = view_data(fragments)
    assert data == view_data(reversed(fragments))
    assert data.entities[ALICE.value].labels == {"en": "Al"}  # the least label of a language, whichever graph says it
    assert (data.events[0].date, data.events[0].kind) == ("2024-04-30", "Assembly")
    [works] = [link for link in data.links if link.predicate == "worksFor"]
    assert works.evidence == ()  # the least statement node's (fact/a-statement, stated without evidence)


def _store(quads: list[Quad], *, named: bool = True) -> Store:
    store = Store()
    store.extend(quads if named else [Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads])
    if named:
        store.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)  # the union, as builds do
    return store


def test_a_store_without_named_graphs_is_one_graph():
    quads = build_quads()
    store = _store(quads, named=False)
    assert len(list(store_fragments(store))) == 1
    assert load_view_data(store) == load_view_data_sparql(store)
    assert len(list(store_fragments(_store(quads)))) == 2


def test_fragments_give_the_sparql_view_data_on_the_tiny_build(tiny_build):
    store = open_store(tiny_build)
    assert load_view_data(store) == load_view_data_sparql(store)


def test_fragments_give_the_sparql_view_data_on_the_seed_build(seed_build):
    data, expected = load_view_data(seed_build.store), load_view_data_sparql(seed_build.store)
    assert data.entities == expected.entities and data.articles == expected.articles
    assert data.links == expected.links and data.events == expected.events
