"""Where an event was (kgraph/facts/where.py, the place slots of kgraph/facts/args.py): a place
after a locative preposition, a country's adjective before a place noun, the dateline's place, on
sentences written for these tests (en, ru, uk, pl, de)."""
from __future__ import annotations

import pytest

from kgraph.facts.world import world

from .helpers import run

POLAND = "g:" + world().demonym("Polish").id  # type: ignore[union-attr]


def _places(text: str, lang: str, kind: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    _, events, _, name = run(text, lang)
    return [(name(e.place), [(role, name(ref)) for role, ref in e.participants]) for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police detained five protesters at the Polish border."),
    ("ru", "Полиция задержала пятерых протестующих на польской границе."),
    ("uk", "Поліція затримала п'ятьох протестувальників на польському кордоні."),
    ("pl", "Policja zatrzymała pięciu protestujących na polskiej granicy."),
])
def test_a_country_named_only_by_its_adjective_is_the_place(lang: str, text: str) -> None:
    assert _places(text, lang, "Detention") == [(POLAND, [])]


def test_de_a_country_named_only_by_its_adjective_is_the_place() -> None:
    assert _places("Die Polizei nahm fünf Demonstranten an der polnischen Grenze fest.", "de", "Protest") == [(POLAND, [])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Polish police detained five protesters."),  # the police's nationality, no place
    ("pl", "Polscy policjanci zatrzymali pięciu protestujących."),
])
def test_an_adjective_of_people_is_no_place(lang: str, text: str) -> None:
    assert not [p for p, _ in _places(text, lang, "Detention") if p == POLAND]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Pilots of Velaro Air in Germany will strike on Friday.", "Germany"),
    ("ru", "Пилоты авиакомпании «Веларо» в Германии проведут забастовку в пятницу.", "Германии"),
    ("uk", "Пілоти авіакомпанії «Веларо» в Німеччині також планують оголосити у п'ятницю 24-годинний страйк.", "Німеччині"),
])
def test_a_place_after_a_locative_preposition_is_where_never_an_agent(lang: str, text: str, place: str) -> None:
    (found,) = _places(text, lang, "Strike")
    assert found[0] == place and place not in [n for _, n in found[1]]


@pytest.mark.parametrize(("text", "place"), [
    ("Wyrok ogłosił w sobotę w pendżabskim mieście Tarnopol sędzia Jan Nowak.", "Tarnopol"),  # past an adjective and 'mieście'
    ("Jan Kowalski rozpoczął rozmowy z Anną Nowak w całej Europie.", "Europie"),
])
def test_pl_a_place_past_adjectives_after_the_preposition(text: str, place: str) -> None:
    _, events, _, name = run(text, "pl")
    assert place in {name(e.place) for e in events}


def test_pl_a_noun_between_preposition_and_name_ends_the_phrase() -> None:
    # 'w sprawie Ukrainy' is 'about Ukraine': no place
    assert _places("Jan Kowalski rozpoczął rozmowy z Anną Nowak w sprawie Ukrainy.", "pl", "Meeting")[0][0] is None


@pytest.mark.parametrize(("lang", "text", "place", "later"), [
    ("en", "Orsk news\n\nORSK, 3 May 2021 — Police detained Ivan Petrenko. Later he was released.\n\n"
           "Police also detained Anna Kowal in Tver.\n", "ORSK", "Tver"),
    ("pl", "Wiadomości\n\nOrsk, 3 maja 2021 r. - Policja zatrzymała Jana Kowalskiego.\n\n"
           "Policja zatrzymała też Annę Nowak w Tarnowie.\n", "Orsk", "Tarnowie"),
])
def test_the_dateline_place_holds_for_its_paragraph_only(lang: str, text: str, place: str, later: str) -> None:
    found = _places(text, lang, "Detention")
    assert [p for p, _ in found] == [place, later]
    assert all(place not in [n for _, n in parts] for _, parts in found)  # the dateline is no participant


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Ivan Petrov said in Orsk that the bridge would stay closed.", "Orsk"),
    ("ru", "Во время пресс-конференции в Самаре министр Иван Петров заявил, что мост закроют.", "Самаре"),
    ("uk", "Іван Петренко заявив у Тернополі, що міст закриють.", "Тернополі"),
    ("pl", "Jan Kowalski powiedział w Tarnowie, że most zostanie zamknięty.", "Tarnowie"),
    ("pl", "Prezydent Jan Kowalski zadeklarował w ratuszu w Tarnowie, że most zostanie zamknięty.", "Tarnowie"),
])
def test_a_statement_is_where_its_reporting_clause_says(lang: str, text: str, place: str) -> None:
    assert [p for p, _ in _places(text, lang, "Statement")] == [place]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ivan Petrov said Tver must pay."),
    ("ru", "Иван Петров заявил, что Тверь должна заплатить."),
])
def test_a_place_a_speaker_talks_about_is_not_where_he_spoke(lang: str, text: str) -> None:
    assert [p for p, _ in _places(text, lang, "Statement")] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Polish side promised to release the detainees soon."),
    ("ru", "Польская сторона пообещала освободить задержанных в ближайшие дни."),
    ("pl", "Polska strona obiecała wkrótce uwolnić zatrzymanych."),
])
def test_a_countrys_side_is_its_government_not_a_place(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert POLAND not in {e.place for e in events}


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("bg", "Министърът Иван Петров говори пред журналисти в понеделник. „Ще останем близки партньори, защото "
           "страната е в Европа.“ Според Петров решението е голяма загуба за всички.", None),
    ("bg", "Министърът Иван Петров каза в София: „Страната е в Европа и там ще остане.“", "София"),
    ("pl", "Minister Jan Kowalski powiedział w Krakowie: „Ten kraj leży w Europie.”", "Krakowie"),
])
def test_a_place_in_quoted_words_is_not_where_they_were_said(lang: str, text: str, place: str | None) -> None:
    assert [p for p, _ in _places(text, lang, "Statement")][-1:] == [place]


def test_ru_a_place_inside_what_is_told_is_not_where_it_was_told() -> None:
    text = "Иван Петров рассказал журналистам подробности своего задержания в Самаре."
    assert [p for p, _ in _places(text, "ru", "Statement")] == [None]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Wyrok w sprawie 45-letniego Jana Kowalskiego ogłosił w poniedziałek w mazowieckim mieście Radom "
           "sędzia Anna Nowak.", "Radom"),
    ("uk", "Вирок у справі 45-річного Івана Коваленка в понеділок оголосив у місті Житомир суддя Олег Петренко.",
     "Житомир"),
])
def test_without_a_parse_a_place_further_in_the_clause_is_where(lang: str, text: str, place: str) -> None:
    # past the argument window: the verb the ruling is the object of happened there
    assert [p for p, _ in _places(text, lang, "CourtRuling")] == [place]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Policja zatrzymała Jana Kowalskiego i jego brata Piotra Kowalskiego, który od lat mieszkał w Radomiu."),
    ("uk", "Поліція затримала Івана Коваленка та його брата Петра Коваленка, який багато років жив у Житомирі."),
])
def test_without_a_parse_a_place_of_a_relative_clause_is_not_where(lang: str, text: str) -> None:
    assert [p for p, _ in _places(text, lang, "Detention")] == [None]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("uk", "У понеділок у Польщі, де живе 38 мільйонів людей, було повідомлено про 90 000 щеплень.", "Польщі"),
    ("pl", "W poniedziałek w Czechach, gdzie mieszka 10 milionów ludzi, ruszyły szczepienia.", "Czechach"),
])
def test_without_a_parse_a_place_before_an_inserted_clause_is_where(lang: str, text: str, place: str) -> None:
    assert [p for p, _ in _places(text, lang, "Vaccination")] == [place]


def test_uk_a_place_something_comes_from_is_not_where() -> None:
    """'з' is a from- or with-preposition too: the place of a phrase further in the clause after
    it ('узгодженої з Австрією') is not where the meeting was."""
    text = ("В середу після п'ятигодинного закритого засідання кабінет міністрів Чехії дав згоду на "
            "затвердження угоди про транзит газу, узгодженої з Австрією у вівторок на технічному рівні.")
    assert [p for p, _ in _places(text, "uk", "Meeting")] == [None]


@pytest.mark.parametrize(("lang", "text", "place", "other"), [
    ("ru", "Комментируя ход боевых действий в Украине, президент Иван Петров назвал победу в битве за Харьков важной.",
     "Украине", "Харьков"),
    ("uk", "Бойові дії в Україні тривають, а найзапеклішою залишається битва за Харків.", "Україні", "Харків"),
    ("pl", "Walki na Ukrainie trwają, a najcięższa jest bitwa o Charków.", "Ukrainie", "Charków"),
])
def test_a_second_place_an_event_of_the_kind_is_about_is_kept(lang: str, text: str, place: str, other: str) -> None:
    """One event per kind and sentence: the fighting is in the first place, the one fought over is its participant."""
    (found,) = _places(text, lang, "Fighting")
    assert found[0] == place and other in [n for _, n in found[1]]



@pytest.mark.parametrize(("lang", "text", "person"), [
    ("ru", "Отставка министра\n\nNordPress.Net - Министр финансов Молдовы Иван Петров ушел в отставку 9 июля.",
     "Иван Петров"),
    ("uk", "Відставка міністра\n\nNordPress.Net - Міністр фінансів Молдови Іван Петренко подав у відставку 9 липня.",
     "Іван Петренко"),
    ("pl", "Dymisja ministra\n\nNordPress - Minister finansów Mołdawii Jan Kowalski złożył dymisję 9 lipca.",
     "Jan Kowalski"),
])
def test_the_agency_a_report_is_credited_to_takes_no_part(lang: str, text: str, person: str) -> None:
    """'Agency - Minister X resigned': the agency that opens the paragraph before a dash filed the report."""
    found = _places(text, lang, "Resignation")
    assert found and [who for _, who in found[0][1]] == [person], found


def test_an_organisation_before_a_dash_inside_a_paragraph_keeps_its_part() -> None:
    """Only a paragraph's opening name is a credit line: 'Министр ... и NordPress.Net - ...' is not one."""
    found = _places("Отставка\n\nВ понедельник министр Иван Петров и компания NordPress.Net - Союз "
                    "инвесторов подписали соглашение.", "ru", "Agreement")
    assert found and "NordPress.Net" in [who for _, who in found[0][1]], found
