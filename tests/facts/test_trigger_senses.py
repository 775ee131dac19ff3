"""Triggers in context (issue 13): kinds the news is full of that were missing (withdrawal, a
transition period, supply, lockdown, dispute, founding) and triggers whose sense depends on what
they govern: an abduction needs a person taken ('hackers stole documents' is none), a Rally noun
next to a word of finance is shares ('a block of shares'). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run


def _of_kind(text: str, lang: str, kind: str):
    _, events, _, name = run(text, lang)
    return [e for e in events if e.kind == kind], name


def _names(event, name) -> set[str]:
    return {str(name(ref)) for _, ref in event.participants}


# -- an abduction needs a person taken ---------------------------------------------------------

def test_abducting_a_person_is_an_abduction() -> None:
    for text, lang, who in (("Unknown men kidnapped Anna Smith in Boston on Monday.", "en", "Anna Smith"),
                            ("Неизвестные похитили Ивана Петрова в Минске.", "ru", "Ивана Петрова"),
                            ("Невідомі викрали Ганну Петренко в Києві.", "uk", "Ганну Петренко"),
                            ("Nieznani sprawcy porwali Jana Kowalskiego w Krakowie.", "pl", "Jana Kowalskiego")):
        found, name = _of_kind(text, lang, "Abduction")
        assert found and ("affected", who) in [(r, name(x)) for r, x in found[0].participants], (lang, found)


def test_stealing_documents_is_no_abduction_nor_detention() -> None:
    """'викрасти', 'похитить' also mean 'steal', 'porwać' 'carry off': with no person taken there
    is no event, and the group named as the thieves is no one's captor."""
    for text, lang in (("Хакери викрали документи компанії Nordmed.", "uk"),
                       ("Хакери з угруповання Darkmoon викрали документи.", "uk"),
                       ("Хакеры из группировки Darkmoon похитили документы.", "ru"),
                       ("Agencja Nordmed podała, że wiatr porwał jej dach.", "pl")):
        _, events, _, _ = run(text, lang)
        assert not {e.kind for e in events} & {"Abduction", "Detention"}, (lang, events)


# -- a Rally noun among words of finance is shares ------------------------------------------------

def test_a_block_of_shares_is_no_rally() -> None:
    for text, lang in (("Компанія Ростан продала пакет акцій Велтранс.", "uk"),
                       ("Фонд Орион купил пакет акций компании Велтранс.", "ru"),
                       ("Shares of Veltrans rallied on Monday.", "en")):
        found, _ = _of_kind(text, lang, "Rally")
        assert not found, (lang, found)


def test_a_rally_of_supporters_stays_a_rally() -> None:
    for text, lang, city in (("Сторонники Ивана Петрова провели акцию в Минске.", "ru", "Минске"),
                             ("Прихильники Івана Петренка провели акцію в Києві.", "uk", "Києві")):
        found, name = _of_kind(text, lang, "Rally")
        assert found and name(found[0].place) == city, (lang, found)


# -- a fixed phrase triggers nothing ---------------------------------------------------------------

def test_in_the_course_of_a_meeting_is_no_march() -> None:
    """'у ході' is 'in the course of': 'ході' is also a form of 'хода', a march."""
    found, _ = _of_kind("Про це Іван Коваль заявив у ході зустрічі з послами Литви 18 листопада.", "uk", "Protest")
    assert not found, found


def test_a_march_stays_a_protest() -> None:
    found, name = _of_kind("У Львові прихильники Івана Петренка провели ходу до будівлі суду.", "uk", "Protest")
    assert found and name(found[0].place) == "Львові", found


# -- new kinds ------------------------------------------------------------------------------------

def test_a_country_leaving_a_union_is_a_withdrawal() -> None:
    for text, lang, left in (("Hungary withdrew from the International Criminal Court in 2025.", "en",
                              "International Criminal Court"),
                             ("Венгрия вышла из Международного уголовного суда.", "ru", "Международного уголовного суда"),
                             ("Угорщина вийшла з НАТО у 2027 році.", "uk", "НАТО"),
                             ("Węgry wystąpią z Unii Europejskiej.", "pl", "Unii Europejskiej"),
                             ("Ungarn erklärte den Austritt aus der NATO.", "de", "NATO")):
        found, name = _of_kind(text, lang, "Withdrawal")
        assert found, lang
        roles = [(r, name(x)) for r, x in found[0].participants]
        assert ("affected", left) in roles and any(r == "agent" for r, _ in roles), (lang, roles)


def test_a_dated_future_withdrawal_is_planned_on_its_day() -> None:
    found, _ = _of_kind("Угорщина вийде з Європейського Союзу 29 березня 2027 року.", "uk", "Withdrawal")
    assert found and found[0].date == dt.date(2027, 3, 29) and found[0].status == "planned"


def test_leaving_a_room_is_no_withdrawal() -> None:
    """'вийти з', 'wyjść z' need a body or country left: a person leaving a room is no event."""
    for text, lang in (("Іван Петренко вийшов з кімнати.", "uk"),
                       ("Jan Kowalski wyszedł z domu.", "pl"),
                       ("Иван Петров вышел из комнаты.", "ru")):
        found, _ = _of_kind(text, lang, "Withdrawal")
        assert not found, (lang, found)


def test_a_transition_period_is_an_event_with_its_date() -> None:
    for text, lang in (("Перехідний період для Угорщини розпочнеться 30 березня 2027 року.", "uk"),
                       ("The transition period for Hungary will begin on 30 March 2027.", "en")):
        found, name = _of_kind(text, lang, "Transition")
        assert found and found[0].date == dt.date(2027, 3, 30), (lang, found)
        linked = _names(found[0], name) | {str(name(found[0].place))}
        assert any(n.startswith(("Угорщин", "Hungary")) for n in linked), (lang, linked)


def test_gas_supplied_by_a_company_is_a_supply() -> None:
    for text, lang in (("Firma Nordgaz dostarczyła Niemcom 20 mld m sześc. gazu w 2019 roku.", "pl"),
                       ("Компания Нордгаз поставляет газ в Германию.", "ru"),
                       ("Компанія Нордгаз постачає газ до Німеччини.", "uk")):
        found, name = _of_kind(text, lang, "Supply")
        assert found and ("agent", "Nordgaz" if lang == "pl" else "Нордгаз") in \
            [(r, name(x)) for r, x in found[0].participants], (lang, found)
    found, _ = _of_kind("Firma Nordgaz dostarczyła Niemcom 20 mld m sześc. gazu w 2019 roku.", "pl", "Supply")
    assert found[0].date == dt.date(2019, 1, 1)


def test_a_lockdown_has_its_country_and_day() -> None:
    found, name = _of_kind("Локдаун в Німеччині набув чинності 16 грудня.", "uk", "Lockdown")
    assert found and name(found[0].place) == "Німеччині" and found[0].date == dt.date(2022, 12, 16)
    for text, lang in (("Austria imposed a lockdown on Monday.", "en"),
                       ("В Австрии ввели локдаун.", "ru"),
                       ("W Austrii wprowadzono lockdown.", "pl"),
                       ("In Österreich gilt seit Montag ein Lockdown.", "de")):
        found, name = _of_kind(text, lang, "Lockdown")
        linked = _names(found[0], name) | {str(name(found[0].place))} if found else set()
        assert any(n.startswith(("Austri", "Австри", "Österreich")) for n in linked), (lang, found)


def test_a_quarrel_is_a_dated_dispute() -> None:
    for text, lang, who in (("Anna Smith quarrelled with her neighbours in 2009.", "en", "Anna Smith"),
                            ("В 2009 году Анна Петрова поссорилась с соседками.", "ru", "Анна Петрова"),
                            ("У 2009 році Ганна Петренко посварилася з сусідками.", "uk", "Ганна Петренко"),
                            ("W 2009 roku Anna Kowalska pokłóciła się z sąsiadkami.", "pl", "Anna Kowalska")):
        found, name = _of_kind(text, lang, "Dispute")
        assert found and who in _names(found[0], name) and found[0].date == dt.date(2009, 1, 1), (lang, found)


def test_founding_a_company_names_founder_and_company() -> None:
    for text, lang, who, what in (("Peter Hansen founded Nordgaz in 2000.", "en", "Peter Hansen", "Nordgaz"),
                                  ("Иван Петров основал компанию «Нордгаз» в 2000 году.", "ru", "Иван Петров", "Нордгаз"),
                                  ("Іван Петренко заснував компанію «Нордгаз» у 2000 році.", "uk", "Іван Петренко", "Нордгаз"),
                                  ("Jan Kowalski założył firmę Nordgaz w 2000 roku.", "pl", "Jan Kowalski", "Nordgaz")):
        found, name = _of_kind(text, lang, "Founding")
        assert found, lang
        roles = [(r, name(x)) for r, x in found[0].participants]
        assert ("agent", who) in roles and ("affected", what) in roles, (lang, roles)
        assert found[0].date == dt.date(2000, 1, 1), lang


def test_assuming_is_no_founding() -> None:
    """'założyć' alone is 'to assume' or 'to put on': only founding a party, firm or body counts."""
    found, _ = _of_kind("Jan Kowalski założył, że Anna Nowak wróci w piątek.", "pl", "Founding")
    assert not found


def test_a_vaccination_is_where_and_when_its_verb_says() -> None:
    """A noun trigger that is the subject of a verb ('vaccination began in Germany') takes the
    verb's place; without a parser (pl) the clause window gives it."""
    for text, lang, where in (("Vaccination began in Germany on Monday.", "en", "Germany"),
                              ("В понедельник в Германии началась вакцинация.", "ru", "Германии"),
                              ("У понеділок у Німеччині повідомили про 265 000 щеплень.", "uk", "Німеччині"),
                              ("W poniedziałek w Niemczech ruszyły szczepienia.", "pl", "Niemczech")):
        found, name = _of_kind(text, lang, "Vaccination")
        assert found and name(found[0].place) == where and found[0].date == dt.date(2023, 3, 13), (lang, found)


def test_a_protest_that_took_place_somewhere_has_that_place() -> None:
    for text, lang, where in (("The protest took place in Boston on Monday.", "en", "Boston"),
                              ("Протесты прошли в Минске в субботу.", "ru", "Минске")):
        found, name = _of_kind(text, lang, "Protest")
        assert found and name(found[0].place) == where, (lang, found)


def test_building_a_pipeline_is_a_construction() -> None:
    for text, lang in (("Construction of the Nordline pipeline began in September 2014.", "en"),
                       ("Budowa gazociągu Nordline ruszyła we wrześniu 2014 roku.", "pl")):
        found, name = _of_kind(text, lang, "Construction")
        assert found and "Nordline" in _names(found[0], name) and found[0].date == dt.date(2014, 9, 1), (lang, found)


def test_the_one_named_after_an_exit_left_nothing() -> None:
    """What a withdrawal leaves is a body or country, never a person: in 'the minister for the
    exit of X from NATO, Y' Y is no affected of the Withdrawal."""
    for text, lang, who in (("Міністр з питань виходу Угорщини з НАТО Іван Петренко подав у відставку.", "uk",
                             "Іван Петренко"),
                            ("Министр по делам выхода Венгрии из НАТО Иван Петров ушёл в отставку.", "ru", "Иван Петров"),
                            ("Minister do spraw wyjścia Węgier z NATO Jan Kowalski podał się do dymisji.", "pl",
                             "Jan Kowalski")):
        found, name = _of_kind(text, lang, "Withdrawal")
        assert all(name(ref) != who for e in found for r, ref in e.participants if r == "affected"), (lang, found)


def test_an_encumbrance_of_shares_is_no_rally() -> None:
    for text, lang in (("Це не означає обтяження акцій компанії Велтранс.", "uk"),
                       ("Это не означает обременения акций компании Велтранс.", "ru")):
        found, _ = _of_kind(text, lang, "Rally")
        assert not found, (lang, found)


# -- a trigger word in its other sense: 'cause' a debate, 'remove' a threat, 'require' storage, a court's rejection

@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("uk", "Іван Петренко визнав, що угода може викликати дискусію в суспільстві.", "Summoning"),
    ("ru", "Иван Петренко может вызвать дискуссию своим решением.", "Summoning"),
    ("uk", "Директор Олег Коваль заявив, що профспілка повинна усунути загрозу страйку.", "Dismissal"),
    ("ru", "Олег Коваль сместил акцент на переговоры с Польшей.", "Dismissal"),
    ("uk", "Вакцина компанії Медфарм вимагає зберігання при температурі -70 градусів.", "Appeal"),
    ("ru", "Вакцина компании Медфарм требует хранения при температуре -70 градусов.", "Appeal"),
    ("uk", "Вищий адміністративний суд Тернополя відхилив аналогічну заяву компанії Медфарм.", "Vote"),
    ("ru", "Верховный суд Казани отклонил жалобу компании Медфарм.", "Vote"),
    ("pl", "Sąd Najwyższy w Krakowie odrzucił skargę spółki Medfarm.", "Vote"),
], ids=["uk-cause", "ru-cause", "uk-remove-threat", "ru-shift-focus", "uk-require", "ru-require",
        "uk-court", "ru-court", "pl-court"])
def test_a_trigger_in_its_other_sense_is_no_event(lang: str, text: str, kind: str) -> None:
    found, _ = _of_kind(text, lang, kind)
    assert not found


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("uk", "Поліція викликала на допит Івана Петренка.", "Summoning"),
    ("ru", "Парламент отклонил законопроект о выборах в Казани.", "Vote"),
    ("pl", "Sejm odrzucił projekt ustawy o wyborach, zgłoszony przez posła Jana Kowala.", "Vote"),
    ("ru", "Министр Олег Коваль призвал в то же время выделить средства для Казани.", "Appeal"),
], ids=["uk-summon", "ru-parliament", "pl-parliament", "ru-appeal"])
def test_the_trigger_in_its_own_sense_stays(lang: str, text: str, kind: str) -> None:
    found, _ = _of_kind(text, lang, kind)
    assert found


# -- a blockade of a road or a border is a protest; 'blocked' alone is not ------------------------

def test_blocking_a_road_or_a_border_is_a_protest() -> None:
    """PLOVER files blockades under PROTEST; the phrase, not the bare verb, triggers it."""
    for text, lang in (("Farmers from Tarnów blocked the border crossing on Monday.", "en"),
                       ("Фермеры заблокировали пограничный переход у Бреста.", "ru"),
                       ("Водители перекрыли дорогу у Бреста.", "ru"),
                       ("Фермери заблокували пункт пропуску біля Ягодина.", "uk"),
                       ("Rolnicy zablokowali przejście graniczne w Dorohusku.", "pl")):
        found, _ = _of_kind(text, lang, "Protest")
        assert found, (lang, text)


def test_blocking_a_law_is_no_protest() -> None:
    for text, lang in (("The court blocked the law on Monday.", "en"),
                       ("Суд заблокировал закон в понедельник.", "ru")):
        _, events, _, _ = run(text, lang)
        assert "Protest" not in {e.kind for e in events}, (lang, events)


# -- 'stop business ties', 'concluded the minister', 'at the court's demand' ------------------------

def test_ending_business_ties_is_no_flight_suspension() -> None:
    for text, lang in (("Европейские компании должны будут прекратить деловые отношения с Россией.", "ru"),
                       ("Компанія Ростан вирішила припинити ділові зв'язки з Росією.", "uk"),
                       ("Firma Rostan postanowiła wstrzymać współpracę z Rosją.", "pl")):
        found, _ = _of_kind(text, lang, "FlightSuspension")
        assert not found, (lang, found)


def test_cancelled_flights_stay_a_flight_suspension() -> None:
    for text, lang in (("Компания Ростан отменила 200 рейсов в Германию.", "ru"),
                       ("Компанія Ростан скасувала 200 рейсів до Німеччини.", "uk")):
        found, _ = _of_kind(text, lang, "FlightSuspension")
        assert found, lang


def test_concluding_words_is_no_agreement() -> None:
    """'заключил министр' (the minister concluded): the verb alone is no agreement; its nouns are."""
    found, _ = _of_kind("Они заплатят за это, заключил министр Иван Петров.", "ru", "Agreement")
    assert not found, found
    for text, lang in (("Компания Ростан заключила соглашение с фирмой Велтранс.", "ru"),
                       ("Компанія Ростан уклала угоду з фірмою Велтранс.", "uk")):
        found, _ = _of_kind(text, lang, "Agreement")
        assert found, lang


def test_at_the_demand_of_is_no_appeal() -> None:
    for text, lang in (("Ми розкрили інформацію на вимогу суду Франції.", "uk"),
                       ("Мы раскрыли информацию по требованию суда Франции.", "ru")):
        found, _ = _of_kind(text, lang, "Appeal")
        assert not found, (lang, found)


# -- sentenced to death is no death; a platform is sentenced to nothing -------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Nordia: bloger skazany na śmierć za wpisy na Facebooku."),
    ("ru", "Суд приговорил Ивана Петрова к смерти за измену."),
    ("bg", "Иван Петров е осъден на смърт за богохулство."),
])
def test_sentenced_to_death_is_no_death(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert not [e for e in events if e.kind == "Death"], (lang, events)


def test_a_death_stays_a_death() -> None:
    found, name = _of_kind("Иван Петров умер в больнице в Казани.", "ru", "Death")
    assert found and _names(found[0], name) == {"Иван Петров"}


def test_a_platform_is_sentenced_to_nothing() -> None:
    """'skazany za wpisy na Facebooku': the posts' platform is no one sentenced (affected_persons)."""
    _, events, _, name = run("Nordia: bloger skazany na dwa lata za wpisy na Twitterze.", "pl")
    assert not [e for e in events if e.kind == "Sentencing" for _, ref in e.participants if name(ref) == "Twitterze"]
