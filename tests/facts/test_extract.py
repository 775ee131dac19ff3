"""Relations, events and claims on sentences written for these tests (en, ru, pl)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.facts import gazetteer_ref, mention_ref
from kgraph.model import PUBLISHER_REF, EntityRef, EntityType, Mention, RefKind

from .helpers import run


def _rel(facts, name, predicate):
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


def _kinds(events):
    return {e.kind for e in events}


# -- refs ------------------------------------------------------------------------------------

def test_refs_are_typed_and_round_trip_through_their_written_form() -> None:
    mention = mention_ref(Mention("t", "en", 3, 9, "Hansen", EntityType.PERSON, "Hansen"))
    assert (mention.kind, mention.begin, mention.end) == (RefKind.MENTION, 3, 9)
    country = gazetteer_ref("wd:Q142")
    assert (country.kind, country.entry) == (RefKind.GAZETTEER, "wd:Q142")
    for ref, written in ((mention, "m:3:9"), (country, "g:wd:Q142"), (PUBLISHER_REF, "p:")):
        assert str(ref) == written and EntityRef.parse(written) == ref
    assert sorted([EntityRef.mention(10, 12), country, EntityRef.mention(9, 10)]) == [
        country, EntityRef.mention(10, 12), EntityRef.mention(9, 10)]  # ordered as written
    assert len({mention, EntityRef.mention(3, 9), country}) == 2  # equal refs are one dict key
    for bad in ("m:3", "g:", "x:1", ""):
        with pytest.raises(ValueError):
            EntityRef.parse(bad)


# -- positions -------------------------------------------------------------------------------

def test_en_position_title_of_country_then_name() -> None:
    facts, _, _, name = run("The President of France, Emmanuel Macron, arrived in Berlin.", "en")
    assert ("Emmanuel Macron", "France") in _rel(facts, name, "holdsPosition")


def test_ru_position_genitive_country() -> None:
    facts, _, _, name = run("Президент Франции Эмманюэль Макрон прилетел в Берлин.", "ru")
    assert any(s.startswith("Эмманюэль") and o.startswith("Франц") for s, o in _rel(facts, name, "holdsPosition"))


def test_pl_position_genitive_country() -> None:
    facts, _, _, name = run("Prezydent Francji Emmanuel Macron przyleciał do Berlina.", "pl")
    assert any(s.startswith("Emmanuel") and o.startswith("Franc") for s, o in _rel(facts, name, "holdsPosition"))


def test_position_titles_are_canonical() -> None:
    facts, _, _, _ = run("Prezydent Francji Emmanuel Macron przyleciał do Berlina.", "pl")
    assert {f.title for f in facts if f.predicate == "holdsPosition"} == {"President"}


# -- nationality, membership, state bodies, places --------------------------------------------

def test_en_demonym_gives_nationality_by_gazetteer_ref() -> None:
    facts, _, _, name = run("Peter Hansen, a Norwegian skier, won the race.", "en")
    nat = [f for f in facts if f.predicate == "nationality"]
    assert nat and nat[0].object.kind is RefKind.GAZETTEER and name(nat[0].subject) == "Peter Hansen"


def test_en_membership_list() -> None:
    facts, _, _, name = run("NATO, an alliance of France, Germany, Italy and Poland, met in Brussels.", "en")
    members = {s for s, _ in _rel(facts, name, "memberOf")}
    assert {"France", "Germany", "Italy", "Poland"} <= members


def test_pl_membership_list() -> None:
    facts, _, _, name = run("Sojusz tworzą Francja, Niemcy, Włochy i Polska.", "pl")
    # no organisation in the sentence or before it: nothing is invented
    assert not _rel(facts, name, "memberOf")


def test_en_ministry_of_country_is_part_of_it() -> None:
    facts, _, _, name = run("The Ministry of Foreign Affairs of Norway issued a statement.", "en")
    assert any(f.predicate == "partOf" for f in facts)


def test_ru_bracketed_region_contains_village() -> None:
    facts, _, _, name = run("Его задержали в селе Красное (Воронежская область) вечером.", "ru")
    pairs = _rel(facts, name, "containedInPlace")
    assert any("Воронежская" in (o or "") for _, o in pairs) or not pairs


# -- events ----------------------------------------------------------------------------------

def test_en_detention_with_place_and_date() -> None:
    _, events, _, name = run("Police detained John Miller in Paris on March 3, 2023.", "en")
    det = next(e for e in events if e.kind == "Detention")
    assert any(role == "affected" and name(ref) == "John Miller" for role, ref in det.participants)
    assert name(det.place) == "Paris"
    assert det.date == dt.date(2023, 3, 3)


def test_en_passive_detention_affected() -> None:
    _, events, _, name = run("John Miller was arrested in Lyon.", "en")
    det = next(e for e in events if e.kind == "Detention")
    assert any(r == "affected" and name(x) == "John Miller" for r, x in det.participants)


def test_ru_detention_and_release_dates() -> None:
    _, events, _, name = run("Иван Петров был задержан в Казани 5 марта. 10 марта Иван Петров был освобождён.", "ru")
    kinds = {e.kind: e for e in events}
    assert "Detention" in kinds and "Release" in kinds
    assert kinds["Detention"].date == dt.date(2023, 3, 5)
    assert kinds["Release"].date == dt.date(2023, 3, 10)


def test_pl_travel_to_place() -> None:
    _, events, _, name = run("Jan Kowalski przyleciał do Berlina w poniedziałek.", "pl")
    travel = next(e for e in events if e.kind == "Travel")
    assert name(travel.place) == "Berlina"


def test_pl_deployment_with_country() -> None:
    _, events, _, name = run("Francja wyśle żołnierzy do Mali.", "pl")
    dep = next(e for e in events if e.kind == "Deployment")
    assert any(name(x) == "Francja" for _, x in dep.participants)


def test_events_without_arguments_are_dropped() -> None:
    _, events, _, _ = run("The detention was brutal.", "en")
    assert not [e for e in events if e.kind == "Detention"]


def test_event_keys_are_stable_per_sentence_and_kind() -> None:
    a = run("Police detained John Miller in Paris.", "en")[1]
    b = run("Police detained John Miller in Paris.", "en")[1]
    assert [e.key for e in a] == [e.key for e in b]
    assert all(e.key.startswith("t/") for e in a)


def test_no_date_without_an_expression() -> None:
    _, events, _, _ = run("Police detained John Miller in Paris.", "en")
    assert all(e.date is None for e in events)


def test_pronoun_subject_takes_the_person_named_before() -> None:
    _, events, _, name = run("John Miller is a pianist. He flew to Rome on March 2.", "en")
    travel = next(e for e in events if e.kind == "Travel")
    assert any(name(x) == "John Miller" for _, x in travel.participants)
    assert name(travel.place) == "Rome"


# -- claims ----------------------------------------------------------------------------------

def test_en_claim_attributed_to_speaker_with_event() -> None:
    _, events, claims, name = run("Reuters reported that police detained John Miller in Paris.", "en")
    claim = next(c for c in claims if name(c.source) == "Reuters")
    assert claim.about and claim.about.endswith("/Detention")
    assert "Statement" in _kinds(events)


def test_ru_source_phrase() -> None:
    _, _, claims, name = run("Иван Петров был задержан в Казани, сообщает ТАСС.", "ru")
    assert any(name(c.source) == "ТАСС" for c in claims)


def test_pl_reporting_verb() -> None:
    _, _, claims, name = run("Reuters informował, że w Paryżu zatrzymano Jana Kowalskiego.", "pl")
    assert any(name(c.source) == "Reuters" for c in claims)


def test_claim_concerns_are_bounded() -> None:
    _, _, claims, _ = run("Reuters reported that France, Germany, Italy, Spain, Poland, Austria, Belgium and Greece met.", "en")
    assert all(len(c.concerns) <= 6 for c in claims)


def test_places_are_never_travellers() -> None:
    _, events, _, name = run("Вчера я прилетел в Ереван, где были также граждане Грузии и Ирана.", "ru")
    travel = [e for e in events if e.kind == "Travel"]
    assert travel
    assert not any(name(ref) in {"Грузии", "Ирана"} for e in travel for _, ref in e.participants)
