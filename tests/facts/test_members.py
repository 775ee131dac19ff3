"""A name that is the attribute of a noun for its people (shareholders, staff, crews, lawyers, kin)
is not who acts or speaks: "Инвесторы X потребовали" is the investors' demand, not X's
(``member_nouns`` of cues.json, :mod:`kgraph.facts.members`). Names invented for the tests."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


def _speakers_and_agents(text: str, lang: str) -> tuple[set[str | None], set[str | None]]:
    _, events, claims, name = run(text, lang)
    speakers = {name(c.source) for c in claims}
    agents = {name(ref) for e in events for role, ref in e.participants if role == Role.AGENT}
    return speakers, agents


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("ru", "Инвесторы Аэрофлота потребовали смены руководства.", "Аэрофлот"),
    ("ru", "Акционеры компании Северсталь требуют отставки директора.", "Северсталь"),
    ("uk", "Акціонери компанії Укрнафта вимагають відставки директора.", "Укрнафт"),
    ("uk", "Профспілки пілотів Укрнафти заявили, що страйк почнеться у понеділок.", "Укрнафт"),
    ("pl", "Związki zawodowe reprezentujące pracowników Orlenu domagają się podwyżek.", "Orlen"),
    ("pl", "Piloci oraz personel pokładowy LOT-u zapowiedzieli strajk.", "LOT"),
    ("en", "Shareholders of Acme Corp demanded the resignation of the chairman.", "Acme"),
    ("en", "Acme Corp's pilots said that the strike would start on Monday.", "Acme"),
], ids=["ru-investors", "ru-classifier", "uk-shareholders", "uk-unions-of-pilots", "pl-staff", "pl-crews",
        "en-of", "en-possessive"])
def test_the_firm_of_its_people_neither_speaks_nor_acts(lang: str, text: str, firm: str) -> None:
    speakers, agents = _speakers_and_agents(text, lang)
    assert not any(s and firm in s for s in speakers | agents)


def test_ru_the_client_of_a_lawyer_does_not_speak() -> None:
    speakers, _ = _speakers_and_agents("Адвокат Ивана Петренко во вторник сказал, что надеется на оправдание.", "ru")
    assert not any(s and "Петренко" in s for s in speakers)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("ru", "Адвокат Олег Смирнов сказал, что надеется на оправдание.", "Олег Смирнов"),
    ("ru", "Компания Северсталь потребовала отставки директора.", "Северсталь"),
    ("uk", "Компанія Укрнафта заявила, що страйк почнеться у понеділок.", "Укрнафта"),
    ("pl", "Adwokat Jan Kowalczyk powiedział, że złoży apelację.", "Jan Kowalczyk"),
    ("pl", "Rzecznik Orlenu powiedział, że ceny spadną.", "Orlen"),
    ("en", "Acme Corp said that the strike would start on Monday.", "Acme Corp"),
], ids=["ru-lawyer-named", "ru-company", "uk-company", "pl-lawyer-named", "pl-spokesman", "en-company"])
def test_a_name_beside_its_noun_still_speaks(lang: str, text: str, speaker: str) -> None:
    speakers, _ = _speakers_and_agents(text, lang)
    assert any(s and speaker in s for s in speakers)
