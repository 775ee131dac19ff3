"""A person whose name is in an oblique case speaks in no claim (pl, ru, uk by the dictionary): the
name's words have no nominative reading, or the adjective right before it has none ('w sprawie
30-letniego X', 'по делу 30-летнего X'); the subject named after the verb speaks. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _authors(text: str, lang: str) -> set[str | None]:
    _, _, claims, name = run(text, lang)
    return {name(c.source) for c in claims}


@pytest.mark.parametrize(("lang", "text", "spoke", "silent"), [
    ("pl", "Adam Nowak powiedział, że wyrok w sprawie 30-letniego Piotra Zielińskiego ogłosił w sobotę sędzia Jan Kowal.",
     "Adam Nowak", "Piotra Zielińskiego"),
    ("pl", "Adam Nowak powiedział, że wyrok w sprawie 30-letniego Tarima Olu ogłosił sędzia Jan Kowal.",
     "Adam Nowak", "Tarima Olu"),
    ("ru", "Адвокат Анна Смирнова сообщила, что приговор по делу 30-летнего Ивана Петрова огласил судья Олег Смирнов.",
     "Анна Смирнова", "Ивана Петрова"),
    ("uk", "Суддя Олег Коваль оголосив вирок у справі 30-річного Івана Петренка, повідомила Анна Шевчук.",
     "Анна Шевчук", "Івана Петренка"),
])
def test_a_name_in_an_oblique_case_is_no_speaker(lang: str, text: str, spoke: str, silent: str) -> None:
    authors = _authors(text, lang)
    assert spoke in authors and silent not in authors, authors


@pytest.mark.parametrize(("lang", "text", "spoke"), [
    ("pl", "Rzecznik rządu Jan Nowak powiedział, że plan jest dobry.", "Jan Nowak"),
    ("ru", "Как сообщил пресс-секретарь Кремля Иван Петров, встреча состоится.", "Иван Петров"),
])
def test_a_nominative_name_after_its_body_still_speaks(lang: str, text: str, spoke: str) -> None:
    assert spoke in _authors(text, lang)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("cs", "V následné hádce ženy Novákovou vyzvaly, aby odešla.", "Novákovou"),
    ("cs", "Úředníci pak Jaroslavu Dvořákovou vyzvali, aby se dostavila.", "Jaroslavu Dvořákovou"),
])
def test_a_name_in_an_oblique_case_is_no_speaker_where_no_dictionary_tells_cases(lang: str, text: str,
                                                                                 name: str) -> None:
    """Where no dictionary tells a name's case (cs), its words on other endings than its nominative's
    ('Novákovou' of 'Nováková') put it in an oblique case: the one called on did not speak."""
    _, events, _, named = run(text, lang)
    agents = [named(r) for e in events if e.kind == "Statement" for role, r in e.participants if role.name == "AGENT"]
    assert name not in agents, agents
