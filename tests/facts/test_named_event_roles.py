"""A named event (an Event entity: a country's exit, a referendum's name) is what talks, deals or
ministers are about, no party to them, nor the body of a post (issue 13: 'Brexit' as a minister's
body, Brexit as a participant of the talks). What a protest or vote is against may be one. The
names are invented for these tests; 'Brexit' is the one named event the models know well."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("uk", "Міністр з питань Brexit Марк Волтон заявив, що переговори тривають.", "Марк Волтон"),
    ("ru", "Министр по делам Brexit Марк Уолтон заявил, что переговоры продолжаются.", "Марк Уолтон"),
], ids=["uk", "ru"])
def test_a_minister_for_a_named_event_answers_for_it(lang: str, text: str, holder: str) -> None:
    facts, _, _, name = run(text, lang)
    bodies = [name(f.object) for f in facts if f.predicate == "holdsPosition" and name(f.subject) == holder]
    assert "Brexit" not in bodies  # the post is not held in the event
    assert (holder, "Brexit") in [(name(f.subject), name(f.object)) for f in facts if f.predicate == "responsibleFor"]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Головний представник ЄС на переговорах щодо Brexit Жан Дюпон повідомив про прогрес."),
    ("ru", "Переговоры по Brexit продолжатся в четверг в Брюсселе."),
    ("pl", "Rozmowy w sprawie Brexitu będą kontynuowane w czwartek w Brukseli."),
], ids=["uk", "ru", "pl"])
def test_a_named_event_takes_no_part_in_talks(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    assert not [e for e in events for _, ref in e.participants if (name(ref) or "").startswith("Brexit")]


def test_pl_a_protest_against_a_named_event_keeps_it_as_affected() -> None:
    _, events, _, name = run("Tysiące ludzi protestowały w Londynie przeciwko Brexitowi.", "pl")
    protests = [e for e in events if e.kind == "Protest"]
    assert protests and (Role.AFFECTED, "Brexitowi") in [(r, name(x)) for r, x in protests[0].participants]


def test_en_the_director_of_a_festival_holds_a_post_in_it() -> None:
    facts, _, _, name = run("Omar Haddad, the executive director of the Riverside Autumn Festival, was detained.", "en")
    assert [f for f in facts if f.predicate == "holdsPosition" and name(f.subject) == "Omar Haddad"
            and "Festival" in (name(f.object) or "")]


def test_ru_a_minister_for_a_named_event_is_not_of_the_ministry_named_before() -> None:
    facts, _, _, name = run("МИД Эстонии сообщил об отставке Марта Кукка. Ранее в тот же день "
                            "министерское кресло покинул министр по Брекзиту Пеетер Вяли.", "ru")
    bodies = [name(f.object) or "" for f in facts if f.predicate == "holdsPosition" and name(f.subject) == "Пеетер Вяли"]
    assert not [b for b in bodies if "Министр" in b or "МИД" in b]
