"""All scores of a tiny graph against a tiny gold set, and gold documents matched to kgraph's article ids."""
from __future__ import annotations

import json
from pathlib import Path

from kgraph.evaluate import corpus_article_ids, load_gold, score

from .helpers import article, doc, turtle, write_gold

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "kgscore_floors.json").read_text())
ENTITIES = {"Mara_Velin": {"type": "Person", "wikidata": "Q101"}, "Orsk": {"type": "Place", "wikidata": None}}
EN = "Mara Velin came back to Orsk on Monday after a long journey across the northern hills.\n"
RU = "Мара Велин вернулась в Орск в понедельник после долгого путешествия по северным холмам.\n"


def _graph(tmp_path: Path, *idents: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(turtle(*(article(i, ("Mara Velin", "mara"), ("Orsk", "orsk")) for i in idents),
                           "ex:mara a schema:Person ; owl:sameAs wd:Q101 ; schema:homeLocation ex:orsk .",
                           "ex:orsk a schema:Place ."), encoding="utf-8")
    return path


def _gold(folder: Path, *names: str, entities: dict | None = ENTITIES) -> Path:
    return write_gold(folder, entities, *(doc(n, "en", [("Mara_Velin", "Mara Velin"), ("Orsk", "Orsk")],
                                              [("Mara_Velin", "lives_in", "Orsk")]) for n in names))


def test_a_perfect_graph_scores_one_on_every_figure_the_floors_name(tmp_path: Path) -> None:
    scores = score(_graph(tmp_path, "a"), _gold(tmp_path / "gold", "a.txt"))
    summary = scores.summary()
    assert set(FLOORS) - {"mention_f1_ru", "mention_f1_pl"} <= set(summary)
    assert summary == {"b3_f1": 1.0, "crosslingual_unity": 0.0, "event_date": 0.0, "event_place": 0.0,
                       "event_recall": 0.0, "mention_f1_all": 1.0, "mention_f1_en": 1.0, "relation_recall": 1.0,
                       "type_accuracy": 1.0, "wikidata_precision": 1.0, "wikidata_recall": 1.0}
    assert scores.problems == ()


def test_gold_documents_naming_texts_by_path_get_the_ids_kgraph_gives_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for folder, text in (("north", EN), ("south", RU)):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "story.txt").write_text(text, encoding="utf-8")
    ids = corpus_article_ids(corpus)
    assert ids == {"north/story.txt": "north__story", "south/story.txt": "south__story"}
    gold = load_gold(_gold(tmp_path / "gold", "north/story.txt"))
    scores = score(_graph(tmp_path, "north__story", "story"), gold, article_ids=ids)
    assert scores.summary()["mention_f1_all"] == 1.0 and scores.problems == ()
    assert score(_graph(tmp_path, "south__story"), gold, article_ids=ids).summary()["mention_f1_all"] == 0.0


def test_documents_naming_no_article_or_a_taken_one_are_reported_and_left_out(tmp_path: Path) -> None:
    gold = _gold(tmp_path / "gold", "a.txt", "gone.txt")
    _gold(gold / "later", "elsewhere/a.txt", entities=None)  # read after gold/a.json
    scores = score(_graph(tmp_path, "a"), gold, article_ids={"a.txt": "a", "elsewhere/a.txt": "a"})
    assert [(p.code, p.path.name) for p in scores.problems] == [("E503", "gone.json"), ("E504", "a.json")]
    assert "'gone.txt'" in scores.problems[0].message
    assert scores.problems[1].path.parent.name == "later" and "as a.json" in scores.problems[1].message
    assert scores.mentions.total.gold == 2 and scores.summary()["mention_f1_all"] == 1.0
