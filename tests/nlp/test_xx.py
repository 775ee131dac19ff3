from kgraph.nlp import pipeline_for


def test_fallback_finds_multiword_capitalised_names():
    doc = pipeline_for("xx")("Ayer la ministra Carmen Ruiz Delgado visitó la ciudad.")
    assert "Carmen Ruiz Delgado" in {e.text for e in doc.ents}
