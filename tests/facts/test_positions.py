"""Positions from titles (issue 13): a country's adjective before the title, the title after the name,
'former' as a qualifier, the press secretary of an office not holding it, German titles. The names
are invented for these tests."""
from __future__ import annotations

import pytest

from kgraph.model import Entity, EntityRef, EntityType, Fact, Sentence
from kgraph.rdf.facts import _fact
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import KG, SCHEMA

from .helpers import run

ESTONIA, PAKISTAN = "g:wd:Q191", "g:wd:Q843"


def _positions(text: str, lang: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return [(name(f.subject), name(f.object), f.title, f.qualifier) for f in facts if f.predicate == "holdsPosition"]


def _held(rows, person: str, org_start: str) -> list[tuple]:
    return [r for r in rows if r[0] and r[0].startswith(person) and r[1] and r[1].startswith(org_start)]


# -- a country's adjective before the title ----------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "person", "title"), [
    ("en", "Estonian Prime Minister Liina Tamm arrived in Berlin on Monday.", "Liina Tamm", "Prime Minister"),
    ("ru", "Эстонский премьер-министр Лиина Тамм прилетела в Берлин.", "Лиина Тамм", None),
    ("pl", "Estońska premier Liina Tamm przyleciała do Berlina.", "Liina Tamm", "Prime Minister"),
    ("uk", "Естонська прем'єр-міністерка Лійна Тамм прибула до Берліна.", "Лійна Тамм", None),
], ids=["en", "ru", "pl", "uk-glued-apostrophe"])
def test_a_country_adjective_before_the_title(lang: str, text: str, person: str, title: str | None) -> None:
    held = _held(_positions(text, lang), person, ESTONIA)
    assert held
    if title is not None:  # the holder's whole name, the title as the data spells it, not former
        assert (person, ESTONIA, title, None) in held


def test_pl_title_after_the_name_with_country_adjective() -> None:
    rows = _positions("Jan Kowalczyk, pakistański minister ds. mniejszości, został zabity.", "pl")
    assert ("Jan Kowalczyk", PAKISTAN, "Minister", None) in rows


def test_de_title_read_into_the_name_still_gives_the_position() -> None:
    rows = _positions("Der estnische Ministerpräsident Liina Tamm kam am Montag nach Berlin.", "de")
    assert any(r[0] and r[0].endswith("Liina Tamm") and r[1] == ESTONIA and r[2] == "Prime Minister" for r in rows)


# -- titles new to the data ----------------------------------------------------------------------

def test_pl_company_head_title_then_comma_name() -> None:
    rows = _positions("Prezes Skywaya, Michael Brennan, zapowiedział cięcia.", "pl")
    assert _held(rows, "Michael Brennan", "Skyway")


def test_uk_head_of_board_title() -> None:
    rows = _positions("Глава правління \"Укргазбанку\" Андрій Семенчук заявив про нові плани.", "uk")
    assert _held(rows, "Андрій Семенчук", "Укргазбанк")


# -- former ----------------------------------------------------------------------------------------

def test_en_former_title_with_country_after_the_name() -> None:
    rows = _positions("Former Prime Minister Jan Kowalczyk of Poland spoke in Berlin.", "en")
    assert ("Jan Kowalczyk", "Poland", "Prime Minister", "former") in rows


def test_ru_former_word_and_glued_prefix() -> None:
    rows = _positions("Бывший премьер-министр Польши Ян Ковальчик прилетел в Берлин.", "ru")
    assert [r[3] for r in _held(rows, "Ян Ковальчик", "Польш")] == ["former"]
    rows = _positions("Экс-канцлер Германии Герхард Штайнер возглавил совет директоров.", "ru")
    assert [r[2:] for r in _held(rows, "Герхард Штайнер", "Германи")] == [("Chancellor", "former")]


def test_pl_former_title() -> None:
    rows = _positions("Były prezydent Francji Jean Dupont odwiedził Kraków.", "pl")
    assert [r[3] for r in _held(rows, "Jean Dupont", "Franc")] == ["former"]


def test_uk_former_title() -> None:
    rows = _positions("Колишній прем'єр-міністр Польщі Ян Ковальчик прибув до Берліна.", "uk")
    assert [r[3] for r in _held(rows, "Ян Ковальчик", "Польщ")] == ["former"]


def test_current_title_has_no_qualifier() -> None:
    rows = _positions("Президент Франции Жан Дюпон прилетел в Берлин.", "ru")
    assert [r[3] for r in _held(rows, "Жан Дюпон", "Франц")] == [None]


def test_former_position_in_rdf_has_the_qualifier_and_no_job_title() -> None:
    sentence = Sentence("a", 0, 10, "x")
    iris = Iris()
    person, place = EntityRef.mention(0, 1), EntityRef.mention(2, 3)
    nodes = {person: Entity("Person_x", EntityType.PERSON), place: Entity("Place_y", EntityType.PLACE)}
    former = list(_fact(Fact(person, "holdsPosition", place, sentence, "Prime Minister", "former"), nodes.get, iris))
    current = list(_fact(Fact(person, "holdsPosition", place, sentence, "Prime Minister"), nodes.get, iris))
    assert any(p == KG.former and str(o.value) == "true" for _, p, o in former)
    assert not any(p == SCHEMA.jobTitle for _, p, _ in former)
    assert any(p == SCHEMA.jobTitle for _, p, _ in current) and not any(p == KG.former for _, p, _ in current)
    assert {s for s, p, _ in former if p == KG.positionIn} != {s for s, p, _ in current if p == KG.positionIn}


# -- the press secretary of an office ----------------------------------------------------------

def test_ru_press_secretary_of_the_president_is_not_president() -> None:
    rows = _positions("Пресс-секретарь президента Эстонии Иван Петренко отказался от комментариев.", "ru")
    assert {r[2] for r in rows if r[0] and r[0].startswith("Иван Петренко")} == {"Press Secretary"}


def test_pl_spokesman_of_the_prime_minister_is_not_prime_minister() -> None:
    rows = _positions("Rzecznik premiera Estonii Jan Kowalczyk odmówił komentarza.", "pl")
    assert "Prime Minister" not in {r[2] for r in rows if r[0] and r[0].startswith("Jan Kowalczyk")}


def test_en_possessor_spokesman() -> None:
    facts, _, _, name = run("Liina Tamm arrived in Berlin. Tamm's spokesman Jan Kowalczyk declined to comment on Monday.", "en")
    rows = {(name(f.subject), name(f.object)) for f in facts if f.predicate == "spokespersonOf"}
    assert any(s == "Jan Kowalczyk" and o.startswith("Tamm") for s, o in rows)


# -- family and lawyers ----------------------------------------------------------------------------

def _pairs(text: str, lang: str, predicate: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


def test_en_lawyer_and_spouse() -> None:
    assert ("Omar Haddad", "Leila Nasser") in _pairs("Omar Haddad, the lawyer of Leila Nasser, left the country.", "en", "lawyerOf")
    assert ("Anna Berg", "Karl Berg") in _pairs("Karl Berg's wife Anna Berg thanked the volunteers.", "en", "spouse")


def test_ru_lawyer_before_the_client() -> None:
    pairs = _pairs("Адвокат Лейлы Насер, Омар Хаддад, покинул страну.", "ru", "lawyerOf")
    assert any(s and s.startswith("Омар") and o and o.startswith("Лейл") for s, o in pairs)


def test_pl_lawyer_and_son() -> None:
    pairs = _pairs("Adwokat Anny Nowickiej, Piotr Zieliński, wyjechał z kraju.", "pl", "lawyerOf")
    assert any(s and s.startswith("Piotr") and o and o.startswith("Ann") for s, o in pairs)
    pairs = _pairs("Syn Jana Kowalczyka, Piotr Kowalczyk, został zatrzymany.", "pl", "child")
    assert any(s and s.startswith("Piotr") and o and o.startswith("Jan") for s, o in pairs)


def test_uk_lawyer_before_the_client() -> None:
    pairs = _pairs("Адвокат Лейли Насер, Омар Хаддад, виїхав з країни.", "uk", "lawyerOf")
    assert any(s and s.startswith("Омар") and o and o.startswith("Лейл") for s, o in pairs)


def test_family_relations_reach_the_rdf() -> None:
    from kgraph.rdf.facts import PREDICATES

    assert {"spouse", "child", "parent", "sibling", "lawyerOf"} <= set(PREDICATES)


# -- a country's office with the country left implicit -------------------------------------------

def test_pl_national_title_takes_the_country_of_the_sentence_before() -> None:
    rows = _positions("W kwietniu pakistański student został pobity. Premier Jan Kowalczyk wydał nakaz w marcu.", "pl")
    assert _held(rows, "Jan Kowalczyk", PAKISTAN)


def test_ru_national_title_takes_the_one_country_of_the_sentence() -> None:
    rows = _positions("Во время визита в Эстонию министр информации Иван Петренко заявил о новых мерах.", "ru")
    assert _held(rows, "Иван Петренко", "Эстони")


def test_en_national_title_does_not_take_another_titles_country() -> None:
    rows = _positions("Prime Minister Jan Kowalczyk met German Chancellor Anna Berg on Monday.", "en")
    assert not _held(rows, "Jan Kowalczyk", "")
    assert [r[2] for r in _held(rows, "Anna Berg", "")] == ["Chancellor"]


def test_uk_national_title_with_two_countries_takes_the_one_no_preposition_governs() -> None:
    rows = _positions("Делегацію України до Польщі очолить міністр Іван Петренко.", "uk")
    assert [r[1] for r in _held(rows, "Іван Петренко", "")] == ["України"]  # the delegation's, not its goal's


def test_uk_national_title_with_two_ungoverned_countries_stays_without_one() -> None:
    rows = _positions("Делегації України та Польщі очолять міністри, зокрема міністр Іван Петренко.", "uk")
    assert not _held(rows, "Іван Петренко", "")


# -- membership --------------------------------------------------------------------------------------

def _members(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == "memberOf"}


def test_en_party_in_brackets() -> None:
    assert any(s == "Jan Kowalczyk" and o and "Green Party" in o
               for s, o in _members("Jan Kowalczyk (Green Party) won the vote in Gdańsk.", "en"))


def test_pl_party_in_brackets() -> None:
    assert any(s and s.startswith("Jan Kowalczyk") and o and "Partia Zielonych" in o
               for s, o in _members("Jan Kowalczyk (Partia Zielonych) wygrał głosowanie w Gdańsku.", "pl"))


def test_ru_candidate_of_a_party() -> None:
    pairs = _members("Кандидат от партии «Единый Выбор» Иван Петренко выиграл выборы.", "ru")
    assert any(s and s.startswith("Иван Петренко") and o and "Единый Выбор" in o for s, o in pairs)


def test_uk_member_of_a_party() -> None:
    pairs = _members("Член Партії зелених змін Іван Петренко виграв вибори.", "uk")
    assert any(s and "Петренко" in s and o and "Партії зелених" in o for s, o in pairs)


def test_outlet_in_brackets_is_no_party() -> None:
    assert not _members("Jan Kowalczyk (Radio Północ) spoke on Monday.", "en")


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("uk", "Про це сказала Заступник Міністра закордонних справ України Олена Петренко на брифінгу.", "Олена Петренко"),
    ("ru", "Об этом сказал Заместитель Министра иностранных дел России Иван Петров на брифинге.", "Иван Петров"),
], ids=["uk", "ru"])
def test_a_capitalised_deputy_title_stays_deputy(lang: str, text: str, person: str) -> None:
    """'Заступник Міністра' written in capitals: the title word is no person's name, and the
    deputy is no minister."""
    rows = _positions(text, lang)
    assert {r[2] for r in rows if r[0] == person} == {"Deputy Minister"}, rows


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Na uroczystości obecni byli przewodniczący Komisji Europejskiej Jan Kowalski i minister Anna Nowak.", None),
    ("W debacie wziął udział były przewodniczący Komisji Europejskiej Jan Kowalski.", "former"),
    ("Jak powiedziała była premier Polski Anna Nowak, rozmowy trwają.", "former"),
])
def test_pl_byli_after_a_predicative_adjective_is_the_verb_not_former(text: str, qualifier: str | None) -> None:
    """'obecni byli przewodniczący X' (the chairman was present): 'byli' is the verb, not 'former'."""
    rows = _positions(text, "pl")
    assert rows and rows[0][3] == qualifier, rows
