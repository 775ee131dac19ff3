"""Issue 13: the speaker a title introduces after a reporting verb and its adverbials, further than
the verb's window ("This was said in an interview to local papers by the foreign minister X"), and
titles that name their body by themselves (a eurocommissioner holds the position in the EU).
Names and sentences invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _claims(text: str, lang: str) -> dict[str | None, list[str | None]]:
    _, _, claims, name = run(text, lang)
    return {name(c.source): [name(x) for x in c.concerns] for c in claims}


@pytest.mark.parametrize(("lang", "text", "speaker", "concern"), [
    ("bg", "Правителството затвори границата с Полша. Това заяви в интервю за местни вестници "
           "министърът на външните работи Иван Петров.", "Иван Петров", "Полша"),
    ("cs", "Vláda uzavřela hranici s Polskem. Informoval o tom v rozhovoru pro místní noviny "
           "ministr zahraničí Jan Novák.", "Jan Novák", "Polskem"),
    ("sl", "Vlada je zaprla mejo s Hrvaško. O tem je v intervjuju za lokalne časopise poročal "
           "minister za zunanje zadeve Janez Novak.", "Janez Novak", "Hrvaško"),
], ids=["bg", "cs", "sl"])
def test_a_title_after_the_verb_opens_its_speaker(lang: str, text: str, speaker: str, concern: str) -> None:
    claims = _claims(text, lang)
    assert any(s and s.startswith(speaker) and any(c and c.startswith(concern) for c in cs) for s, cs in claims.items())


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("bg", "Правителството затвори границата с Полша. Това заяви в интервю за местни вестници, че "
           "министърът на външните работи Иван Петров ще подаде оставка.", "Иван Петров"),
    ("cs", "Vláda uzavřela hranici s Polskem. Informoval o tom, že ministr zahraničí Jan Novák odstoupí.", "Jan Novák"),
    ("bg", "Това заяви на пресконференция с британския министър на външните работи Иван Петров.", "Иван Петров"),
    ("cs", "Informoval o tom na tiskové konferenci s polským ministrem zahraničí Janem Novákem.", "Jan"),
], ids=["bg-comma", "cs-comma", "bg-with", "cs-with"])
def test_no_speaker_past_a_comma_or_a_preposition(lang: str, text: str, person: str) -> None:
    """The title of the reported clause ("said that the minister X will resign") or of a phrase with
    a preposition ("said at a press conference with the minister X") names no speaker."""
    assert not any(s and s.startswith(person) for s in _claims(text, lang))


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("bg", "Вчера еврокомисарят по търговията Иван Петров пристигна в Берлин.", "Иван Петров"),
    ("pl", "Eurokomisarz do spraw handlu Jan Kowalczyk przyjechał do Berlina.", "Jan Kowalczyk"),
    ("ru", "Еврокомиссар по торговле Иван Петренко прилетел в Берлин.", "Иван Петренко"),
    ("uk", "Єврокомісар з питань торгівлі Іван Петренко прилетів до Берліна.", "Іван Петренко"),
    ("cs", "Eurokomisař pro obchod Jan Novák přiletěl do Berlína.", "Jan Novák"),
    ("en", "European Commissioner John Carver arrived in Berlin.", "John Carver"),
], ids=["bg", "pl", "ru", "uk", "cs", "en"])
def test_a_eurocommissioner_holds_the_position_in_the_eu(lang: str, text: str, person: str) -> None:
    facts, _, _, name = run(text, lang)
    assert any(f.predicate == "holdsPosition" and (name(f.subject) or "").startswith(person)
               and str(f.object) == "g:wd:Q458" for f in facts)


def test_another_commissioner_names_no_body() -> None:
    """A police commissioner is no officer of the EU."""
    facts, _, _, _ = run("Komisarz policji Jan Kowalczyk przyjechał do Berlina.", "pl")
    assert not any(str(f.object) == "g:wd:Q458" for f in facts)
