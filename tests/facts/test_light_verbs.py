"""Light verbs (issue 13): 'approved sanctions', 'провели обмен пленными', 'обрав запобіжний захід' state
the event their object noun names, with the verb's subject and objects as its participants; the verb's
own sense ('approve' as a vote, 'choose' as an election) is not stated. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _kinds_and_roles(text: str, lang: str):
    _, events, _, name = run(text, lang)
    return {e.kind: {(role.value, name(ref)) for role, ref in e.participants} for e in events}


@pytest.mark.parametrize("text, lang, agent, affected", [
    ("Евросоюз утвердил новый пакет санкций против Венесуэлы.", "ru", "Евросоюз", "Венесуэлы"),
    ("Євросоюз ухвалив новий пакет санкцій проти Венесуели.", "uk", "Євросоюз", "Венесуели"),
    ("Unia Europejska przyjęła nowe sankcje wobec Wenezueli.", "pl", "Unia Europejska", "Wenezueli"),
    ("The European Union imposed new sanctions on Venezuela.", "en", "European Union", "Venezuela"),
    ("Die Europäische Union verhängte neue Sanktionen gegen Venezuela.", "de", "Europäische Union", "Venezuela"),
])
def test_approving_sanctions_is_a_sanction_by_the_approver(text, lang, agent, affected) -> None:
    found = _kinds_and_roles(text, lang)
    assert "Sanction" in found and ("agent", agent) in found["Sanction"], (lang, found)
    assert "Vote" not in found, (lang, found)


@pytest.mark.parametrize("text, lang, parties", [
    ("Армения и Азербайджан провели обмен пленными.", "ru", {"Армения", "Азербайджан"}),
    ("Вірменія та Азербайджан провели обмін полоненими.", "uk", {"Вірменія", "Азербайджан"}),
    ("Armenia i Azerbejdżan przeprowadziły wymianę jeńców.", "pl", {"Armenia", "Azerbejdżan"}),
    ("Armenia and Azerbaijan carried out a prisoner exchange.", "en", {"Armenia", "Azerbaijan"}),
])
def test_states_carrying_out_an_exchange_are_its_parties(text, lang, parties) -> None:
    found = _kinds_and_roles(text, lang)
    assert "PrisonerExchange" in found, (lang, found)
    assert parties <= {who for _, who in found["PrisonerExchange"]}, (lang, found)


@pytest.mark.parametrize("text, lang", [
    ("Ленинский районный суд избрал Олегу Сомову меру пресечения в виде домашнего ареста.", "ru"),
    ("Франківський районний суд обрав Олегу Сомику запобіжний захід у вигляді тримання під вартою.", "uk"),
    ("Sąd Rejonowy w Opolu zastosował wobec Olega Somka środek zapobiegawczy w postaci dozoru policji.", "pl"),
])
def test_a_court_choosing_a_measure_of_restraint_elects_no_one(text, lang) -> None:
    found = _kinds_and_roles(text, lang)
    assert "Election" not in found and "Vote" not in found, (lang, found)
    assert "CourtRuling" in found, (lang, found)


@pytest.mark.parametrize("text, lang", [
    ("Sejm przyjął ustawę o wyborach.", "pl"),
    ("Дума приняла закон о выборах.", "ru"),
])
def test_an_event_noun_behind_a_preposition_is_not_the_verb_s_event(text, lang) -> None:
    """'approved the law on elections': a law was passed, no election held."""
    assert "Election" not in _kinds_and_roles(text, lang), lang


def test_a_light_verb_without_an_event_noun_keeps_its_own_kind() -> None:
    found = _kinds_and_roles("Парламент избрал Олега Сомова председателем.", "ru")
    assert "Election" in found, found


@pytest.mark.parametrize("text, lang", [
    ("Про це повідомив Олег Сомик, а бортпровідники проведуть страйк у п'ятницю.", "uk"),
    ("O tym poinformował Oleg Somek, a stewardesy przeprowadzą strajk w piątek.", "pl"),
])
def test_without_a_parse_a_light_verb_s_doer_stands_right_before_it(text, lang) -> None:
    """The crews strike; the man named in the clause before does not."""
    found = _kinds_and_roles(text, lang)
    assert not any(role == "agent" for role, _ in found.get("Strike", ())), (lang, found)


# -- reaction verbs: who condemns an event did not do it ----------------------------------------------

@pytest.mark.parametrize("text, lang, reactor", [
    ("Foreign Minister Ilona Varga condemned the attack on the embassy.", "en", "Ilona Varga"),
    ("МИД Молдовы осудил нападение на посольство.", "ru", "МИД Молдовы"),
    ("МЗС Молдови засудило напад на посольство.", "uk", "МЗС Молдови"),
    ("MSZ Mołdawii potępiło atak na ambasadę.", "pl", "MSZ Mołdawii"),
    ("Das Außenministerium Moldaus verurteilte den Angriff auf die Botschaft.", "de", "Außenministerium Moldaus"),
])
def test_who_condemns_an_attack_is_none_of_its_parties(text, lang, reactor) -> None:
    found = _kinds_and_roles(text, lang)
    assert not any(who == reactor for roles in found.values() for _, who in roles if roles is not found.get("Statement")), \
        (lang, found)
    assert "CourtRuling" not in found and "Sentencing" not in found, (lang, found)


@pytest.mark.parametrize("text, lang", [
    ("Указ об освобождении его от должности подписал президент.", "ru"),
    ("Указ про звільнення його з посади підписав президент.", "uk"),
    ("Premier podpisał decyzję o zwolnieniu go ze stanowiska.", "pl"),
])
def test_release_from_a_post_is_no_release_from_custody(text, lang) -> None:
    assert "Release" not in _kinds_and_roles(text, lang), lang
