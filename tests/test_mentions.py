"""Mentions of an article (kgraph/mentions.py): names found once are found again, whole words only."""
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.mentions import _occurrences, mentions_of, whole_word
from kgraph.model import Article, EntityType
from kgraph.parse import parse


def test_a_number_after_a_hyphen_belongs_to_the_name_and_a_hyphenated_word_is_one_word():
    text = "проти «Західного шляху-2», за шлях – 3; Зоря-Україна і Зоря"
    at = text.index("Західного шляху")
    assert text[at:whole_word(text, at, at + len("Західного шляху"))] == "Західного шляху-2"
    at = text.index("шлях –")
    assert text[at:whole_word(text, at, at + len("шлях"))] == "шлях – 3"
    assert whole_word(text, text.index("Зоря-"), text.index("Зоря-") + 4) is None
    assert whole_word(text, text.index("Україна"), text.index("Україна") + 7) is None
    assert whole_word(text, len(text) - 4, len(text)) == len(text)


def test_a_name_found_again_inside_a_hyphenated_word_is_not_taken():
    text = "Вчора Коваленко прибув до Львова. Про це повідомила агенція зоря-Коваленко."
    article = Article(id="t", path=Path("t.txt"), text=text, lang="uk")
    found = [(m.begin, m.text) for m in mentions_of(parse(article))]
    assert (text.index("Коваленко"), "Коваленко") in found
    assert not any(begin > text.index(".") for begin, _ in found)


@pytest.mark.parametrize(("lang", "text", "surname"), [
    ("en", "Liina Tamm arrived in Berlin. Tamm's spokesman Jan Kowalczyk declined to comment.", "Tamm"),
    ("pl", "Ewa Novak przyjechała do Berlina. Novak powiedziała, że nic nie wie.", "Novak"),
    ("ru", "Лиина Тамм прилетела в Берлин. Тамм отказалась от комментариев.", "Тамм"),
])
def test_a_surname_alone_names_the_person_of_its_article(lang: str, text: str, surname: str) -> None:
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang)
    alone = [m for m in mentions_of(parse(article)) if m.text == surname]
    assert alone and all(m.type is EntityType.PERSON for m in alone)


def test_a_surname_the_model_missed_is_the_person_named_in_full_before() -> None:
    text = ("Това заяви еврокомисарят Пиер Ванолди пред медиите. „Вратата е отворена.“ Според Ванолди Брекзит "
            "е голяма загуба не само за Лондон, но и за Брюксел.")
    article = Article(id="t", path=Path("t.txt"), text=text, lang="bg")
    alone = [m for m in mentions_of(parse(article)) if m.text == "Ванолди"]
    assert [m.begin for m in alone] == [text.index("Ванолди", text.index("Според"))]
    assert all(m.type is EntityType.PERSON for m in alone)


def test_a_surname_also_written_in_lower_case_is_no_name_alone() -> None:
    text = "Министър Петър Звезда говори пред журналисти. Видяхме ярка звезда над града, каза Звезда."
    article = Article(id="t", path=Path("t.txt"), text=text, lang="bg")
    assert not any(m.text == "Звезда" and m.type is EntityType.PERSON and m.begin > text.index("ярка")
                   for m in mentions_of(parse(article)) if m.begin != text.index("Звезда", text.index("каза")))


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Міністр Ганна Петренко повернулася до уряду, повідомляє агентство dpa."),
    ("ru", "Министр Анна Петрова вернулась в правительство, сообщает немецкое агентство dpa."),
    ("bg", "Министър Анна Петрова се върна в правителството, съобщи агенция dpa."),
])
def test_a_latin_outlet_in_lower_case_after_a_media_noun_is_a_name(lang: str, text: str) -> None:
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang)
    assert [m.type for m in mentions_of(parse(article)) if m.text == "dpa"] == [EntityType.ORGANIZATION]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Minister Anna Kowalczyk wróciła do rządu, napisała niemiecka agencja prasowa dpa."),
    ("cs", "Ministryně Anna Novotná se vrátila do vlády, uvedla agentura dpa."),
    ("sl", "Ministrica Ana Novak se je vrnila v vlado, je poročala agencija dpa."),
])
def test_a_lower_case_acronym_after_a_media_noun_in_latin_text_is_a_name(lang: str, text: str) -> None:
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang)
    assert [m.type for m in mentions_of(parse(article)) if m.text == "dpa"] == [EntityType.ORGANIZATION]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("pl", "Agencja tak podała, że minister Anna Kowalczyk wróciła do rządu.", "tak"),
    ("sl", "Agencija pa ni povedala, kdaj se je ministrica Ana Novak vrnila.", "pa"),
    ("cs", "Agentura dnes uvedla, že se ministryně Anna Novotná vrátila.", "dnes"),
])
def test_a_word_of_the_language_after_a_media_noun_is_no_name(lang: str, text: str, word: str) -> None:
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang)
    assert not [m for m in mentions_of(parse(article)) if m.text == word]


def test_a_latin_word_in_lower_case_elsewhere_is_no_name() -> None:
    text = "Міністр Ганна Петренко написала в чаті слово ok і пішла."
    article = Article(id="t", path=Path("t.txt"), text=text, lang="uk")
    assert not [m for m in mentions_of(parse(article)) if m.text == "ok"]


_WORDS = "Ab_ -1.ж\nЁё«»"


@given(st.text(alphabet=_WORDS, max_size=40), st.text(alphabet=_WORDS, min_size=1, max_size=5))
def test_a_name_is_found_again_where_the_whole_word_pattern_finds_it(text: str, surface: str) -> None:
    """kgraph.mentions._occurrences (str.find) finds what the whole-word pattern finds."""
    pattern = rf"(?<!\w){re.escape(surface)}(?!\w)"
    assert list(_occurrences(text, surface)) == [(m.start(), m.end()) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Орлик і Орлики, Орлик_2 та «Орлик».", "Орлик", ["Орлик", "«Орлик»"]),
    ("Vala, Valant, Vala-Nord i Vala.", "Vala", ["Vala,", "Vala-", "Vala."]),
    ("aaa aa aa", "aa", ["aa", "aa"]),
])
def test_a_name_is_found_again_as_a_whole_word_only(text: str, surface: str, expected: list[str]) -> None:
    at = list(_occurrences(text, surface))
    assert [text[max(0, b - (text[b - 1:b] == "«")):e + 1].strip() for b, e in at] == expected


def test_a_described_body_opening_a_sentence_is_no_name_and_a_capitalised_body_stays() -> None:
    text = ("Пенсионный фонд Northfield Teachers Retirement Fund (NTRF) требует перемен в руководстве авиакомпании. "
            "Кроме того, пенсионный фонд требует сменить директора. Пенсионный фонд владеет 2% акций. "
            "Верховный суд Нордландии отменил приговор.")
    article = Article(id="t", path=Path("t.txt"), text=text, lang="ru")
    found = [m.text for m in mentions_of(parse(article))]
    assert "Пенсионный фонд" not in found
    assert "Northfield Teachers Retirement Fund" in found and "Верховный суд" in found
