"""The seed build conforms to ontology/shapes.ttl, and every kg: term it uses is declared."""
from __future__ import annotations

from pathlib import Path

import rdflib
from pyshacl import validate

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kgraph/ontology#"


def _graph(seed_build) -> rdflib.Graph:
    return rdflib.Graph().parse(Path(seed_build.out_dir) / "graph.ttl", format="turtle")


def test_seed_build_conforms_to_shapes(seed_build) -> None:
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "kgraph.ttl", format="turtle")
    ok, _, text = validate(_graph(seed_build), shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    assert ok, text[:4000]


def test_every_kg_term_is_declared(seed_build) -> None:
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "kgraph.ttl", format="turtle")
    declared = {s for s in ontology.subjects() if str(s).startswith(KG)}
    used = {t for triple in _graph(seed_build) for t in triple
            if isinstance(t, rdflib.URIRef) and str(t).startswith(KG)}
    assert not used - declared, sorted(used - declared)


def test_shapes_catch_an_event_without_evidence() -> None:
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    bad = rdflib.Graph().parse(data=f"""
        @prefix kg: <{KG}> . @prefix schema: <https://schema.org/> .
        <urn:e> a kg:Detention, schema:Event ; kg:affected <urn:p> .
    """, format="turtle")
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "kgraph.ttl", format="turtle")
    ok, _, _ = validate(bad, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert not ok
