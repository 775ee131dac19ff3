"""An outlet's report in a sentence that goes on with the one before ("В частности, пишет X,
инвесторы ..."): the report is also about the names of that sentence. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _concerns(text: str, lang: str, source: str) -> list[str | None]:
    _, _, claims, name = run(text, lang)
    return [name(x) for c in claims if (name(c.source) or "").endswith(source) for x in c.concerns]


@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("ru", "Фонд Tarvex Capital требует перемен в руководстве компании. В частности, пишет газета Вечерний Вестник, "
           "инвесторы создали петицию.", "Вечерний Вестник"),
    ("uk", "Фонд Tarvex Capital вимагає змін у керівництві компанії. Зокрема, пише газета Вечірній Вісник, інвестори "
           "створили петицію.", "Вечірній Вісник"),
    ("pl", "Fundusz Tarvex Capital Group domaga się zmian w zarządzie spółki. W szczególności, jak podaje agencja Reutex, "
           "inwestorzy złożyli petycję.", "Reutex"),
    ("cs", "Fond Tarvex Capital Group požaduje změny ve vedení firmy. Zejména, jak uvádí deník Ranní Kurýr, investoři "
           "sepsali petici.", "Ranní Kurýr"),
    ("en", "The fund Tarvex Capital demands changes in the company's board. In particular, writes the Daily Courier, "
           "investors signed a petition.", "Daily Courier"),
], ids=["ru", "uk", "pl", "cs", "en"])
def test_a_continued_report_is_about_the_sentence_before(lang: str, text: str, outlet: str) -> None:
    assert any(c and "Tarvex Capital" in c for c in _concerns(text, lang, outlet))


def test_without_a_continuation_phrase_only_its_own_sentence() -> None:
    text = "Фонд Tarvex Capital требует перемен в руководстве компании. Газета Вечерний Вестник пишет, что инвесторы создали петицию."
    assert not any(c and "Tarvex Capital" in c for c in _concerns(text, "ru", "Вечерний Вестник"))


def test_a_new_paragraph_is_not_continued() -> None:
    text = "Фонд Tarvex Capital требует перемен в руководстве компании.\n\nВ частности, пишет газета Вечерний Вестник, инвесторы создали петицию."
    assert not any(c and "Tarvex Capital" in c for c in _concerns(text, "ru", "Вечерний Вестник"))
