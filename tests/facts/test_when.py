"""When an event was (kgraph/facts/when.py): the tense of its trigger, deadlines, the clause the
date stands in and the base date, on sentences written for these tests (en, ru, uk, pl, de)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import find_dates

from .helpers import run

PUBLISHED = dt.date(2023, 3, 15)  # a Wednesday


def _dates(text: str, lang: str, kind: str, date: dt.date | None = PUBLISHED) -> list[tuple[dt.date | None, str | None]]:
    _, events, _, _ = run(text, lang, date=date)
    return [(e.date, e.status) for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police detained Ivan Petrenko on 20 March."),
    ("ru", "Полиция задержала Ивана Петренко 20 марта."),
    ("uk", "Поліція затримала Івана Петренка 20 березня."),
    ("pl", "Policja zatrzymała Jana Kowalskiego 20 marca."),
])
def test_a_past_event_on_a_yearless_day_after_publication_is_the_previous_years(lang: str, text: str) -> None:
    assert _dates(text, lang, "Detention") == [(dt.date(2022, 3, 20), None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police will detain Ivan Petrenko on 10 March."),
    ("ru", "Полиция задержит Ивана Петренко 10 марта."),
])
def test_a_planned_event_on_a_yearless_day_before_publication_is_next_years(lang: str, text: str) -> None:
    assert _dates(text, lang, "Detention") == [(dt.date(2024, 3, 10), "planned")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Поліція затримала Івана Петренка у четвер.", (dt.date(2023, 3, 9), None)),
    ("uk", "Поліція затримає Івана Петренка у четвер.", (dt.date(2023, 3, 16), "planned")),
    ("pl", "Policja zatrzymała Jana Kowalskiego w czwartek.", (dt.date(2023, 3, 9), None)),
    ("pl", "Policja zatrzyma Jana Kowalskiego w czwartek.", (dt.date(2023, 3, 16), "planned")),
    ("pl", "Jan Kowalski spotka się z Anną Nowak w czwartek.", (dt.date(2023, 3, 16), "planned")),
])
def test_a_weekday_follows_the_tense_in_languages_without_a_parse(lang: str, text: str, expected: tuple) -> None:
    kind = "Meeting" if "spotka" in text else "Detention"
    assert _dates(text, lang, kind) == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police detained Ivan Petrenko until 20 March."),
    ("ru", "Полиция задержала Ивана Петренко до 20 марта."),
    ("uk", "Поліція затримала Івана Петренка до 20 березня."),
    ("pl", "Policja zatrzymała Jana Kowalskiego do 20 marca."),
])
def test_a_deadline_is_not_when_the_event_was(lang: str, text: str) -> None:
    assert _dates(text, lang, "Detention") == [(None, None)]


@pytest.mark.parametrize(("lang", "text", "deadline"), [
    ("en", "The bridge stays closed until 5 May 2023.", True),
    ("en", "The bridge closed on 5 May 2023.", False),
    ("ru", "Мост закрыт до 5 мая 2023 года.", True),
    ("uk", "Міст закрито до 5 травня 2023 року.", True),
    ("pl", "Most jest zamknięty do 5 maja 2023 r.", True),
    ("pl", "Most zamknięto 5 maja 2023 r.", False),
    ("de", "Die Brücke bleibt bis 5. Mai 2023 gesperrt.", True),
    ("de", "Die Brücke wurde am 5. Mai 2023 gesperrt.", False),
])
def test_a_date_after_a_limit_word_is_marked_a_deadline(lang: str, text: str, deadline: bool) -> None:
    (found,) = find_dates(text, lang, PUBLISHED)
    assert found.value == dt.date(2023, 5, 5) and found.limit is deadline


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The court acquitted Anna Kowal, who was sentenced in 2010."),
    ("ru", "Суд оправдал Анну Коваль, осуждённую в 2010 году."),  # one kind: the acquittal takes no date of the sentence
    ("uk", "Верховний суд виправдав Ганну Коваль, засуджену у 2010 році за богохульство."),  # no parse: the participle
    ("pl", "Sąd Najwyższy uniewinnił Annę Kowal skazaną w 2010 r. za bluźnierstwo."),
    ("pl", "Sąd uniewinnił Annę Kowal, która została skazana w 2010 roku."),  # a relative clause
])
def test_a_date_in_a_clause_about_a_participant_is_not_the_events(lang: str, text: str) -> None:
    assert _dates(text, lang, "CourtRuling") == [(None, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Sąd uniewinnił skazaną kobietę Annę Kowal w piątek 5 maja 2021 r."),  # a participle before its noun
    ("uk", "Суд виправдав засуджену жінку Ганну Коваль у п'ятницю 5 травня 2021 року."),
])
def test_without_a_parse_a_participle_governs_only_the_date_right_after_it(lang: str, text: str) -> None:
    assert _dates(text, lang, "CourtRuling") == [(dt.date(2021, 5, 5), None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norvik Gas chief Ivan Petrov spoke at the meeting of shareholders, which took place on October 5, 2021."),
    ("ru", "Глава компании Иван Петров провёл совещание, которое состоялось 5 октября 2021 года."),
])
def test_a_clause_that_modifies_the_trigger_dates_it(lang: str, text: str) -> None:
    assert _dates(text, lang, "Meeting") == [(dt.date(2021, 10, 5), None)]


def test_pl_a_passive_relative_clause_is_about_the_name_before_it() -> None:
    """'X, który został zatrzymany w 2019 roku': X was detained, in 2019."""
    _, events, _, name = run("Jan Kowalski, który został zatrzymany w 2019 roku, wyszedł na wolność.", "pl", date=PUBLISHED)
    assert [(e.date, [name(r) for _, r in e.participants]) for e in events if e.kind == "Detention"] == [
        (dt.date(2019, 1, 1), ["Jan Kowalski"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Przegląd wydarzeń\n\n5 maja 2021 – największy strajk w historii linii. Strajkować będą piloci z Włoch. "
           "Odwołane będą loty do Polski i z Polski."),
    ("en", "Timeline\n\n5 May 2021 – the largest strike in the airline's history. Pilots will strike in Italy. "
           "Velaro Air will cancel its flights to Poland."),
    ("uk", "Хроніка\n\n5 травня 2021 – найбільший страйк в історії компанії. Страйкуватимуть пілоти в Італії. "
           "Авіакомпанія Velaro Air скасовує рейси до Польщі."),
    ("ru", "Хроника\n\n5 мая 2021 – крупнейшая забастовка в истории компании. Пилоты будут бастовать в Италии. "
           "Авиакомпания Velaro Air отменит рейсы в Польшу."),
])
def test_a_paragraph_that_opens_on_a_day_and_a_dash_is_of_that_day(lang: str, text: str) -> None:
    """The third sentence states no date: the paragraph's heading day holds for it."""
    assert [d for d, _ in _dates(text, lang, "FlightSuspension", date=None)] == [dt.date(2021, 5, 5)]


def test_a_day_elsewhere_in_a_paragraph_heads_nothing() -> None:
    text = "Timeline\n\nThe largest strike began on 5 May 2021 – pilots walked out. Velaro Air will cancel its flights to Poland."
    assert [d for d, _ in _dates(text, "en", "FlightSuspension", date=None)] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У вересні 2021 року стало відомо, що авіакомпанія Velaro Air скасовує 40 рейсів до Польщі."),
    ("ru", "В сентябре 2021 года стало известно, что авиакомпания Velaro Air отменяет 40 рейсов в Польшу."),
    ("pl", "We wrześniu 2021 roku okazało się, że linia lotnicza Velaro Air odwołuje 40 lotów do Polski."),
])
def test_an_imperfective_trigger_is_dated_like_its_perfective(lang: str, text: str) -> None:
    assert [d for d, _ in _dates(text, lang, "FlightSuspension")] == [dt.date(2021, 9, 1)]


def test_an_undated_article_takes_no_year_from_a_deadline() -> None:
    """No publication date: the base is the latest full date the article names, and a deadline
    ('until 21 December 2024') is none; a bare year ('in 2019') never is."""
    text = ("Police detained Ivan Petrenko on 2 March 2023. The ban stays until 21 December 2024. "
            "In 2019 he was fined. Anna Kowal was detained on 6 January.")
    dates = [d for d, _ in _dates(text, "en", "Detention", date=None)]
    assert dt.date(2023, 3, 2) in dates
    assert dt.date(2023, 1, 6) in dates and dt.date(2019, 1, 6) not in dates and dt.date(2024, 1, 6) not in dates


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Переговоры министров прошли 3 марта 2021 года в Твери. Саммит лидеров состоится 20 апреля 2021 года. "
           "В четверг министр Иван Петров встретился с послом Олегом Сидоровым."),
    ("uk", "Переговори міністрів відбулися 3 березня 2021 року в Тернополі. Саміт лідерів відбудеться 20 квітня "
           "2021 року. У четвер міністр Іван Петренко зустрівся з послом Олегом Сидоренком."),
    ("pl", "Rozmowy ministrów odbyły się 3 marca 2021 roku w Tarnowie. Szczyt przywódców odbędzie się 20 kwietnia "
           "2021 roku. W czwartek minister Jan Kowalski spotkał się z ambasadorem Adamem Nowakiem."),
    ("bg", "Преговорите на министрите се проведоха на 3 март 2021 г. в Пловдив. Срещата на върха ще се проведе на "
           "20 април 2021 г. В четвъртък министърът Иван Петров се срещна с посланика Олег Сидоров."),
])
def test_an_undated_article_takes_no_base_from_a_planned_date(lang: str, text: str) -> None:
    """No publication date: a day a planned event is set for ('will be held on 20 April 2021') is
    no 'now'; a weekday of a past event follows the latest date of what happened."""
    dates = [d for d, _ in _dates(text, lang, "Meeting", date=None)]
    assert dates[-1] == dt.date(2021, 3, 4)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ivan Petrov says the bridge will stay closed."),
    ("ru", "Иван Петров считает, что мост останется закрытым."),
    ("uk", "Іван Петренко вважає, що міст залишиться закритим."),
    ("pl", "Jan Kowalski twierdzi, że most pozostanie zamknięty."),
])
def test_a_statement_in_the_present_tense_is_of_the_publication_day(lang: str, text: str) -> None:
    assert _dates(text, lang, "Statement") == [(PUBLISHED, None)]
    assert _dates(text, lang, "Statement", date=None) == [(None, None)]  # no publication day: no date


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ivan Petrov said the bridge would stay closed."),
    ("ru", "Иван Петров заявил, что мост останется закрытым."),
    ("uk", "Іван Петренко заявив, що міст залишиться закритим."),
    ("pl", "Jan Kowalski powiedział, że most pozostanie zamknięty."),
])
def test_a_statement_in_the_past_tense_with_no_date_has_none(lang: str, text: str) -> None:
    assert _dates(text, lang, "Statement") == [(None, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Полиция задержала Ивана Петрова 5 марта. На следующий день суд освободил Ивана Петрова."),
    ("pl", "Policja zatrzymała Jana Kowalskiego 5 marca. Następnego dnia sąd zwolnił Jana Kowalskiego."),
])
def test_an_event_of_the_next_day_is_dated(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang, date=PUBLISHED)
    assert [(e.kind, e.date) for e in events if e.kind in ("Detention", "Release")] == [
        ("Detention", dt.date(2023, 3, 5)), ("Release", dt.date(2023, 3, 6))]


def test_uk_without_a_parse_a_date_after_another_events_trigger_is_that_events() -> None:
    """'the transition period after the exit on 29 March': the day is the exit's, not the period's."""
    text = "Перехідний період для Британії після виходу Британії з ЄС 29 березня 2019 року триватиме до 2020 року."
    _, events, _, _ = run(text, "uk", date=PUBLISHED)
    assert {e.kind: e.date for e in events if e.kind in ("Transition", "Withdrawal")} == {
        "Transition": None, "Withdrawal": dt.date(2019, 3, 29)}


def test_pl_a_trigger_after_the_date_takes_nothing_from_the_event_before_it() -> None:
    _, events, _, _ = run("Policja zatrzymała Jana Kowalskiego 5 maja 2021 r. podczas protestu.", "pl", date=PUBLISHED)
    assert [e.date for e in events if e.kind == "Detention"] == [dt.date(2021, 5, 5)]


def test_uk_a_verb_between_gives_the_date_to_its_clause() -> None:
    """'the final deal on the exit may be adopted on 25 November': the verb takes the date, and the
    deal, its object, with it."""
    text = "Голова ради Іван Петренко заявив, що остаточну угоду щодо виходу Британії з ЄС можуть ухвалити 25 листопада 2022 року."
    _, events, _, _ = run(text, "uk", date=PUBLISHED)
    assert [e.date for e in events if e.kind == "Agreement"] == [dt.date(2022, 11, 25)]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Хакери, які атакували агентство Медреєстр 9 грудня 2020 року, поширили документи. Агентство підтвердило, "
           "що під час кібератаки на відомство хакери викрали дані компанії Фармакон."),
    ("pl", "Piloci linii Velaro Air ogłosili strajk 28 września 2020 roku.\n\nW Polsce strajk pilotów Velaro Air "
           "odczują pasażerowie lotów do Krakowa."),
])
def test_an_undated_noun_names_the_articles_one_dated_event_of_its_kind(lang: str, text: str) -> None:
    kind = "Attack" if lang == "uk" else "Strike"
    dates = [d for d, _ in _dates(text, lang, kind, date=None)]
    assert len(dates) == 2 and len(set(dates)) == 1 and dates[0] is not None


def test_pl_two_dated_events_of_a_kind_give_a_later_noun_no_date() -> None:
    text = ("Piloci linii Velaro Air strajkowali 28 września 2020 roku. Piloci linii Nordair strajkowali 2 października "
            "2020 roku.\n\nW Polsce strajk pilotów Velaro Air odczują pasażerowie lotów do Krakowa.")  # no carried day
    assert [d for d, _ in _dates(text, "pl", "Strike", date=None)][-1] is None


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Огляд\n\nСтаном на 10 березня, у країні зафіксовано 5 тисяч випадків грипу. Одужали 3 тисячі пацієнтів. "
           "При цьому померли 120 пацієнтів з COVID-19."),
    ("ru", "Обзор\n\nПо состоянию на 10 марта в стране выявлено 5 тысяч случаев гриппа. Выздоровели 3 тысячи пациентов. "
           "При этом умерли 120 пациентов с COVID-19."),
    ("pl", "Przegląd\n\nWedług stanu na 10 marca w kraju wykryto 5 tysięcy przypadków grypy. Wyzdrowiało 3 tysiące "
           "pacjentów. Odnotowano przy tym 120 zgonów z powodu COVID-19."),
    ("en", "Overview\n\nAs of 10 March, 5,000 flu cases were recorded in the country. 3,000 patients recovered. "
           "120 patients with COVID-19 died."),
])
def test_a_paragraph_that_opens_as_of_a_day_is_of_that_day(lang: str, text: str) -> None:
    """The third sentence states no date: the paragraph is a snapshot of the day it opens on."""
    assert [d for d, _ in _dates(text, lang, "Death")] == [dt.date(2023, 3, 10)]


def test_a_day_after_other_words_opening_a_paragraph_heads_nothing() -> None:
    text = "Overview\n\nDoctors said on 10 March that 5,000 flu cases were recorded. 3,000 patients recovered. " \
           "120 patients with COVID-19 died."
    assert [d for d, _ in _dates(text, "en", "Death")] == [None]


def test_sl_a_year_after_its_word_dates_the_founding() -> None:
    """'leta 2001': the year word before the number (dates.json ``year_prefixes``); 'ki ga': the
    relative is the object (cues.json ``object_clitics``), the name after the verb founded it."""
    text = "Podjetje Velaro, ki ga je leta 2001 ustanovil inženir Janez Novak, dela na cepivu."
    _, events, _, name = run(text, "sl", date=PUBLISHED)
    assert [(e.date, {(role.value, name(r)) for role, r in e.participants}) for e in events if e.kind == "Founding"] == [
        (dt.date(2001, 1, 1), {("agent", "Janez Novak"), ("affected", "Velaro")})]  # the company noun is no word of the name


def test_cs_a_year_after_its_word_dates_the_event() -> None:
    assert _dates("Policie zadržela Jana Nováka v roce 2009 po hádce.", "cs", "Detention") == [(dt.date(2009, 1, 1), None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Sąd Najwyższy uniewinnił Annę Kowal skazaną w 2010 r. za bluźnierstwo. Sędzia Jan Nowak uchylił wyrok "
           "sądu w Lublinie, który skazał Annę Kowal na śmierć."),
    ("uk", "Верховний суд виправдав Ганну Коваль, засуджену у 2010 році за богохульство. Суддя Іван Петренко скасував "
           "вирок суду у Львові, який засудив Ганну Коваль до страти."),
])
def test_a_participant_described_by_a_dated_participle_dates_that_verbs_later_report(lang: str, text: str) -> None:
    """No parse: 'X skazaną w 2010 r.' tells when X was sentenced; the later 'który skazał X' is that
    sentencing (the acquittal of the first sentence keeps no date)."""
    assert _dates(text, lang, "CourtRuling") == [(None, None), (dt.date(2010, 1, 1), None)]


def test_pl_a_participle_of_another_verb_dates_nothing_later() -> None:
    text = ("Sąd Najwyższy uniewinnił Annę Kowal zatrzymaną w 2010 r. za bluźnierstwo. Sędzia Jan Nowak uchylił "
            "wyrok sądu w Lublinie, który skazał Annę Kowal na śmierć.")
    assert [d for d, _ in _dates(text, "pl", "CourtRuling")] == [None, None]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Британія вийде з ЄС 29 березня наступного року.", dt.date(2024, 3, 29)),
    ("ru", "Британия выйдет из ЕС 29 марта следующего года.", dt.date(2024, 3, 29)),
    ("pl", "Wielka Brytania wyjdzie z UE 29 marca przyszłego roku.", dt.date(2024, 3, 29)),
    ("en", "Britain will leave the EU on 29 March next year.", dt.date(2024, 3, 29)),
    ("en", "Britain left the EU on 29 January last year.", dt.date(2022, 1, 29)),
])
def test_a_day_of_next_or_last_year_is_read_against_the_publication_day(lang: str, text: str, expected) -> None:
    kind = "Travel" if lang == "en" else "Withdrawal"  # 'leave' is a journey's word in English
    assert [d for d, _ in _dates(text, lang, kind)] == [expected]


def test_a_day_of_next_year_in_an_undated_article_is_read_as_the_day_alone() -> None:
    """No publication day: 'next year' is relative to a day the text does not give; the day is
    the one nearest the latest date the text states, as if the words were not there (and the
    transition's day is not taken for it)."""
    text = "The transition begins on 30 March 2024. Britain will leave the EU on 29 March next year."
    assert [d for d, _ in _dates(text, "en", "Travel", date=None)] == [dt.date(2024, 3, 29)]


# -- a reporting verb takes no date from the words it reports ---------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Olga Vik will visit Oslo on Monday, her spokesman Ivar Lund said.", "en"),
    ("Премьер-министр Ольга Вик посетит Осло в понедельник, сообщил ее пресс-секретарь Ивар Лунд.", "ru"),
])
def test_a_statement_is_not_dated_by_the_day_it_reports(text, lang) -> None:
    """The visit is on the coming Monday; the spokesman spoke before it, not on the Monday before."""
    _, events, _, _ = run(text, lang)
    visit = [e for e in events if e.kind == "Visit"]
    statement = [e for e in events if e.kind == "Statement"]
    assert visit and str(visit[0].date) == "2023-03-20", events
    assert statement and str(statement[0].date) != "2023-03-13", statement


def test_a_statement_keeps_the_day_of_its_own_clause() -> None:
    _, events, _, _ = run("On Monday, Ivar Lund said that Olga Vik would visit Oslo on Friday.", "en")
    statement = [e for e in events if e.kind == "Statement"]
    assert statement and str(statement[0].date) == "2023-03-13", statement
