"""An event's or statement's place is one its own phrase names (issue 13: places): not the city of
the court a complaint goes to ('скаргу до суду в X на будівництво'), not the province of the
minister who speaks after the quoted words ('…, - сказав міністр у провінції X'), not a place of
a conditional clause after the trigger ('…протестите, ако напусне X'); a place the event's own
phrase names stays. The names are invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _places(text: str, lang: str, kind: str) -> list[str | None]:
    _, events, _, name = run(text, lang)
    return [name(e.place) for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Екологічна організація Naturfreunde подала скаргу до Федерального конституційного суду в Карлсруе "
           "на будівництво газопроводу Skyline 3."),
    ("pl", "Organizacja Naturfreunde złożyła skargę do Trybunału Konstytucyjnego w Karlsruhe na budowę gazociągu "
           "Skyline 3."),
    ("ru", "Экологическая организация Naturfreunde подала жалобу в Конституционный суд в Карлсруэ на строительство "
           "газопровода Skyline 3."),
    ("en", "The environmental group Naturfreunde filed a complaint with the Constitutional Court in Karlsruhe "
           "against the construction of the Skyline 3 pipeline."),
], ids=["uk", "pl", "ru", "en"])
def test_the_courts_city_is_not_where_the_building_is(lang: str, text: str) -> None:
    assert not [p for p in _places(text, lang, "Construction") if p and p.startswith(("Karlsru", "Карлсру"))]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Firma Skyline rozpoczęła budowę gazociągu w Niemczech.", "Niemczech"),
    ("uk", "Компанія Skyline розпочала будівництво газопроводу в Німеччині.", "Німеччині"),
    ("en", "The firm Skyline held a meeting in Warsaw.", "Warsaw"),
], ids=["pl", "uk", "en"])
def test_the_events_own_place_stays(lang: str, text: str, place: str) -> None:
    _, events, _, name = run(text, lang)
    assert place in [name(e.place) for e in events], events


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Досі не надійшли накази про її звільнення з в'язниці, - сказав міністр юстиції в провінції Сінд "
           "Ахмед Дорані."),
    ("pl", "- Do dziś nie dotarły rozkazy umożliwiające jej wypuszczenie - mówił wcześniej Ahmed Dorani, "
           "minister więziennictwa w prowincji Sindh."),
], ids=["uk", "pl"])
def test_the_ministers_province_is_no_place_of_the_release_or_the_words(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    placed = [(e.kind, name(e.place)) for e in events if e.kind in ("Release", "Statement")]
    assert not [p for _, p in placed if p and p.startswith(("Сінд", "Sindh"))], placed


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("bg", "Те заявиха, че ще засилят протестите си, ако й бъде позволено да напусне Непал.", "Непал"),
    ("uk", "Вони заявили, що посилять протести, якщо їй дозволять залишити Непал.", "Непал"),
    ("pl", "Zapowiedzieli, że nasilą protesty, jeśli pozwoli się jej opuścić Nepal.", "Nepal"),
], ids=["bg", "uk", "pl"])
def test_a_place_of_a_conditional_clause_is_not_the_protests(lang: str, text: str, country: str) -> None:
    assert country not in _places(text, lang, "Protest")


@pytest.mark.parametrize(("lang", "text"), [
    ("bg", "Според Петър Дончев Брекзит е голяма загуба не само за Лондон, но и за Брюксел."),
    ("pl", "Według Jana Kowala Brexit to wielka strata nie tylko dla Londynu, ale i dla Brukseli."),
    ("uk", "На думку Івана Петренка, Brexit - це велика втрата не лише для Лондона, а й для Брюсселя."),
    ("ru", "По словам Ивана Петренко, Brexit - большая потеря не только для Лондона, но и для Брюсселя."),
], ids=["bg", "pl", "uk", "ru"])
def test_a_place_the_words_after_according_to_name_is_not_where_they_were_said(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    statements = [e for e in events if e.kind == "Statement"]
    assert statements, events
    assert not [name(e.place) for e in statements if e.place is not None]


def test_a_place_past_another_verbs_particle_is_not_the_sentencings() -> None:
    text = ("Адвокатът на осъдената на смърт и после оправдана журналистка Мария Петрова ще кандидатства "
            "за политическо убежище в Канада, съобщи агенция.")
    assert "Канада" not in _places(text, "bg", "Sentencing")


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Протестът на пилотите ще се проведе в София в петък.", "Protest", "София"),
    ("Стачката ще започне в Германия в петък.", "Strike", "Германия"),
], ids=["protest", "strike"])
def test_a_subject_trigger_keeps_its_verbs_place(text: str, kind: str, place: str) -> None:
    assert place in _places(text, "bg", kind)


@pytest.mark.parametrize(("lang", "text", "kind", "place"), [
    ("pl", "W Kłodawie, niewielkim mieście regionu, policjanci otworzyli ogień do demonstrujących przeciw "
           "polityce rządu.", "Protest", "Kłodawie"),
    ("uk", "У Житомирі поліцейські прийшли на мітинг опозиції.", "Rally", "Житомирі"),
    ("bg", "В Пловдив, голям град в страната, полицаите се намесиха в протеста срещу реформата.", "Protest", "Пловдив"),
    ("cs", "V Olomouci, velkém městě regionu, policisté zahájili palbu na demonstranty.", "Protest", "Olomouci"),
], ids=["pl", "uk", "bg", "cs"])
def test_a_place_that_opens_the_clause_is_the_events_past_the_verb(lang: str, text: str, kind: str, place: str) -> None:
    """A place before a verb, not closing the phrase of the noun before the trigger's preposition: the clause's."""
    assert place in _places(text, lang, kind)
