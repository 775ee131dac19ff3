"""Roles where no parser reads the clause (issue 13, precision): a verbal noun's names are the ones
it governs, an impersonal form has no agent, only persons are detained, the officer named after
an organisation speaks, and "напомним" is the outlet's voice. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _roles(text: str, lang: str, kind: str) -> list[tuple[str, str | None]]:
    _, events, _, name = run(text, lang)
    return [(role, name(ref)) for e in events if e.kind == kind for role, ref in e.participants]


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Tydzień temu sąd oczyścił Annę Nowak z zarzutu, jednak do dziś nie dotarły rozkazy umożliwiające jej "
           "uwolnienie - mówił minister Jan Kowal.", "Annę Nowak"),
    ("uk", "Суд ухвалив рішення про звільнення Івана Коваленка.", "Івана Коваленка"),
])
def test_the_person_a_release_noun_governs_is_released(lang: str, text: str, person: str) -> None:
    roles = _roles(text, lang, "Release")
    assert ("affected", person) in roles and not any(role == "agent" for role, _ in roles)


def test_a_husband_waiting_for_her_release_is_not_its_agent() -> None:
    roles = _roles("Její manžel Jan Novák se vrátil do země, aby zde čekal na její propuštění.", "cs", "Release")
    assert not any(role == "agent" for role, _ in roles)


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Jana Kowala aresztowano w zeszłym roku za wypowiedzi na Facebooku.", "Jana Kowala"),
    ("uk", "Івана Коваленка затримано у Львові за дописи у Facebook.", "Івана Коваленка"),
])
def test_an_impersonal_detention_has_no_agent_and_no_platform_detainee(lang: str, text: str, person: str) -> None:
    roles = _roles(text, lang, "Detention")
    assert roles == [("affected", person)]


def test_the_officer_named_after_the_company_speaks() -> None:
    _, _, claims, name = run("Jak poinformował prezes spółki Orzeł Jan Kowal, loty zostaną wznowione.", "pl")
    assert [name(c.source) for c in claims] == ["Jan Kowal"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Напомним, ранее компания Ростэнерго отменила 22 рейса."),
    ("uk", "Нагадаємо, 25 липня компанія Укренергобуд скасувала 300 рейсів."),
    ("pl", "Przypomnijmy, że firma Orzeł odwołała 40 lotów."),
])
def test_the_outlets_reminder_is_no_claim_of_the_company(lang: str, text: str) -> None:
    _, _, claims, _ = run(text, lang)
    assert claims == []


def test_after_a_quote_and_a_dash_the_speaker_follows_the_verb() -> None:
    """"„... jej uwolnienie” – mówił X": the woman named in the quote is not its speaker (the agency
    he told it to reports his claim)."""
    _, _, claims, name = run("Sąd oczyścił Annę Nowak z zarzutu, jednak nie dotarły rozkazy umożliwiające jej "
                             "uwolnienie - mówił wcześniej agencji PAP minister Jan Kowal.", "pl")
    assert [name(c.source) for c in claims] == ["Jan Kowal", "PAP"]
    assert claims[1].quotes == claims[0].key


@pytest.mark.parametrize("lang, text", [
    ("ru", "Напомним, ранее пилоты компании Ростэнерго назначили забастовку на 12 июля."),
    ("uk", "Пілоти компанії Укренергобуд призначили страйк на 12 липня."),
    ("en", "The pilots of Skyline Air set a strike for July 12."),
])
def test_a_strike_set_for_a_date_appoints_no_one(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert not [e for e in events if e.kind == "Appointment"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Иван Соколов назначил Петра Иванова министром обороны."),
    ("en", "President John Holt appointed Peter Dunn as defence minister."),
])
def test_an_appointment_of_a_person_stays(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert [e for e in events if e.kind == "Appointment"]


def test_campaigning_for_a_release_is_an_appeal_for_the_prisoner() -> None:
    """"X zabiegał o uwolnienie Y": X appealed for Y's release; X released no one."""
    _, events, _, name = run("Gubernator Jan Kowal zabiegał o uwolnienie chrześcijanki Anny Nowak.", "pl")
    appeals = [[(r, name(p)) for r, p in e.participants] for e in events if e.kind == "Appeal"]
    assert appeals and ("agent", "Jan Kowal") in appeals[0]
    assert not any(r == "agent" for e in events if e.kind == "Release" for r, _ in e.participants)


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Interior Minister Karl Vasko met the protesters in front of the parliament.", "Karl Vasko"),
    ("ru", "Министр Карл Васько встретился с протестующими у парламента.", "Карл Васько"),
    ("pl", "Minister Karol Wasko spotkał się z protestującymi przed Sejmem.", "Karol Wasko"),
    ("uk", "Міністр Карл Васько зустрівся з протестувальниками біля парламенту.", "Карл Васько"),
    ("de", "Innenminister Karl Vasko traf sich mit den Demonstranten vor dem Parlament.", "Karl Vasko"),
])
def test_who_meets_the_protesters_does_not_protest(lang: str, text: str, person: str) -> None:
    """'protesters' names the protest's own participants (events.json participant_nouns): the
    clause's subject met them, it protested nothing."""
    assert ("agent", person) not in _roles(text, lang, "Protest")
    assert ("agent", person) in _roles(text, lang, "Meeting")


def test_the_group_the_protesters_come_from_protested() -> None:
    assert ("agent", "Green Union") in _roles("Protesters from the Green Union gathered in Leeds.", "en", "Protest")


@pytest.mark.parametrize("text, kind, wrong", [
    ("Міський голова Ужгорода Іван Петрик повідомив, що внаслідок обстрілу загинули троє людей.", "Death", "Іван Петрик"),
    ("Міністр Іван Петрик заявив, що поліція затримала Олега Коваля.", "Detention", "Іван Петрик"),
])
def test_a_clause_with_a_subject_of_its_own_takes_none_from_before_it(text: str, kind: str, wrong: str) -> None:
    """'X said that [he] detained …' gives X as the dropped subject; a plural verb or a noun in the
    nominative is the clause's own subject, and X only reported."""
    assert wrong not in {who for _, who in _roles(text, "uk", kind)}


def test_a_clause_with_no_subject_still_takes_the_speaker() -> None:
    assert ("agent", "Іван Петрик") in _roles("Іван Петрик повідомив, що затримав двох підозрюваних.", "uk", "Detention")


@pytest.mark.parametrize("lang, text, names", [
    ("uk", "У консультаціях 17 липня в представництві ЄС у Відні також візьмуть участь міністр енергетики "
           "Іван Петренко та представники компанії Нафтолінк.", ["Іван Петренко", "Нафтолінк"]),
    ("pl", "W rozmowach w Wiedniu wezmą udział minister Jan Kowalski i prezes Adam Nowak.", ["Jan Kowalski", "Adam Nowak"]),
    ("ru", "В переговорах в Вене примут участие министр Иван Петров и глава компании Алексей Смирнов.",
     ["Иван Петров", "Алексей Смирнов"]),
])
def test_who_takes_part_in_an_event_named_in_a_prepositional_phrase_is_its_participant(lang: str, text: str,
                                                                                       names: list[str]) -> None:
    _, events, _, name = run(text, lang)
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert set(names) <= {name(ref) for _, ref in meeting.participants} and name(meeting.place) in ("Відні", "Wiedniu", "Вене")


def test_a_name_after_taking_part_in_something_else_is_no_participant() -> None:
    """The participation word follows a clause break: its names take part in what the next clause says."""
    _, events, _, name = run("W rozmowach w Wiedniu nie było przełomu, ale udział wziął minister Jan Kowalski.", "pl")
    assert "Jan Kowalski" not in {name(ref) for e in events if e.kind == "Meeting" for _, ref in e.participants}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Авіакомпанія Velaro Air скасувала 20 рейсів. Інформація з'явилася у світлі п'ятого дня страйку пілотів "
           "авіакомпанії в Ірландії."),
    ("pl", "Linie lotnicze Velaro Air odwołały 20 lotów. Strajk pilotów przewoźnika w Irlandii potrwa dwa dni."),
])
def test_a_verbal_noun_governs_the_company_noun_that_stands_for_a_name_before(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    (strike,) = [e for e in events if e.kind == "Strike"]
    assert [name(ref) for _, ref in strike.participants] == ["Velaro Air"] and strike.place is not None


@pytest.mark.parametrize("lang, text", [
    ("uk", "Авіакомпанія Velaro Air скасувала 20 рейсів. Як повідомляє Nordpress, п'ятий день страйку пілотів "
           "авіакомпанії в Ірландії запланований на п'ятницю."),
    ("pl", "Linie lotnicze Velaro Air odwołały 20 lotów. Jak podaje Nordpress, strajk pilotów przewoźnika w Irlandii "
           "potrwa dwa dni."),
])
def test_the_source_a_reporting_verb_quotes_is_not_the_company_a_noun_stands_for(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    (strike,) = [e for e in events if e.kind == "Strike"]
    assert [name(ref) for _, ref in strike.participants] == ["Velaro Air"]
