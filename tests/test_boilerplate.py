"""Page furniture (kgraph/boilerplate.py, each language's boilerplate.json ``furniture``): a typo
notice, a cookie notice or a copyright line names nothing of the article."""
from pathlib import Path

import pytest

from kgraph.boilerplate import boilerplate_ranges
from kgraph.mentions import mentions_of
from kgraph.model import Article
from kgraph.parse import parse


@pytest.mark.parametrize(("lang", "story", "furniture", "furniture_name"), [
    ("ru", "Ольга Веселова возглавила завод в Самаре.",
     "Если вы заметили ошибку, выделите ее мышкой и нажмите Ctrl+Enter", "Ctrl+Enter"),
    ("ru", "Ольга Веселова возглавила завод в Самаре.",
     "Наш сайт использует файлы Cookie, чтобы предоставлять вам персонализированную информацию.", "Cookie"),
    ("uk", "Ольга Веселова очолила завод у Харкові.",
     "Будь-яке копіювання, публікація чи передрук інформації, що містить посилання на «Вечірній Кур'єр», "
     "дозволені за умови гіперпосилання.", "Вечірній Кур'єр"),
    ("uk", "Ольга Веселова очолила завод у Харкові.",
     "Матеріали з позначкою PROMOTED публікуються на правах реклами.", "PROMOTED"),
    ("bg", "Олга Веселова оглави завода в Пловдив.",
     "© 2021 Агенция Зорница Всички права запазени.", "Агенция Зорница"),
    ("pl", "Olga Wesołowska stanęła na czele fabryki w Lublinie.",
     "Przesłanie komentarza oznacza akceptację Regulaminu portalu Zorza.", "Regulaminu"),
    ("cs", "Olga Veselá vede továrnu v Brně.", "12. 5. 2021 14:51 Celý článek", "Celý článek"),
    ("sl", "Olga Vesel vodi tovarno v Mariboru.", "© Dnevnik Zora, vse pravice pridržane.", "Dnevnik Zora"),
])
def test_a_furniture_sentence_names_nothing_and_the_story_keeps_its_names(lang, story, furniture, furniture_name):
    text = f"{story}\n{furniture}\n{story}"
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang)
    found = mentions_of(parse(article))
    at = text.index(furniture)
    assert not [m for m in found if at <= m.begin < at + len(furniture)]
    assert [m for m in found if m.begin < at], "the story before the notice keeps its names"
    assert [m for m in found if m.begin > at + len(furniture)], "and so does the story after it"
    assert furniture_name in text


def test_a_language_without_tail_openers_keeps_the_paragraphs_after_a_blank_line():
    assert boilerplate_ranges("Primera línea.\n\nSegunda línea.", "es") == []
