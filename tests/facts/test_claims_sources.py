"""Claims (issue 13): an outlet that reports what the sentence before said ("Об этом сообщает X"), an
outlet after the clause ("..., пишет X"), stance verbs as claims. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _claims(text: str, lang: str) -> dict[str | None, list[str | None]]:
    _, _, claims, name = run(text, lang)
    return {name(c.source): [name(x) for x in c.concerns] for c in claims}


def _about(claims: dict, source: str, concern: str) -> bool:
    return any(s and source in s and any(c and c.startswith(concern) for c in cs) for s, cs in claims.items())


@pytest.mark.parametrize(("lang", "text", "outlet", "person"), [
    ("ru", "Министр Иван Петренко подал в отставку. Об этом сообщает телеканал Радуга.", "Радуга", "Иван Петренко"),
    ("uk", "Міністр Іван Петренко подав у відставку. Про це повідомляє телеканал Веселка.", "Веселка", "Іван Петренко"),
    ("pl", "Minister Jan Kowalczyk podał się do dymisji. Poinformował o tym portal Onet.", "Onet", "Jan Kowalczyk"),
    ("en", "Minister John Carver resigned on Monday. The BBC reported about this on Tuesday.", "BBC", "John Carver"),
], ids=["ru", "uk", "pl", "en"])
def test_an_outlet_reports_the_sentence_before(lang: str, text: str, outlet: str, person: str) -> None:
    assert _about(_claims(text, lang), outlet, person)


def test_no_reference_back_without_the_phrase() -> None:
    claims = _claims("Министр Иван Петренко подал в отставку. Телеканал Радуга сообщает о погоде.", "ru")
    assert not _about(claims, "Радуга", "Иван Петренко")


def test_ru_outlet_after_the_clause() -> None:
    claims = _claims("Министр Иван Петренко назвал неприемлемым введение санкций, пишет газета Вечерний Вестник.", "ru")
    assert _about(claims, "Вечерний Вестник", "Иван Петренко") or _about(claims, "Иван Петренко", "Вечерний Вестник")


def test_en_outlet_after_the_clause() -> None:
    claims = _claims("John Carver called the sanctions unacceptable, writes the Daily Courier.", "en")
    assert _about(claims, "Daily Courier", "John Carver") or _about(claims, "John Carver", "Daily Courier")


def test_pl_stance_verb_is_a_claim() -> None:
    claims = _claims("Jan Kowalczyk podtrzymał sprzeciw Polski wobec budowy gazociągu.", "pl")
    assert _about(claims, "Jan Kowalczyk", "Polski")


def test_uk_stance_verb_is_a_claim() -> None:
    claims = _claims("Міністр Іван Петренко запропонував продовжити перехідний період для Польщі.", "uk")
    assert _about(claims, "Іван Петренко", "Польщ")


# -- who can be a claim's author ----------------------------------------------------------------

def test_pl_za_is_a_source_only_for_an_outlet_right_after_it() -> None:
    claims = _claims("Za Facebookiem Jan Kowalczyk powiedział, że rząd upadnie.", "pl")
    assert not any(s and "Facebook" in s for s in claims)
    assert any(s and s.startswith("Jan Kowalczyk") for s in claims)


def test_en_platform_is_not_the_speaker() -> None:
    claims = _claims("On Facebook, John Carver wrote that the government would fall.", "en")
    assert not any(s and "Facebook" in s for s in claims)


def test_ru_common_noun_is_not_the_speaker() -> None:
    claims = _claims("Адвокат сказал, что его клиент Иван Петренко покинул страну.", "ru")
    assert not any(s and s.lower() == "адвокат" for s in claims)


def test_pl_speaker_is_the_chairman_not_his_body() -> None:
    claims = _claims("– Nie zgadzamy się – powiedział przewodniczący Komitetu Morskiego Jan Kowalczyk.", "pl")
    assert any(s and s.startswith("Jan Kowalczyk") for s in claims)
    assert not any(s and s.startswith("Komitet") for s in claims)


def test_ru_speaker_is_the_person_beside_the_title_not_the_body() -> None:
    claims = _claims("Глава МИД Эстонии Иван Петренко назвал неприемлемым введение санкций.", "ru")
    assert any(s and s.startswith("Иван Петренко") for s in claims)
    assert not any(s == "МИД" for s in claims)


def test_uk_statement_agent_is_the_speaker_not_the_outlet() -> None:
    _, events, _, name = run("Про це в ефірі телеканалу «Веселка» повідомив міністр Іван Петренко.", "uk")
    agents = [name(ref) for e in events if e.kind == "Statement" for role, ref in e.participants if role == "agent"]
    assert agents and all(a and "Петренко" in a for a in agents)


def test_pl_wedlug_before_a_relative_pronoun_names_no_source() -> None:
    claims = _claims("W kraju obowiązuje prawo, według którego za obrazę Kościoła Północy grozi kara.", "pl")
    assert not claims


def test_uk_speaker_after_the_verb_past_a_comma_of_his_titles() -> None:
    _, events, _, name = run("Про це в ефірі телеканалу «Веселка» повідомив лікар, заступник міністра Іван Петренко.",
                             "uk")
    agents = [name(ref) for e in events if e.kind == "Statement" for role, ref in e.participants if role == "agent"]
    assert agents and all(a and "Петренко" in a for a in agents)


def test_pl_outlet_of_the_reporting_clause_before_a_comma() -> None:
    _, events, _, name = run("Jak podaje agencja Reuters, minister Jan Kowalczyk podpisał umowę.", "pl")
    agents = [name(ref) for e in events if e.kind == "Statement" for role, ref in e.participants if role == "agent"]
    assert "Reuters" in agents and "Jan Kowalczyk" not in agents


# -- the outlet that carried someone's words ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("ru", "Мария Иванова прилетела в Москву. Об этом она заявила в эфире телеканала Заря 24.", "Заря 24"),
    ("uk", "Про це заявив директор компанії Ростан Павло Доценко у розмові із Nordzeitung.", "Nordzeitung"),
    ("bg", "Иван Петров прилетя в София. В интервю за британската телевизия Зора ТВ той каза, че е очаквал победа.",
     "Зора ТВ"),
    ("pl", "Przyjechał Jan Nowak. W rozmowie z Gazetą Nową powiedział, że strajk się skończy.", "Gazetą Nową"),
    ("en", "Jan Nowak said in an interview with the Daily Courier that the strike would end.", "Daily Courier"),
], ids=["ru-on-air", "uk-conversation", "bg-interview-pronoun", "pl-conversation-pro-drop", "en-interview"])
def test_the_outlet_of_an_interview_takes_part_in_no_event(lang: str, text: str, outlet: str) -> None:
    """'у розмові із X' is no Meeting with X, and X is not who spoke."""
    _, events, _, name = run(text, lang)
    assert not any(name(ref) == outlet for e in events for _, ref in e.participants), \
        [(e.kind, [(r, name(x)) for r, x in e.participants]) for e in events]


# -- "X, who said": the speaker of a relative clause ----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("pl", "Prezes firmy, Jan Kowalczyk, który kiedyś powiedział, że nie uzna związków, rozpoczął rozmowy.",
     "Jan Kowalczyk"),
    ("ru", "Глава компании Иван Морозов, который ранее заявил о сокращениях, встретился с профсоюзом.", "Иван Морозов"),
    ("uk", "Керівник компанії Петро Гнатюк, який раніше заявив про скорочення, зустрівся з профспілкою.",
     "Петро Гнатюк"),
    ("en", "The head of the firm, John Marlow, who said the plant in Bergen would close, met the union.", "John Marlow"),
], ids=["pl", "ru", "uk", "en"])
def test_the_person_before_who_said_is_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert speaker in _claims(text, lang)


def test_who_said_is_the_person_right_before_the_comma() -> None:
    claims = _claims("John Marlow met Anna Wexley, who said the plant in Bergen would close.", "en")
    assert "Anna Wexley" in claims and "John Marlow" not in claims


@pytest.mark.parametrize(("lang", "text", "outlet", "person"), [
    ("ru", "Иван Петренко прилетел в Казань. Там он встретился с руководством Ростэнерго. Компания подписала "
     "договор. Об этом сообщает агентство Радуга.", "Радуга", "Иван Петренко"),
    ("uk", "Іван Петренко прилетів до Львова. Там він зустрівся з керівництвом Укренергобуду. Компанія підписала "
     "договір. Про це повідомляє агентство Веселка.", "Веселка", "Іван Петренко"),
    ("pl", "Jan Kowalczyk przyleciał do Gdańska. Tam spotkał się z zarządem Fundacji Orła. Umowa została "
     "podpisana. Poinformował o tym portal Onet.", "Onet", "Jan Kowalczyk"),
], ids=["ru", "uk", "pl"])
def test_an_outlet_reports_the_paragraph_before(lang: str, text: str, outlet: str, person: str) -> None:
    """"Об этом сообщает X" closing a paragraph: X reports its earlier sentences too."""
    assert _about(_claims(text, lang), outlet, person)


def test_the_paragraph_before_ends_at_its_break() -> None:
    """The person of the paragraph before the break is not what "this" reported."""
    claims = _claims("Иван Петренко прилетел в Казань.\n\nКомпания Ростэнерго подписала договор. Об этом сообщает "
                     "агентство Радуга.", "ru")
    assert _about(claims, "Радуга", "Ростэнерго") and not _about(claims, "Радуга", "Иван Петренко")


# -- bg 'предаде X' (reported X; the lemma 'предам' is also 'hand over') ----------------------------

def test_bg_outlet_after_predade() -> None:
    claims = _claims("Правителството на Иван Петров падна, предаде агенция Медия.", "bg")
    assert _about(claims, "Медия", "Иван Петров")


def test_bg_predade_handing_over_is_no_claim() -> None:
    claims = _claims("Министърът Иван Петров предаде документите на агенция Медия.", "bg")
    assert not any(s and "Медия" in s for s in claims)


@pytest.mark.parametrize(("lang", "text", "source", "concern"), [
    ("uk", "Компанія Вортекс підтвердила, що хакери викрали дані про вакцини Медіпри.", "Вортекс", "Медіпр"),
    ("uk", "Міністр Іван Петренко заперечив, що компанія Вортекс отримала гроші.", "Іван Петренко", "Вортекс"),
    ("bg", "Министър Петър Стоев потвърди, че хакери са откраднали данни за ваксината на Медипра.",
     "Петър Стоев", "Медипра"),
    ("bg", "Министър Петър Стоев отрече, че компанията Вортекс е получила пари.", "Петър Стоев", "Вортекс"),
], ids=["uk-confirm", "uk-deny", "bg-confirm", "bg-deny"])
def test_confirming_and_denying_are_claims(lang: str, text: str, source: str, concern: str) -> None:
    assert _about(_claims(text, lang), source, concern)


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("ru", "Об этом, как передает NordPress, сообщил пресс-секретарь президента Иван Петров.", "Иван Петров"),
    ("ru", "Министр Иван Петров заявил, что переговоры продолжатся, сообщает NordPress.", "Иван Петров"),
    ("uk", "Міністр Іван Петренко заявив, що переговори триватимуть, пише NordPress.", "Іван Петренко"),
    ("pl", "Minister Jan Kowalski powiedział, że rozmowy będą kontynuowane - podaje agencja NordPress.", "Jan Kowalski"),
    ("cs", "Ministr Jan Novák řekl, že jednání budou pokračovat, uvedla agentura NordPress.", "Jan Novák"),
    ("sl", "Odnosi bodo prioriteta obeh držav, je povedal Janez Novak po poročanju francoske tiskovne agencije "
           "NordPress.", "Janez Novak"),
    ("bg", "Сенаторът Джон Смит пристигна в Лондон. В интервю за британската телевизия NordPress той каза, че е "
           "очаквал победа на референдума.", "Джон Смит"),
])
def test_the_outlet_that_reports_a_persons_words_quotes_his_claim(lang: str, text: str, person: str) -> None:
    """The outlet's claim is its report of the person's words (Claim.quotes, prov:wasQuotedFrom); the
    person spoke, so the Statement is his, and the outlet is nothing he spoke about."""
    _, events, claims, name = run(text, lang)
    by_source = {name(c.source): c for c in claims}
    assert set(by_source) == {person, "NordPress"}, by_source
    assert by_source["NordPress"].quotes == by_source[person].key
    assert by_source[person].quotes is None and not [r for r in by_source[person].concerns if name(r) == "NordPress"]
    statements = [e for e in events if e.kind == "Statement" and e.sentence.text.find("NordPress") >= 0]
    assert [name(ref) for e in statements for _, ref in e.participants] == [person]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Firma Nordair oświadczyła, że strajk jest bezpodstawny - podaje agencja NordPress."),
    ("ru", "Компания Нордэйр заявила, что забастовка необоснованна, сообщает агентство NordPress."),
    ("uk", "Компанія Нордейр заявила, що страйк є безпідставним, повідомляє агентство NordPress."),
])
def test_of_two_organisations_the_one_named_as_media_reports_the_other(lang: str, text: str) -> None:
    _, _, claims, name = run(text, lang)
    by_source = {name(c.source): c for c in claims}
    assert by_source["NordPress"].quotes == next(c.key for s, c in by_source.items() if s != "NordPress"), by_source


def test_two_organisations_none_named_as_media_quote_no_one() -> None:
    """With no person speaking and no media word, neither organisation's claim is the other's report."""
    _, _, claims, _ = run("Firma Nordair oświadczyła, że strajk jest bezpodstawny - podaje Rostan.", "pl")
    assert all(c.quotes is None for c in claims)


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Związki twierdzą, że firma Nordair nie zaproponowała pracownikom satysfakcjonującej oferty."),
    ("pl", "Minister Jan Kowalski nie powiedział, kiedy ruszą rozmowy."),
    ("ru", "Министр Иван Петров не сообщил, когда начнутся переговоры."),
    ("uk", "Міністр Іван Петренко не повідомив, коли почнуться переговори."),
])
def test_a_negated_reporting_verb_is_no_claim(lang: str, text: str) -> None:
    _, events, claims, _ = run(text, lang)
    assert not claims and not [e for e in events if e.kind == "Statement"], (claims, events)


def test_the_same_verb_not_negated_is_a_claim() -> None:
    _, _, claims, name = run("Міністр Іван Петренко повідомив, що переговори почнуться в понеділок.", "uk")
    assert [name(c.source) for c in claims] == ["Іван Петренко"]
