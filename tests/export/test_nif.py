"""graph.nif.ttl as a NIF consumer (GERBIL) reads it, parsed back by rdflib."""
from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib import RDF, URIRef

NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
TA_IDENT_REF = URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")
SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
WIKIDATA = "http://www.wikidata.org/entity/"
NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


def test_every_string_with_offsets_is_a_linked_mention(seed_build) -> None:
    """GERBIL takes each node with offsets and a reference context as an annotation: there are no
    sentence nodes, and each such node points to what it names."""
    nif = rdflib.Graph().parse(Path(seed_build.out_dir) / "graph.nif.ttl", format="turtle")
    spans = set(nif.subjects(NIF.referenceContext)) & set(nif.subjects(NIF.beginIndex))
    assert spans and not set(nif.subjects(RDF.type, NIF.Sentence))
    for span in spans:
        assert nif.value(span, TA_IDENT_REF) is not None, span
        assert (span, RDF.type, NIF.RFC5147String) in nif and (span, RDF.type, NIF.Phrase) in nif
        text = str(nif.value(nif.value(span, NIF.referenceContext), NIF.isString))
        begin, end = nif.value(span, NIF.beginIndex), nif.value(span, NIF.endIndex)
        assert begin.datatype == end.datatype == NON_NEGATIVE
        assert text[int(begin):int(end)] == str(nif.value(span, NIF.anchorOf))
    for context in nif.subjects(RDF.type, NIF.Context):
        assert (context, RDF.type, NIF.RFC5147String) in nif and int(nif.value(context, NIF.beginIndex)) == 0


def test_linked_mentions_point_to_wikidata(seed_build) -> None:
    out = Path(seed_build.out_dir)
    graph = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    nif = rdflib.Graph().parse(out / "graph.nif.ttl", format="turtle")
    for mention, entity in graph.subject_objects(TA_IDENT_REF):
        linked = {str(o) for o in graph.objects(entity, SAME_AS) if str(o).startswith(WIKIDATA)}
        targets = {str(o) for o in nif.objects(mention, TA_IDENT_REF)}
        assert targets == (linked or {str(entity)}), mention
    assert any(str(o).startswith(WIKIDATA) for o in nif.objects(None, TA_IDENT_REF))


def test_the_file_merged_from_graph_pieces_is_the_query_over_the_whole_store(seed_build) -> None:
    """Each graph's piece answers the query for that graph's mentions (it states the sameAs of
    the entities it names): merged, they give the bytes the query gives on the union."""
    from pyoxigraph import Store

    from kgraph.export.nif import gerbil_nif_bytes

    out = Path(seed_build.out_dir)
    store = Store.read_only(str(out / "store"))
    assert (out / "graph.nif.ttl").read_bytes() == gerbil_nif_bytes(store)


def test_pieces_of_two_graphs_naming_one_linked_entity(tmp_path) -> None:
    from pyoxigraph import Literal, NamedNode, Quad, Store

    from kgraph.export.nif import NIF_PIECE, gerbil_nif_bytes, write_nif_files
    from kgraph.output import GraphFiles

    ex, nif, its = "https://example.org/t/", str(NIF), "http://www.w3.org/2005/11/its/rdf#"
    integer = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    entity = NamedNode(ex + "entity/halvard_brekke")
    quads = []
    for name in ("a", "b"):
        graph, ctx, mention = NamedNode(ex + "graph/" + name), NamedNode(ex + name + "#char=0,20"), NamedNode(
            ex + name + "#char=0,7")
        quads += [Quad(s, NamedNode(p), o, graph) for s, p, o in [
            (ctx, str(RDF.type), NamedNode(nif + "Context")), (ctx, nif + "isString", Literal("Halvard Brekke spoke.")),
            (ctx, nif + "beginIndex", Literal("0", datatype=integer)),
            (ctx, nif + "endIndex", Literal("20", datatype=integer)),
            (ctx, nif + "sourceUrl", NamedNode(ex + "article/" + name)),
            (mention, nif + "anchorOf", Literal("Halvard")), (mention, nif + "beginIndex", Literal("0", datatype=integer)),
            (mention, nif + "endIndex", Literal("7", datatype=integer)), (mention, nif + "referenceContext", ctx),
            (mention, its + "taIdentRef", entity), (entity, str(SAME_AS), NamedNode(WIKIDATA + "Q4115189"))]]
    files = GraphFiles(tmp_path / "chunks", [NIF_PIECE])
    for name in ("a", "b"):
        files.add(ex + "graph/" + name, [q for q in quads if q.graph_name.value.endswith("/" + name)])
    assert write_nif_files(files, tmp_path / "graph.nif.ttl")
    store = Store()
    store.extend(Quad(q.subject, q.predicate, q.object) for q in quads)
    payload = (tmp_path / "graph.nif.ttl").read_bytes()
    assert payload == gerbil_nif_bytes(store) and b"wd:Q4115189" in payload
    assert not write_nif_files(files, tmp_path / "graph.nif.ttl")  # unchanged: not rewritten


def test_a_graphs_piece_read_directly_is_what_the_query_gives() -> None:
    """The piece is read off the quads without a store; on the cases the query treats apart (an
    entity with no Wikidata link, one with a Wikidata and another link, a mention whose context
    has no string, a node with offsets but no anchor, a context without a type) it gives the same."""
    from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store

    from kgraph.export.nif import _nif_triples, nif_graph_lines
    from kgraph.output import graph_lines

    ex, nif, its = "https://example.org/t/", str(NIF), "http://www.w3.org/2005/11/its/rdf#"
    integer = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    graph, ctx, bare_ctx = NamedNode(ex + "graph/a"), NamedNode(ex + "a#char=0,40"), NamedNode(ex + "b#char=0,9")
    linked, unlinked, twice = (NamedNode(ex + "entity/" + n) for n in ("linked", "unlinked", "twice"))

    def mention(begin: int, end: int, entity, context=ctx, anchor: str | None = "x") -> list[tuple]:
        node = NamedNode(f"{ex}a#char={begin},{end}")
        rows = [(node, nif + "beginIndex", Literal(str(begin), datatype=integer)),
                (node, nif + "endIndex", Literal(str(end), datatype=integer)),
                (node, nif + "referenceContext", context), (node, its + "taIdentRef", entity)]
        return rows + ([(node, nif + "anchorOf", Literal(anchor))] if anchor else [])

    rows = [(ctx, str(RDF.type), NamedNode(nif + "Context")), (ctx, nif + "isString", Literal("Text of forty letters.")),
            (ctx, nif + "beginIndex", Literal("0", datatype=integer)), (ctx, nif + "endIndex", Literal("40", datatype=integer)),
            (ctx, nif + "sourceUrl", NamedNode(ex + "article/a")),
            (bare_ctx, nif + "isString", Literal("untyped")),
            (linked, str(SAME_AS), NamedNode(WIKIDATA + "Q1")),
            (twice, str(SAME_AS), NamedNode(WIKIDATA + "Q2")), (twice, str(SAME_AS), NamedNode("https://example.org/other")),
            (twice, str(SAME_AS), BlankNode("b0")),
            *mention(0, 4, linked), *mention(5, 9, unlinked), *mention(10, 14, twice),
            *mention(15, 19, linked, context=bare_ctx), *mention(20, 24, unlinked, anchor=None)]
    quads = [Quad(s, NamedNode(p), o, graph) for s, p, o in rows]
    quads += quads[:3]  # repeated quads count once
    store = Store()
    store.extend(Quad(q.subject, q.predicate, q.object) for q in quads)
    expected = graph_lines(Quad(t.subject, t.predicate, t.object) for t in _nif_triples(store))
    assert nif_graph_lines(quads) == expected
    assert any("Q2" in line for line in expected) and any("entity/unlinked" in line for line in expected)
