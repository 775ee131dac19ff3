"""bench/bench_facts.py for real on a tiny SlavicNER-shaped repository written here: its gold
documents found by their SlavicNER paths, built by kgraph, scored by kgraph.evaluate, audited."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_facts
from facts_bench import documents
from slavicner.corpus import HeldOutTopic, Repository

TEXT = ("Police detained the journalist Marek Olszewski in Gdansk on 5 March 2021.\n"
        "Marek Olszewski was released two days later, his lawyer told Reuters.\n")
PATH = "raw/strikes/en/doc-1.txt"


def _repository(root: Path) -> Path:
    (root / "raw/strikes/en").mkdir(parents=True)
    (root / PATH).write_text(TEXT, encoding="utf-8")
    (root / "SPLIT_single_out_topic_train.txt").write_text(PATH + "\n", encoding="utf-8")
    return root


def _gold(folder: Path, doc: str = PATH) -> Path:
    folder.mkdir()
    registry = {"PER-Marek-Olszewski": {"type": "Person", "labels": {"en": "Marek Olszewski"}, "wikidata": None},
                "GPE-Gdansk": {"type": "Place", "labels": {"en": "Gdansk"}, "wikidata": None},
                "ORG-Reuters": {"type": "Organization", "labels": {"en": "Reuters"}, "wikidata": None}}
    (folder / "entities.json").write_text(json.dumps(registry), encoding="utf-8")
    annotation = {"doc": doc, "lang": "en",
                  "mentions": [{"entity": "PER-Marek-Olszewski", "text": "Marek Olszewski"},
                               {"entity": "GPE-Gdansk", "text": "Gdansk"}, {"entity": "ORG-Reuters", "text": "Reuters"}],
                  "relations": [{"s": "PER-Marek-Olszewski", "p": "detained_in", "o": "GPE-Gdansk",
                                 "evidence": "detained the journalist Marek Olszewski in Gdansk"}],
                  "events": [{"id": "Detention", "kind": "Detention", "participants": ["PER-Marek-Olszewski"],
                              "place": "GPE-Gdansk", "date": "2021-03-05", "evidence": "Police detained"}]}
    (folder / "doc-1.json").write_text(json.dumps(annotation), encoding="utf-8")
    return folder


def test_the_gold_documents_are_written_under_their_own_paths(tmp_path):
    from kgraph.evaluate.gold import load_gold

    repo = Repository(_repository(tmp_path / "slavicner"))
    paths = documents.gold_paths(load_gold(_gold(tmp_path / "gold")))
    assert paths == [PATH]
    written = documents.write_corpus(repo, paths, tmp_path / "corpus")
    assert (written / PATH).read_text(encoding="utf-8") == TEXT


def test_the_held_out_topic_is_refused(tmp_path):
    from kgraph.evaluate.gold import load_gold

    gold = load_gold(_gold(tmp_path / "gold", doc="raw/us_election_2020/en/x.txt"))
    with pytest.raises(HeldOutTopic):
        documents.gold_paths(gold)


@pytest.mark.slow
def test_the_benchmark_builds_scores_and_audits_the_documents(tmp_path, capsys):
    repo, gold = _repository(tmp_path / "slavicner"), _gold(tmp_path / "gold")
    audit_file, figures_file = tmp_path / "audit.md", tmp_path / "figures.json"
    runs = bench_facts.main([str(repo), "--gold", str(gold), "--no-seeds", "--audit", "2",
                             "--audit-file", str(audit_file), "--json", str(figures_file)])
    run = runs["slavicner"]
    assert (run["relations_gold"], run["events_gold"], run["documents"]) == (1, 1, 1)  # the gold file found its article
    assert run["events_found"] == 1 and run["place_gold"] == 1 and run["date_gold"] == 1
    assert json.loads(figures_file.read_text()) == runs
    printed = capsys.readouterr().out
    assert "relation_recall" in printed and "event_date" in printed and "goal" in printed
    audit = audit_file.read_text(encoding="utf-8")
    evidence = [line.split("): ", 1)[1] for line in audit.splitlines() if line.startswith("- evidence (")]
    assert audit.count("- verdict:") == 2 and evidence
    assert all(sentence in " ".join(TEXT.split()) for sentence in evidence)
    assert f"({PATH})" in audit  # the evidence names the SlavicNER path, not kgraph's article id
