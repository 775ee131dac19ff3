"""Every cookbook query (ontology/queries/*.rq) runs on the seed build and answers sensibly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
GOLD = ROOT.parent / "shared" / "gold"

# query file -> columns every row must bind
MUST_BIND = {
    "01_detentions.rq": {"event", "person", "article"},
    "03_positions.rq": {"person", "org", "evidence"},
    "04_events_per_day.rq": {"day", "kind", "events"},
    "05_troops_sent.rq": {"sender", "destination"},
    "06_said_by_person.rq": {"person", "claim", "text", "article"},
    "07_multilingual_entities.rq": {"entity", "languages"},
    "08_articles_citing_outlet.rq": {"outlet", "article"},
    "09_members_of_alliances.rq": {"organisation", "member", "sentence"},
    "10_nationalities.rq": {"person", "country", "text"},
    "11_events_at_place.rq": {"region", "place", "event"},
    "12_fact_provenance.rq": {"node", "article", "text"},
    "13_parts_of_states.rq": {"body", "state"},
    "14_person_timeline.rq": {"person", "date", "kind"},
}
MAY_BE_EMPTY = {"02_contradicting_sources.rq"}


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
        missing = MUST_BIND.get(path.name, set()) - set(row)
        assert not missing, f"{path.name}: row without {missing}: {row}"


def _gold_languages_per_entity() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in GOLD.glob("*.json"):
        if f.name == "entities.json":
            continue
        doc = json.loads(f.read_text(encoding="utf-8"))
        for m in doc["mentions"]:
            out.setdefault(m["entity"], set()).add(doc["lang"])
    return out


@pytest.mark.skipif(not GOLD.exists(), reason="no gold annotations beside the repository")
def test_multilingual_entities_match_gold_roughly(seed_build) -> None:
    gold = sum(1 for langs in _gold_languages_per_entity().values() if len(langs) >= 2)
    rows = seed_build.query((ROOT / "ontology/queries/07_multilingual_entities.rq").read_text(encoding="utf-8"))
    assert len(rows) >= gold * 0.6


def test_members_come_in_lists(seed_build) -> None:
    rows = seed_build.query((ROOT / "ontology/queries/09_members_of_alliances.rq").read_text(encoding="utf-8"))
    per_org: dict[str, set[str]] = {}
    for row in rows:
        per_org.setdefault(row["organisation"], set()).add(row["member"])
    assert max(len(v) for v in per_org.values()) >= 3


def test_detentions_have_a_place_or_date(seed_build) -> None:
    rows = seed_build.query((ROOT / "ontology/queries/01_detentions.rq").read_text(encoding="utf-8"))
    assert any(r.get("place") or r.get("date") for r in rows)


def test_positions_carry_titles(seed_build) -> None:
    rows = seed_build.query((ROOT / "ontology/queries/03_positions.rq").read_text(encoding="utf-8"))
    assert all(r.get("title") for r in rows)
