"""A name's type said by the words around it (a product's or an outbreak's noun before it) stands
for all its mentions in the article, and outweighs models' guesses in other articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.entities import resolve
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityType, Mention
from kgraph.parse import parse


def _mentions(lang: str, text: str) -> list[Mention]:
    return mentions_of(parse(Article(id="t", path=Path("t.txt"), text=text, lang=lang)))


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Учёный отметил, что прививка TRX2041 не является классической вакцинацией. TRX2041 испытают осенью."),
    ("uk", "Науковець зазначив, що вакцина TRX2041 не є класичним щепленням. TRX2041 випробують восени."),
    ("bg", "Ученият отбеляза, че ваксина TRX2041 не е класическа ваксинация. TRX2041 ще бъде изпитана наесен."),
    ("pl", "Naukowiec zaznaczył, że szczepionka TRX2041 nie jest klasyczną szczepionką. TRX2041 zostanie zbadana jesienią."),
])
def test_a_code_after_a_product_noun_is_a_product_in_every_mention(lang: str, text: str) -> None:
    found = [m for m in _mentions(lang, text) if m.text == "TRX2041"]
    assert len(found) == 2
    assert all(m.type is EntityType.PRODUCT and m.cued for m in found)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "В инструкции к вакцине Тар-ГРИПП-Вак перечислены противопоказания.", "Тар-ГРИПП-Вак"),
    ("uk", "В інструкції до вакцини Тар-ГРИП-Вак перелічено протипоказання.", "Тар-ГРИП-Вак"),
])
def test_a_hyphenated_code_with_capitals_after_a_vaccine_is_a_product(lang: str, text: str, name: str) -> None:
    assert [m.type for m in _mentions(lang, text) if m.text == name] == [EntityType.PRODUCT]


def _m(article: str, text: str, kind: EntityType, *, cued: bool = False) -> Mention:
    return Mention(article, "ru", 10, 10 + len(text), text, kind, text, None, cued)


def test_a_type_said_in_one_article_outweighs_model_guesses_in_others() -> None:
    said = [_m("a1", "Равид-23", EntityType.EVENT, cued=True)]
    guessed = [_m(f"b{i}", "Равид-23", EntityType.ORGANIZATION) for i in range(4)]
    entities = resolve(said + guessed)
    assert len(entities) == 1
    assert entities[0].type is EntityType.EVENT


def test_without_a_said_type_the_majority_decides() -> None:
    entities = resolve([_m("a1", "Равид-23", EntityType.EVENT)]
                       + [_m(f"b{i}", "Равид-23", EntityType.ORGANIZATION) for i in range(4)])
    assert [e.type for e in entities] == [EntityType.ORGANIZATION]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ru", "По данным Росстата, ВВП страны вырос на два процента, а СМИ сообщили о росте цен.", "ВВП"),
    ("uk", "Транзит газу через ГТС скоротився. Оператор ГТС повідомив про ремонт.", "ГТС"),
    ("bg", "Ръстът на БВП се забави, съобщиха медиите. ВИДЕО", "ВИДЕО"),
    ("pl", "Według urzędu PKB kraju wzrósł o dwa procent.", "PKB"),
    ("cs", "Podle úřadu vzrostlo HDP země o dvě procenta.", "HDP"),
    ("sl", "Po podatkih urada je BDP države zrasel za dva odstotka.", "BDP"),
])
def test_an_abbreviation_of_common_words_is_no_name(lang: str, text: str, word: str) -> None:
    found = {m.text for m in _mentions(lang, text)}
    assert word not in found
    assert not found & {"СМИ", "ЗМІ", "ГТС"}


@pytest.mark.parametrize(("lang", "text", "coinage"), [
    ("bg", "Министърът по Данекзит Петър Коларов заяви, че Данекзит ще се случи през март. "
           "Според Коларов Данекзит е неизбежен.", "Данекзит"),
    ("pl", "Minister do spraw Danexitu Piotr Kolarow powiedział, że Danexit nastąpi w marcu. "
           "Według Kolarowa Danexit jest nieunikniony.", "Danexit"),
])
def test_a_coinage_glued_to_a_person_by_the_model_stays_an_event(lang: str, text: str, coinage: str) -> None:
    """A word of a model's person span ('Kolarowa Danexit') that its own coinage types is no
    word of the person's name elsewhere in the article."""
    found = [m.type for m in _mentions(lang, text) if m.text == coinage]
    assert found and all(kind is EntityType.EVENT for kind in found)
