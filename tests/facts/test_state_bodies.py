"""State bodies and firms of a country named in an inflected form inside their name ("МВД
Пакистана", "Нафтогаз України"), and a place after a preposition the clause window starts past
(never the agent). Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize("lang, text", [
    ("ru", "Для розыска протестующих МВД Пакистана уже приняло меры."),
    ("uk", "Це не означає передачу акцій на користь Міністерства енергетики Пакистану."),
    ("pl", "Ministerstwo Spraw Wewnętrznych Pakistanu podjęło kroki."),
    ("en", "The Interior Ministry of Pakistan took steps."),
])
def test_a_body_named_with_its_country_in_any_case_is_part_of_it(lang: str, text: str) -> None:
    facts, _, _, _ = run(text, lang)
    assert any(f.predicate == "partOf" and str(f.object) == "g:wd:Q843" for f in facts)


@pytest.mark.parametrize("lang, text", [
    ("uk", "Пілоти компанії Укренергобуд в Німеччині також планують оголосити у п'ятницю 24-годинний страйк."),
    ("pl", "Piloci firmy Orzeł w Niemczech również planują ogłosić w piątek 24-godzinny strajk."),
])
def test_a_place_after_a_preposition_outside_the_window_is_no_agent(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    strikes = [e for e in events if e.kind == "Strike"]
    assert strikes and all(not (name(ref) or "").startswith("Niem") and not (name(ref) or "").startswith("Німеч")
                           for e in strikes for _, ref in e.participants)


def test_pl_based_on_an_agency_is_its_report() -> None:
    """"Na podst. PAP." closing a report: the agency is the source, the abbreviation ends no sentence."""
    _, _, claims, name = run("Firma Orzeł odwołała 40 lotów. Firma Orzeł przeprasza klientów. Strajk w firmie Orzeł "
                             "trwa. Na podst. Polskiej Agencji Prasowej.", "pl")
    assert any("Agencji" in (name(c.source) or "") for c in claims)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Эксперты обсуждали проекты Турецкий коридор и Балтийская труба."),
    ("uk", "Експерти обговорювали проект Турецький коридор."),
    ("pl", "Eksperci rozmawiali o projekcie Turecki Korytarz."),
])
def test_a_country_adjective_before_no_body_word_makes_no_part(lang: str, text: str) -> None:
    """'Турецкий коридор' is a pipeline named after a country, not a part of its state."""
    facts, _, _, _ = run(text, lang)
    assert not any(f.predicate == "partOf" and str(f.object) == "g:wd:Q43" for f in facts), facts


@pytest.mark.parametrize("lang, text", [
    ("ru", "Польское радио сообщило об аварии."),
    ("pl", "Pakistański Sąd Najwyższy uniewinnił Annę Nowak."),
])
def test_a_country_adjective_before_a_body_word_makes_a_part(lang: str, text: str) -> None:
    facts, _, _, _ = run(text, lang)
    assert any(f.predicate == "partOf" for f in facts), facts
