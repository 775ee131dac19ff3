"""A body named after a person ('в Інституті Петра Гончаренка', 'Fundacja Anny Nowak'): the name in
the genitive right after a head word of ``named_after_heads`` (names.json) names one organisation with
the head, not the person; a name in the nominative after the head ('Dyrektor Instytutu Jan Kowalski')
is a person, the body's officer. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.facts import extract_facts
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityType
from kgraph.parse import parse


def types(lang: str, text: str) -> dict[str, EntityType]:
    return {m.text: m.type for m in mentions_of(parse(Article(id="t", path=Path("t.txt"), text=text, lang=lang)))}


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("uk", "У понеділок про 10 000 щеплень повідомили в Інституті Петра Гончаренка.", "Інституті Петра Гончаренка"),
    ("ru", "Как сообщил фонд Ивана Петренко, помощь уже отправлена.", "фонд Ивана Петренко"),
    ("pl", "Jak podał Instytut Jana Kowalskiego, liczba zakażeń wzrosła.", "Instytut Jana Kowalskiego"),
    ("pl", "W Fundacji Anny Nowak poinformowano, że zbiórka się udała.", "Fundacji Anny Nowak"),
    ("cs", "Podle Institutu Jana Nováka počet nakažených vzrostl.", "Institutu Jana Nováka"),
    ("sl", "Kot so sporočili z Inštituta Janeza Novaka, se je število okužb povečalo.", "Inštituta Janeza Novaka"),
])
def test_a_person_named_after_a_body_head_is_the_body(lang: str, text: str, body: str) -> None:
    found = types(lang, text)
    assert found.get(body) is EntityType.ORGANIZATION, found


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("pl", "Dyrektor Instytutu Jan Kowalski powiedział, że szczepionka jest bezpieczna.", "Jan Kowalski"),
    ("cs", "Ředitel ústavu Jan Novák řekl, že vakcína je bezpečná.", "Jan Novák"),
])
def test_the_officer_named_after_the_body_stays_a_person(lang: str, text: str, person: str) -> None:
    assert types(lang, text).get(person) is EntityType.PERSON


def test_the_institute_not_the_namesake_reports() -> None:
    text = "У понеділок про 10 000 щеплень повідомили в Інституті Петра Гончаренка."
    parsed = parse(Article(id="t", path=Path("t.txt"), text=text, lang="uk"))
    _, events, _ = extract_facts(parsed, mentions_of(parsed))
    agents = [text[ref.begin:ref.end] for e in events if e.kind == "Statement" for _, ref in e.participants]
    assert agents == ["Інституті Петра Гончаренка"]
