"""Which name and which body a title goes with (issue 13, fresh news): a title opening a sentence with
no name after it keeps off the name of a later title ("The President of X met with Prime Minister Y"),
"her spokesman Y" speaks for the woman just named, a national title stays in the country of the last
one, "Commissioner Y" after the Commission, "the court's spokeswoman Y" after the court named before,
the country of a body named in the sentence, titles with a prepositional tail. The names are invented
for these tests."""
from __future__ import annotations

import pytest

from .helpers import run

LATVIA, UKRAINE = "g:wd:Q211", "g:wd:Q212"


def _facts(text: str, lang: str, predicate: str) -> list[tuple]:
    facts, _, _, name = run(text, lang)
    return [(name(f.subject) or str(f.subject), name(f.object) or str(f.object), f.title, f.qualifier)
            for f in facts if f.predicate == predicate]


# -- a title after "met with" opens a phrase of its own ---------------------------------------------

@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("uk", "Президент Литви зустрівся з прем'єр-міністром Данії Ларсом Веннергреном у понеділок.",
     "Ларсом Веннергреном", "Данії"),
    ("pl", "Prezydent Litwy spotkał się z premierem Danii Larsem Wennergrenem w poniedziałek.",
     "Larsem Wennergrenem", "Danii"),
    ("ru", "Президент Литвы встретился с премьер-министром Дании Ларсом Веннергреном в понедельник.",
     "Ларсом Веннергреном", "Дании"),
    ("en", "The President of Lithuania met with Prime Minister Lars Wennergren of Denmark on Monday.",
     "Lars Wennergren", "Denmark"),
])
def test_a_title_after_met_with_is_the_names_own(lang: str, text: str, person: str, country: str) -> None:
    rows = _facts(text, lang, "holdsPosition")
    assert [r for r in rows if r[0] == person] == [(person, country, "Prime Minister", None)]


# -- "her spokesman Y" --------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "spokesman", "principal"), [
    ("en", "Prime Minister Ruta Kalnina will travel to the region on Friday, her spokesman Oskars Berzins said.",
     "Oskars Berzins", "Ruta Kalnina"),
    ("pl", "Premier Marta Zielonka odwiedzi region w piątek, zapowiedział jej rzecznik Piotr Sosna.",
     "Piotr Sosna", "Marta Zielonka"),
    ("ru", "Премьер-министр Марта Зеленская посетит регион в пятницу, сообщил её пресс-секретарь Пётр Соснин.",
     "Пётр Соснин", "Марта Зеленская"),
    ("uk", "Прем'єр-міністерка Марта Зеленська відвідає регіон у п'ятницю, повідомив її речник Петро Соснін.",
     "Петро Соснін", "Марта Зеленська"),
])
def test_a_possessive_pronoun_before_spokesman_is_the_person_named_before(
        lang: str, text: str, spokesman: str, principal: str) -> None:
    assert (spokesman, principal, "Spokesperson", None) in _facts(text, lang, "spokespersonOf")


def test_a_possessive_pronoun_agrees_in_gender() -> None:
    rows = _facts("Prime Minister Anna Kalnina met Thomas Petraitis on Friday, her spokesman Oskars Berzins said.",
                  "en", "spokespersonOf")
    assert [r[1] for r in rows] == ["Anna Kalnina"]


# -- a national title in the country of the last one ------------------------------------------------

def test_a_national_title_stays_in_the_country_of_the_last_one() -> None:
    text = ("Latvia's Interior Minister Janis Ozols said on Thursday that two people had died.\n\n"
            "Rescue teams were still searching for a missing driver, Ozols said.\n\n"
            "Prime Minister Ruta Kalnina will visit the region on Monday, her spokesman Oskars Berzins said.")
    rows = _facts(text, "en", "holdsPosition")
    assert ("Ruta Kalnina", LATVIA, "Prime Minister", None) in rows


# -- the body a title is made from, or a lower-case head of a body named before ---------------------

@pytest.mark.parametrize("text", [
    "The European Commission promised funds, Commissioner Ingrid Solberg said on Tuesday.",
    "The Electoral Commission published the results, commissioner Ingrid Solberg said.",
])
def test_commissioner_of_the_commission_named_before(text: str) -> None:
    rows = _facts(text, "en", "holdsPosition")
    assert [(r[0], r[1].endswith("Commission"), r[2]) for r in rows] == [("Ingrid Solberg", True, "Commissioner")]


@pytest.mark.parametrize(("lang", "text", "person", "court"), [
    ("pl", "Sąd Rejonowy w Toruniu uniewinnił biznesmena. Jak poinformował rzecznik sądu Marek Lis, "
           "wyrok jest nieprawomocny.", "Marek Lis", "Sąd Rejonowy w Toruniu"),
    ("uk", "Окружний адміністративний суд Києва скасував рішення. Як повідомила речниця суду Ірина Мельник, "
           "рішення можна оскаржити.", "Ірина Мельник", "Окружний адміністративний суд Києва"),
    ("ru", "Басманный районный суд Москвы арестовал бизнесмена. Как сообщила пресс-секретарь суда "
           "Ирина Мельникова, арест продлится два месяца.", "Ирина Мельникова", "Басманный районный суд Москвы"),
])
def test_a_lower_case_body_after_the_title_is_the_one_named_before(lang: str, text: str, person: str, court: str) -> None:
    assert [(r[0], r[1]) for r in _facts(text, lang, "spokespersonOf")] == [(person, court)]


# -- the country of a body named in the sentence ----------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "person"), [
    ("uk", "Служба безпеки України затримала колишнього заступника міністра оборони Олега Сидоренка.",
     "Олега Сидоренка"),
    ("ru", "Служба безопасности Украины задержала бывшего заместителя министра обороны Олега Сидоренко.",
     "Олега Сидоренко"),
])
def test_a_national_title_takes_the_country_of_a_body_in_the_sentence(lang: str, text: str, person: str) -> None:
    assert (person, UKRAINE, "Deputy Minister", "former") in _facts(text, lang, "holdsPosition")


# -- titles with a prepositional tail ---------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("ru", "Уполномоченный по правам человека в Литве Ирина Соколова заявила, что переговоры продолжаются.",
     "Ирина Соколова", "Литве"),
    ("uk", "Уповноважена з прав людини в Литві Ірина Соколова заявила, що переговори тривають.",
     "Ірина Соколова", "Литві"),
])
def test_human_rights_commissioner(lang: str, text: str, person: str, country: str) -> None:
    assert (person, country, "Human Rights Commissioner", None) in _facts(text, lang, "holdsPosition")
