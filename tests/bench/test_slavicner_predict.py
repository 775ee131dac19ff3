"""bench/slavicner's two predictors for real: kgraph built on documents written here and read back
from its graph, and the raw models (Natasha, spaCy) on the same texts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from slavicner import predict_kgraph, predict_raw  # noqa: E402
from slavicner.model import Document  # noqa: E402

RU = ("Министр иностранных дел Аркадий Вереснев встретился в Женеве с представителями Евросоюза.\n"
      "После встречи Аркадий Вереснев заявил журналистам, что переговоры продолжатся в Москве.\n")
PL = ("Premier Tomasz Wierzbicki spotkał się w Brukseli z przedstawicielami Komisji Europejskiej.\n"
      "Po spotkaniu Tomasz Wierzbicki powiedział dziennikarzom, że rozmowy będą kontynuowane w Warszawie.\n")
DOCUMENTS = [Document("raw/t/ru/r.txt", "t", "ru", RU, ()), Document("raw/t/pl/p.txt", "t", "pl", PL, ())]


def _surfaces(predictions, doc: Document) -> set[str]:
    return {p.surface for p in predictions.get(doc.path, [])}


@pytest.mark.slow
def test_kgraph_predictions_are_read_back_over_the_files_own_text(tmp_path):
    run = predict_kgraph.build_and_read(DOCUMENTS, tmp_path)
    assert run.missing == [] and run.unmatched == []
    assert run.detected == {"raw/t/ru/r.txt": "ru", "raw/t/pl/p.txt": "pl"}
    for doc in DOCUMENTS:
        for p in run.predictions[doc.path]:
            assert doc.text[p.begin:p.end] == p.surface
    lavrov = [p for p in run.predictions["raw/t/ru/r.txt"] if p.surface == "Аркадий Вереснев"]
    assert len(lavrov) == 2 and {p.kind for p in lavrov} == {"PER"} and len({p.cluster for p in lavrov}) == 1
    assert "Аркадий Вереснев" in lavrov[0].labels  # its Russian rdfs:label
    geneva = [p for p in run.predictions["raw/t/ru/r.txt"] if p.surface == "Женеве"]
    assert "Женеве" in geneva[0].names and "Женеве" not in geneva[0].labels  # a skos:altLabel, not the label
    assert (tmp_path / "corpus-map.json").is_file() and run.seconds >= run.extract_seconds > 0


def test_the_raw_models_take_their_script():
    assert predict_raw.is_cyrillic(RU) and not predict_raw.is_cyrillic(PL)
    run = predict_raw.run_raw(DOCUMENTS)
    assert run.articles == {"natasha": 1, "spacy": 1}
    ru = run.predictions["raw/t/ru/r.txt"]
    assert {(p.surface, p.kind) for p in ru} >= {("Аркадий Вереснев", "PER"), ("Женеве", "LOC")}
    for doc in DOCUMENTS:
        for p in run.predictions[doc.path]:
            assert doc.text[p.begin:p.end] == p.surface and p.labels == {p.surface}
    assert "Tomasz Wierzbicki" in _surfaces(run.predictions, DOCUMENTS[1])
