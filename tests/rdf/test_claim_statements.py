"""A sentence's Statement made its speaker's claim and the reports that quote it, not the claim of
another speaker of the sentence ('A podtrzymał X, B powtórzyła, że ...': B's words are not A's
statement). Sentences and names written for these tests."""
from __future__ import annotations

import kgraph

TEXT = ("Premier Jan Kowal podtrzymał sprzeciw Polski wobec nowego gazociągu, kanclerz Anna Nowak powtórzyła,"
        " że to projekt gospodarczy.\n")

QUERY = """
SELECT ?author ?agent WHERE {
  ?claim a kg:Claim ; schema:author ?a ; prov:wasGeneratedBy ?statement .
  ?a rdfs:label ?author .
  ?statement kg:agent ?g . ?g rdfs:label ?agent .
}"""


def test_a_claim_is_generated_only_by_its_speakers_statement(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    kg = kgraph.build(corpus, tmp_path / "out")
    pairs = {(str(row["author"]), str(row["agent"])) for row in kg.query(QUERY)}
    assert pairs, pairs
    assert all(author == agent for author, agent in pairs), pairs
