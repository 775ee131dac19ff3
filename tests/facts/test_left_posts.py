"""A post the sentence says its holder left (issue 13: 'no former though he resigned in the
sentence'): the position is a former one; a post taken after leaving another, a demanded
resignation and the one who accepted it keep theirs. The names are invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _positions(text: str, lang: str) -> dict[str, str | None]:
    facts, _, _, name = run(text, lang)
    return {name(f.subject) or "": f.qualifier for f in facts if f.predicate == "holdsPosition"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("uk", "У четвер у відставку пішла міністерка освіти Естонії Лійна Тамм.", "Лійна Тамм"),
    ("ru", "В тот же день уволился министр финансов Эстонии Март Кукк.", "Март Кукк"),
    ("ru", "Министр финансов Эстонии Март Кукк ушел в отставку в среду.", "Март Кукк"),
    ("pl", "W czwartek do dymisji podał się minister finansów Estonii Mart Kukk.", "Mart Kukk"),
    ("en", "Estonian Finance Minister Mart Kukk resigned on Thursday.", "Mart Kukk"),
], ids=["uk-before", "ru-before", "ru-after", "pl", "en"])
def test_a_holder_who_resigned_holds_a_former_post(lang: str, text: str, holder: str) -> None:
    assert _positions(text, lang).get(holder) == "former"


def test_uk_every_holder_listed_after_the_resignation_left() -> None:
    rows = _positions("Наступного дня подали у відставку міністр фінансів Естонії Март Кукк "
                      "і міністр юстиції Естонії Пеетер Вяли.", "uk")
    assert rows.get("Март Кукк") == "former" and rows.get("Пеетер Вяли") == "former"


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("uk", "Лійна Тамм, яка пішла у відставку у квітні, повернулася до уряду як міністерка освіти Естонії "
           "Лійна Тамм.", "Лійна Тамм"),
    ("ru", "Премьер-министр Эстонии Кая Каллас приняла отставку министра финансов Марта Кукка.", "Кая Каллас"),
    ("ru", "Оппозиция потребовала отставки министра финансов Эстонии Марта Кукка.", "Марта Кукка"),
], ids=["uk-new-post", "ru-accepted", "ru-demanded"])
def test_a_post_held_is_not_made_former(lang: str, text: str, holder: str) -> None:
    rows = _positions(text, lang)
    assert holder in rows and rows[holder] is None
