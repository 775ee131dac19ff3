"""A title's scope is not its holder (issue 13): in 'Президент України зустрівся з …' the country says whose
office it is; the one who met is the office's holder: a title with no name after it stands for the person the
article gave that title of that country before; with none, the country is no party. Sentences written
for this test."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


def _parties(events, name, kind):
    found = [e for e in events if e.kind == kind]
    assert found, events
    return {(role, name(ref)) for role, ref in found[-1].participants}


@pytest.mark.parametrize("text, lang, country, other", [
    ("Президент Молдови зустрівся з прем'єр-міністром Данії Ларсом Геллінгом.", "uk", "Молдови", "Ларсом Геллінгом"),
    ("Президент Молдавии встретился с премьер-министром Дании Ларсом Хеллингом.", "ru", "Молдавии", "Ларсом Хеллингом"),
    ("Prezydent Mołdawii spotkał się z premierem Danii Larsem Hellingiem.", "pl", "Mołdawii", "Larsem Hellingiem"),
    ("The President of Moldova met Denmark's Prime Minister Lars Helling.", "en", "Moldova", "Lars Helling"),
])
def test_a_title_with_no_name_makes_its_country_no_party(text, lang, country, other) -> None:
    _, events, _, name = run(text, lang)
    parties = {n for _, n in _parties(events, name, "Meeting")}
    assert other in parties, (lang, parties)
    assert country not in parties, (lang, parties)


@pytest.mark.parametrize("text, lang, holder, country", [
    ("Президент Молдови Андрій Руснак прибув до Варшави в понеділок. "
     "Президент Молдови зустрівся з прем'єр-міністром Данії Ларсом Геллінгом.", "uk", "Андрій Руснак", "Молдови"),
    ("Президент Молдавии Андрей Руснак прибыл в Варшаву в понедельник. "
     "Президент Молдавии встретился с премьер-министром Дании Ларсом Хеллингом.", "ru", "Андрей Руснак", "Молдавии"),
    ("Prezydent Mołdawii Andrei Rusnac przyjechał w poniedziałek do Warszawy. "
     "Prezydent Mołdawii spotkał się z premierem Danii Larsem Hellingiem.", "pl", "Andrei Rusnac", "Mołdawii"),
    ("Moldovan President Andrei Rusnac arrived in Warsaw on Monday. "
     "The President of Moldova met Denmark's Prime Minister Lars Helling.", "en", "Andrei Rusnac", "Moldova"),
])
def test_a_title_with_no_name_stands_for_its_holder_named_before(text, lang, holder, country) -> None:
    _, events, _, name = run(text, lang)
    parties = _parties(events, name, "Meeting")
    assert (Role.AGENT, holder) in parties, (lang, parties)


@pytest.mark.parametrize("text, lang, holder", [
    ("Президент Молдови Андрій Руснак зустрівся з прем'єр-міністром Данії Ларсом Геллінгом.", "uk", "Андрій Руснак"),
    ("Prezydent Mołdawii Andrei Rusnac spotkał się z premierem Danii Larsem Hellingiem.", "pl", "Andrei Rusnac"),
])
def test_the_named_holder_meets(text, lang, holder) -> None:
    _, events, _, name = run(text, lang)
    assert (Role.AGENT, holder) in _parties(events, name, "Meeting"), lang


def test_a_country_met_without_a_title_stays_a_party() -> None:
    _, events, _, name = run("Молдова зустрілася з делегацією Данії у Брюсселі.", "uk")
    found = [e for e in events if e.kind == "Meeting"]
    assert found and "Молдова" in {name(ref) for _, ref in found[0].participants}, events


@pytest.mark.parametrize("text, lang, holder", [
    ("Министр иностранных дел Молдавии Андрей Руснак ушёл в отставку. "
     "Преемник главы МИД пока не назван, пишет Baltic Courier.", "ru", "Андрей Руснак"),
    ("Minister spraw zagranicznych Mołdawii Andrei Rusnac podał się do dymisji. "
     "Następca szefa MSZ nie został jeszcze wskazany, pisze Baltic Courier.", "pl", "Andrei Rusnac"),
])
def test_a_report_on_a_bare_title_concerns_its_holder(text, lang, holder) -> None:
    """'Преемник главы МИД пока не назван': the report is about the foreign minister named before."""
    _, _, claims, name = run(text, lang)
    reports = [c for c in claims if name(c.source) == "Baltic Courier"]
    assert reports and holder in {name(r) for r in reports[0].concerns}, (lang, claims)


def test_a_title_after_a_noun_names_a_body_not_an_office() -> None:
    """'кабінет міністрів Молдови': the ministers' cabinet of Moldova, no office whose holder met."""
    text = "У середу кабінет міністрів Молдови провів засідання у Кишиневі."
    _, events, _, name = run(text, "uk")
    found = [e for e in events if e.kind == "Meeting"]
    assert found and "Молдови" in {name(ref) for _, ref in found[0].participants}, events
