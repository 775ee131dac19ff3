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
