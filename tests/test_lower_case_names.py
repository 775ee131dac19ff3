"""A one-word name of an organisation or place the article writes capitalised and the gazetteer
knows is that name where the article writes it in lower case ('из евросоюза'); people's names and
common words are left alone; an event in the sentence gets it as a participant."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.facts.extract import extract_facts
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityType
from kgraph.parse import parse


def parsed(lang: str, text: str):
    return parse(Article(id="t", path=Path("t.txt"), text=text, lang=lang))


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ru", "Правительство начало переговоры с Евросоюзом в четверг. Переговоры о выходе страны из евросоюза "
           "идут с лета 2017 года.", "евросоюза"),
    ("uk", "Уряд почав переговори з Євросоюзом у четвер. Переговори про вихід країни з євросоюзу тривають з "
           "літа 2017 року.", "євросоюзу"),
])
def test_a_known_name_in_lower_case_is_a_mention(lang: str, text: str, word: str) -> None:
    p = parsed(lang, text)
    mentions = mentions_of(p)
    found = [m for m in mentions if m.text == word]
    capital = [m for m in mentions if m.text.lower().startswith(word[:6]) and m.text != word]
    assert found and capital
    assert found[0].type is EntityType.ORGANIZATION and found[0].gazetteer_id == capital[0].gazetteer_id
    _, events, _ = extract_facts(p, mentions)
    last = [e for e in events if e.sentence.begin > 0 and e.kind == "Meeting"]
    assert last and any(r.begin == text.index(word) for _, r in last[0].participants)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ru", "В Москве слово взяла Надежда. Надежда на перемирие сохраняется, а надежда на мир слабеет.", "надежда"),
    ("ru", "В Москве прошла встреча. Москва ответила, а москвичи в основном промолчали.", "москвичи"),
    ("bg", "Министърът пристигна в Пакистан. Там пакистанските власти и пакистански съд го посрещнаха.", "пакистански"),
])
def test_common_words_and_people_in_lower_case_are_no_names(lang: str, text: str, word: str) -> None:
    assert word not in {m.text.lower() for m in mentions_of(parsed(lang, text)) if m.text[:1].islower()}
