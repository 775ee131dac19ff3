"""Every cookbook query (ontology/queries/*.rq) runs on the seed build and answers sensibly."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
GOLD = ROOT / "tests" / "data" / "gold"
KG = "https://w3id.org/kgraph/ontology#"

# query file -> columns every row must bind
MUST_BIND = {
    "01_detentions.rq": {"person", "personLabel", "events", "articles"},
    "02_contradicting_sources.rq": {"kind", "participant", "articles", "places", "dates"},
    "03_positions.rq": {"person", "org", "sentences", "evidence"},
    "04_events_per_day.rq": {"day", "kind", "events"},
    "05_troops_sent.rq": {"sender", "destination", "articles"},
    "06_said_by_person.rq": {"person", "claims", "articles", "text"},
    "07_multilingual_entities.rq": {"entity", "languages"},
    "08_articles_citing_outlet.rq": {"outlet", "articles", "claims"},
    "09_members_of_alliances.rq": {"organisation", "member", "sentences", "sentence"},
    "10_nationalities.rq": {"person", "country", "sentences", "text"},
    "11_events_at_place.rq": {"region", "place", "kind", "events"},
    "12_fact_provenance.rq": {"id", "node", "type", "begin", "end", "text"},
    "13_parts_of_states.rq": {"body", "state"},
    "14_person_timeline.rq": {"person", "date", "kind", "role", "event"},
}
MAY_BE_EMPTY: set[str] = set()


def _rows(seed_build, name: str) -> list[dict]:
    return seed_build.query((ROOT / "ontology" / "queries" / name).read_text(encoding="utf-8"))


def test_at_least_twelve_queries() -> None:
    assert len(QUERIES) >= 12


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_answers(seed_build, path: Path) -> None:
    rows = seed_build.query(path.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    if path.name in MAY_BE_EMPTY:
        return
    assert rows, f"{path.name} found nothing on the seeds"
    for row in rows:
        missing = {c for c in MUST_BIND.get(path.name, set()) if row.get(c) is None}
        assert not missing, f"{path.name}: row without {missing}: {row}"
    assert len({tuple(sorted(row.items())) for row in rows}) == len(rows), f"{path.name}: duplicated rows"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_answers_a_question_not_a_dump(path: Path) -> None:
    """Each query aggregates, is limited, or is parameterised by a VALUES block (a cookbook, not an export)."""
    text = re.sub(r"#.*", "", path.read_text(encoding="utf-8")).upper()
    assert "GROUP BY" in text or "LIMIT" in text or "VALUES" in text, path.name
    assert " IN (" not in text, f"{path.name}: VALUES rather than FILTER (?x IN (...))"


def _gold_languages_per_entity() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in GOLD.glob("*.json"):
        if f.name == "entities.json":
            continue
        doc = json.loads(f.read_text(encoding="utf-8"))
        for m in doc["mentions"]:
            out.setdefault(m["entity"], set()).add(doc["lang"])
    return out


def test_multilingual_entities_match_gold_roughly(seed_build) -> None:
    gold = sum(1 for langs in _gold_languages_per_entity().values() if len(langs) >= 2)
    rows = _rows(seed_build, "07_multilingual_entities.rq")
    assert len(rows) >= gold * 0.6


def test_members_come_in_lists(seed_build) -> None:
    per_org: dict[str, set[str]] = {}
    for row in _rows(seed_build, "09_members_of_alliances.rq"):
        per_org.setdefault(row["organisation"], set()).add(row["member"])
    assert max(len(v) for v in per_org.values()) >= 3


def test_detentions_have_a_place_or_date(seed_build) -> None:
    rows = _rows(seed_build, "01_detentions.rq")
    assert any(r.get("place") or r.get("date") for r in rows)
    assert all(int(r["articles"]) >= 1 and int(r["events"]) >= 1 for r in rows)


def test_detentions_are_ordered_by_reports(seed_build) -> None:
    counts = [int(r["articles"]) for r in _rows(seed_build, "01_detentions.rq")]
    assert counts == sorted(counts, reverse=True)


def test_contradictions_have_two_versions(seed_build) -> None:
    for row in _rows(seed_build, "02_contradicting_sources.rq"):
        assert int(row["articles"]) >= 2
        assert int(row["places"]) >= 2 or int(row["dates"]) >= 2
        assert len(row["placeVersions"].split()) == int(row["places"])


def test_positions_carry_titles(seed_build) -> None:
    rows = _rows(seed_build, "03_positions.rq")
    assert all(r.get("title") for r in rows)
    assert all(int(r["sentences"]) >= 1 for r in rows)


def test_events_per_day_are_dated_days(seed_build) -> None:
    for row in _rows(seed_build, "04_events_per_day.rq"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["day"])
        assert row["kind"].startswith(KG) and int(row["events"]) >= 1


def test_claims_are_counted_per_person(seed_build) -> None:
    rows = _rows(seed_build, "06_said_by_person.rq")
    assert len({r["person"] for r in rows}) == len(rows)
    assert all(int(r["claims"]) >= int(r["articles"]) >= 1 for r in rows)


def test_fact_provenance_offsets_match_the_text(seed_build) -> None:
    rows = _rows(seed_build, "12_fact_provenance.rq")
    assert len({r["id"] for r in rows}) == 1
    for row in rows:
        assert int(row["end"]) - int(row["begin"]) == len(row["text"])


def test_region_includes_contained_places(seed_build) -> None:
    rows = _rows(seed_build, "11_events_at_place.rq")
    assert len({r["region"] for r in rows}) == 1
    assert any(r["place"] != r["region"] for r in rows)


def test_timeline_is_in_date_order(seed_build) -> None:
    rows = _rows(seed_build, "14_person_timeline.rq")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {r["role"] for r in rows} <= {KG + "agent", KG + "affected", KG + "participant"}


@pytest.fixture(scope="module")
def rdflib_dataset(seed_build):
    """The seed build in rdflib's own SPARQL engine: graph.trig, the default graph the union."""
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(Path(seed_build.out_dir) / "graph.trig", format="trig")
    return dataset


def _lists(text: str) -> dict[str, str]:
    """The columns a GROUP_CONCAT makes, with its separator: SPARQL leaves the order of their
    members to the engine, so they are compared as sets."""
    lists, start = {}, 0
    for match in re.finditer(r"\bAS \?(\w+)", text):
        expression = text[start:match.start()]  # from the previous AS to this one
        if "GROUP_CONCAT" in expression:
            separator = re.search(r'separator\s*=\s*"([^"]*)"', expression)
            lists[match.group(1)] = separator.group(1) if separator else " "  # "": the values carry spaces
        start = match.end()
    return lists


def _oxigraph_rows(seed_build, text: str) -> tuple[list[str], list[tuple]]:
    from pyoxigraph import Literal

    result = seed_build.store.query(text)
    names = [v.value for v in result.variables]
    return names, [tuple(None if row[n] is None else
                         ("literal", row[n].value, row[n].language or row[n].datatype.value)
                         if isinstance(row[n], Literal) else ("node", row[n].value, "")
                         for n in names) for row in result]


def _rdflib_rows(dataset, text: str, names: list[str]) -> list[tuple]:
    import rdflib

    string = "http://www.w3.org/2001/XMLSchema#string"
    return [tuple(None if row[n] is None else
                  ("literal", str(row[n]), row[n].language or str(row[n].datatype or string))
                  if isinstance(row[n], rdflib.Literal) else ("node", str(row[n]), "")
                  for n in names) for row in dataset.query(text)]


def _comparable(rows: list[tuple], names: list[str], lists: dict[str, str]) -> list[tuple]:
    def cell(name: str, value):
        if value is None or name not in lists:
            return value
        return (value[0], tuple(sorted(value[1].split(lists[name] or None))), value[2])

    return sorted((tuple(cell(n, v) for n, v in zip(names, row)) for row in rows), key=repr)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_answers_the_same_on_a_second_engine(seed_build, rdflib_dataset, path: Path) -> None:
    """pyoxigraph and rdflib give the same rows: no answer rests on how one engine treats an
    aggregate over an unbound value or over IRIs."""
    text = path.read_text(encoding="utf-8")
    names, ours = _oxigraph_rows(seed_build, text)
    theirs = _rdflib_rows(rdflib_dataset, text, names)
    lists = _lists(text)
    assert _comparable(ours, names, lists) == _comparable(theirs, names, lists)
