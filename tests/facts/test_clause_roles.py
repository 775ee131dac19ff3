"""Roles in the clause window of the languages without a parser (issue 13, precision): the speaker
of a reporting verb is no party of the event the sentence reports, a noun takes no dropped subject,
the doer after a passive's 'przez'/'от', the antecedent of an object relative ('kterého', 'якого')
is the one acted on, and words that give a trigger another sense. Sentences written for these tests."""
from __future__ import annotations

from .helpers import run


def _roles(text: str, lang: str, kind: str) -> set[tuple[str, str]] | None:
    """(role, name) of the sentence's event of ``kind``; None where there is none."""
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == kind]
    return {(str(role), str(name(ref))) for role, ref in found[0].participants} if found else None


def _kinds(text: str, lang: str) -> set[str]:
    return {e.kind for e in run(text, lang)[1]}


# -- the speaker of a reporting verb is no party -------------------------------------------------

def test_the_speaker_before_the_comma_is_no_party() -> None:
    for text, lang, speaker, party in (
            ("Jak poinformował Jan Kowalski, Anna Nowak i Piotr Wiśniewski rozmawiali także o handlu.", "pl",
             "Jan Kowalski", "Anna Nowak"),
            ("Як повідомив речник уряду Іван Коваль, Анна Мельник і Олег Бондар зустрілися у Львові.", "uk",
             "Іван Коваль", "Анна Мельник")):
        roles = _roles(text, lang, "Meeting")
        assert roles is not None and speaker not in {n for _, n in roles} and party in {n for _, n in roles}, (lang, roles)


def test_the_speaker_after_a_quote_is_no_party() -> None:
    roles = _roles("Sąd oczyścił Annę Nowak z zarzutu, ale do dziś nie dotarły rozkazy umożliwiające jej "
                   "wypuszczenie - mówił wcześniej Jan Kowalski, minister sprawiedliwości.", "pl", "Release")
    assert roles is not None and "Jan Kowalski" not in {n for _, n in roles}, roles


def test_a_verb_after_that_keeps_the_speaker_as_its_subject() -> None:
    """'X said that [he] met Y': the dropped subject stays for a verb."""
    for text, lang, speaker in (("Jan Kowalski powiedział, że spotkał się z Anną Nowak w Gdańsku.", "pl", "Jan Kowalski"),
                                ("Іван Коваль заявив, що зустрівся з Анною Мельник у Львові.", "uk", "Іван Коваль"),
                                ("Jan Dvořák řekl, že se setkal s Petrem Novákem v Brně.", "cs", "Jan Dvořák")):
        roles = _roles(text, lang, "Meeting")
        assert roles is not None and ("agent", speaker) in roles, (lang, roles)


def test_a_noun_after_that_takes_no_dropped_subject() -> None:
    """'X believes that for the transition period a few months will do': X is in no transition."""
    for text, lang in (("Прем'єр-міністр Норвегії Ганна Петренко вважає, що для перехідного періоду потрібно "
                        "лише кілька місяців.", "uk"),):
        roles = _roles(text, lang, "Transition")
        assert roles is None or "Ганна Петренко" not in {n for _, n in roles}, (lang, roles)


# -- passives and object relatives ---------------------------------------------------------------

def test_the_doer_after_a_passive_is_the_agent() -> None:
    for text, lang, doer, held in (
            ("Wśród gości była lekarka z Kenii Maria Okonkwo, która przez trzy lata była więziona przez grupę "
             "zbrojną Czarna Gwardia.", "pl", "Czarna Gwardia", "Maria Okonkwo"),
            ("Журналистът Иван Петров беше задържан от ДАНС в София.", "bg", "ДАНС", "Иван Петров")):
        roles = _roles(text, lang, "Detention")
        assert roles is not None and ("agent", doer) in roles and ("agent", held) not in roles, (lang, roles)


def test_an_object_relative_makes_its_antecedent_the_one_acted_on() -> None:
    for text, lang, kind, doer, victim in (
            ("V březnu 2015 zemřel starosta Petr Novák, kterého zavraždil jeho vlastní řidič Jan Dvořák.", "cs",
             "Killing", "Jan Dvořák", "Petr Novák"),
            ("Burmistrz Piotr Wiśniewski, którego zabił Jan Kowalski, został pochowany w Gdańsku.", "pl",
             "Killing", "Jan Kowalski", "Piotr Wiśniewski"),
            ("Олег Бондар, якого вбив Іван Коваль, був мером Одеси.", "uk", "Killing", "Іван Коваль", "Олег Бондар"),
            ("Олег Бондар, якого затримала СБУ, вийшов на волю.", "uk", "Detention", "СБУ", "Олег Бондар")):
        roles = _roles(text, lang, kind)
        assert roles is not None and ("agent", doer) in roles and ("affected", victim) in roles, (lang, roles)


def test_a_subject_relative_keeps_its_antecedent_the_doer() -> None:
    roles = _roles("Policjant Jan Kowalski, który zatrzymał Piotra Wiśniewskiego, dostał nagrodę.", "pl", "Detention")
    assert roles is not None and ("agent", "Jan Kowalski") in roles, roles


# -- other senses ----------------------------------------------------------------------------------

def test_sending_into_retirement_is_no_deployment() -> None:
    for text, lang in (("Аналітики вважають, що Анну Мельник можуть відправити у відставку до кінця року.", "uk"),
                       ("Аналитики считают, что Анну Петрову могут отправить в отставку до конца года.", "ru")):
        assert "Deployment" not in _kinds(text, lang), lang


def test_troops_sent_stay_a_deployment() -> None:
    assert "Deployment" in _kinds("Уряд Норвегії відправить війська до Латвії.", "uk")


def test_employment_on_contracts_is_no_agreement() -> None:
    text = "Według szacunków związku Vereinigung Solidarni jedna trzecia pilotów zatrudniona jest na umowach zewnętrznych."
    assert "Agreement" not in _kinds(text, "pl")


# -- a noun trigger's names: not the subject of the verb after them -------------------------------

def test_the_subject_of_the_next_verb_is_no_party_of_a_noun_trigger() -> None:
    for text, lang, body in (
            ("Kilka godzin przed dorocznym szczytem francusko-niemieckim Izba Gmin przegłosowała ustawę o handlu.",
             "pl", "Izba Gmin"),
            ("Напередодні саміту в Брюсселі Верховна Рада ухвалила закон.", "uk", "Верховна Рада")):
        roles = _roles(text, lang, "Summit")
        assert roles is None or body not in {n for _, n in roles}, (lang, roles)


# -- claims: the speaker after '…, said', no claim from an infinitive -----------------------------

def _authors(text: str, lang: str) -> set[str]:
    _, _, claims, name = run(text, lang)
    return {str(name(c.source)) for c in claims}


def test_the_speaker_follows_a_reporting_verb_after_a_comma() -> None:
    for text, lang in (("Firma Rostan podpisała umowę z firmą Veltrans, podała agencja Nordpress.", "pl"),
                       ("Компанія Ростан підписала угоду з фірмою Велтранс, повідомили в агентстві Нордпрес.", "uk")):
        authors = _authors(text, lang)
        assert authors & {"Nordpress", "Нордпрес"} and not authors & {"Veltrans", "Велтранс"}, (lang, authors)


def test_an_infinitive_or_a_refusal_to_comment_is_no_claim() -> None:
    for text, lang in (("Однак агентство EMA продовжує співпрацювати зі слідством і повідомляти нових осіб.", "uk"),
                       ("Агентство EMA продолжает сотрудничать со следствием и сообщать о новых фактах.", "ru"),
                       ("Rzecznik firmy Rostan Jan Kowalski odmówił skomentowania tej sprawy.", "pl")):
        assert not _authors(text, lang), lang


def test_a_finite_reporting_verb_keeps_its_claim() -> None:
    for text, lang, who in (("Агентство EMA повідомило, що хакери викрали документи.", "uk", "EMA"),
                            ("Агентство EMA сообщило, что хакеры похитили документы.", "ru", "EMA"),
                            ("Rzecznik Jan Kowalski powiedział, że firma Rostan zamknie fabrykę.", "pl", "Jan Kowalski")):
        assert who in _authors(text, lang), lang


# -- 'sanctions of the US' are the US's -----------------------------------------------------------

def test_the_country_right_after_sanctions_imposes_them() -> None:
    for text, lang, imposer, target in (
            ("Министр Иван Петров назвал неприемлемым введение санкций США против компании Ростан.", "ru", "США", "Ростан"),
            ("Minister Jan Kowalski skrytykował sankcje USA wobec firmy Rostan.", "pl", "USA", "Rostan"),
            ("Міністр Іван Коваль розкритикував санкції США проти компанії Ростан.", "uk", "США", "Ростан")):
        roles = _roles(text, lang, "Sanction")
        assert roles is not None and ("agent", imposer) in roles and ("affected", target) in roles, (lang, roles)


def test_sanctions_against_a_country_keep_it_affected() -> None:
    for text, lang, target in (("Евросоюз ввёл санкции против России.", "ru", "России"),
                               ("Unia Europejska wprowadziła sankcje wobec Rosji.", "pl", "Rosji")):
        roles = _roles(text, lang, "Sanction")
        assert roles is not None and ("affected", target) in roles, (lang, roles)


# -- 'between' names the ends of the noun right before it ----------------------------------------

def test_names_between_belong_to_the_noun_before_them() -> None:
    for text, lang, kind in (
            ("Посередник ЄС Іван Коваль повідомив, що у проекті угоди вдалося уникнути кордону між Данією та Швецією.",
             "uk", "Agreement"),
            ("Jan Kowalski powiedział, że projekt umowy pozwala uniknąć granicy między Danią a Szwecją.", "pl",
             "Agreement")):
        roles = _roles(text, lang, kind)
        assert roles is None or not {n for _, n in roles} & {"Данією", "Швецією", "Danią", "Szwecją"}, (lang, roles)


def test_an_agreement_between_two_countries_keeps_them() -> None:
    for text, lang, parties in (("Переговори про угоду між Данією та Швецією тривали рік.", "uk", {"Данією", "Швецією"}),
                                ("Umowa między Danią a Szwecją weszła w życie.", "pl", {"Danią", "Szwecją"})):
        roles = _roles(text, lang, "Agreement")
        assert roles is not None and parties <= {n for _, n in roles}, (lang, roles)


def test_the_lawyer_named_after_the_comma_speaks_not_the_client() -> None:
    for text in ("Адвокат Ноори, Карим Ахмади, во вторник сказал, что надеется на оправдание подзащитной.",
                 "Адвокат Петрова, Олег Сидоров, во вторник сказал, что надеется на оправдание."):
        authors = _authors(text, "ru")
        assert authors & {"Карим Ахмади", "Олег Сидоров"} and not authors & {"Ноори", "Петрова"}, authors
    assert "Хайко Брандт" in _authors("Глава МИД Германии Хайко Брандт назвал это неприемлемым.", "ru")
