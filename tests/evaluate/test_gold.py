"""Gold sets read from FORMAT.md's files; a bad document is reported by name and the others are read."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import KgraphError
from kgraph.evaluate import load_gold

from .helpers import doc, write_gold

SEED_GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
ENTITIES = {"Mara_Velin": {"type": "Person", "labels": {"en": "Mara Velin"}, "wikidata": None},
            "Orsk_Valley": {"type": "Place", "labels": {"en": "Orsk Valley"}, "wikidata": "Q4242"}}


def test_the_seed_gold_in_the_repository_reads_whole() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.problems == ()
    assert [d.stem for d in gold.docs] == sorted(p.stem for p in SEED_GOLD.glob("0*.json"))
    assert {d.lang for d in gold.docs} == {"en", "ru", "pl"}
    assert all(gold.entities[m.entity].type in {"Person", "Organization", "Place", "Event"}
               for d in gold.docs for m in d.mentions)


def test_texts_are_normalised_and_fields_typed(tmp_path: Path) -> None:
    folder = write_gold(tmp_path, ENTITIES, doc("one.txt", "en", [("Mara_Velin", " Mara\n  Velin ")],
                                                 [("Mara_Velin", "located_in", "Orsk_Valley")],
                                                 [{"id": "Trip", "kind": "Travel", "participants": ["Mara_Velin"],
                                                   "place": "Orsk_Valley", "date": None}]))
    gold = load_gold(folder)
    [one] = gold.docs
    assert one.mentions[0].text == "Mara Velin" and one.stem == "one"
    assert one.events[0].place == "Orsk_Valley" and one.events[0].date is None
    assert gold.entities["Orsk_Valley"].wikidata == "Q4242" and gold.named() == {"Mara_Velin"}


def test_documents_in_sub_folders_name_their_text_by_a_relative_path(tmp_path: Path) -> None:
    write_gold(tmp_path, ENTITIES)
    write_gold(tmp_path / "ru", None, doc("ru/news/one.txt", "ru", [("Mara_Velin", "Мара Велин")]))
    gold = load_gold(tmp_path)
    [one] = gold.docs
    assert one.doc == "ru/news/one.txt" and one.lang == "ru" and gold.problems == ()


def test_a_broken_document_is_reported_by_name_and_the_others_are_read(tmp_path: Path) -> None:
    write_gold(tmp_path, ENTITIES, doc("good.txt", "en", [("Mara_Velin", "Mara Velin")]))
    (tmp_path / "cut.json").write_text('{"doc": "cut.txt", "mentions": [', encoding="utf-8")
    (tmp_path / "odd.json").write_text('{"doc": "odd.txt", "mentions": {"Mara_Velin": "Mara"}}', encoding="utf-8")
    gold = load_gold(tmp_path)
    assert [d.doc for d in gold.docs] == ["good.txt"]
    assert [(p.code, p.path.name) for p in gold.problems] == [("E501", "cut.json"), ("E502", "odd.json")]
    assert "cut.json: not valid JSON" in gold.problems[0].message
    assert '"mentions" must be a list' in gold.problems[1].message and "FORMAT.md" in gold.problems[1].message


def test_a_folder_without_a_registry_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KgraphError) as caught:
        load_gold(tmp_path)
    assert caught.value.code == "E500" and "entities.json" in caught.value.message


def test_a_registry_that_is_not_an_object_of_entities_is_refused(tmp_path: Path) -> None:
    (tmp_path / "entities.json").write_text('["Mara_Velin"]', encoding="utf-8")
    with pytest.raises(KgraphError) as caught:
        load_gold(tmp_path)
    assert caught.value.code == "E502" and caught.value.message.startswith("entities.json:")
