"""Photo credits (issue 13): 'Рейси скасовано / Ілюстрація X.', 'Foto: X' — a credit word
(media.json ``credit_words``) and an organisation ending the sentence make the caption that outlet's.
Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _claims(text: str, lang: str) -> dict[str | None, list[str | None]]:
    _, _, claims, name = run(text, lang)
    return {name(c.source): [name(x) for x in c.concerns] for c in claims}


def _about(claims: dict, source: str, concern: str) -> bool:
    return any(s and source in s and any(c and c.startswith(concern) for c in cs) for s, cs in claims.items())


@pytest.mark.parametrize(("lang", "text", "outlet", "named"), [
    ("uk", "Частину рейсів авіакомпанії Skyline скасовано / Ілюстрація Meridian News.", "Meridian News", "Skyline"),
    ("ru", "Часть рейсов авиакомпании Skyline отменена / Иллюстрация Meridian News.", "Meridian News", "Skyline"),
    ("uk", "Міністр Іван Петренко виступив на форумі. Фото: Meridian News.", "Meridian News", "Іван Петренко"),
    ("cs", "Část letů společnosti Skyline byla zrušena. Foto: Meridian News", "Meridian News", "Skyline"),
], ids=["uk-caption", "ru-caption", "uk-own-sentence", "cs-own-sentence"])
def test_a_credit_ending_the_sentence_is_the_outlets(lang: str, text: str, outlet: str, named: str) -> None:
    assert _about(_claims(text, lang), outlet, named)


def test_a_name_with_words_after_it_is_no_credit() -> None:
    claims = _claims("На фото Meridian News показує Івана Петренка.", "uk")
    assert not any(s and "Meridian" in s for s in claims)
