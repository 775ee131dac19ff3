"""A name apposed to a noun a preposition governs ('za kanał X', 'через канал X', 'přes kanál X'):
a place the words crossed, no speaker, even where the reader typed it an organisation. After a
preposition of place ('w kanale X', 'у компанії X') the name stays the source. Sentences and names
written for these tests."""
from __future__ import annotations

import pytest

from .helpers import statement_agents as _agents


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Jeszcze przed podróżą za kanał La Vendrelle minister zapewniał, że rozmowy będą trudne.", "Vendrelle"),
    ("uk", "Ще до поїздки через канал Нордгавн прем’єр заявив, що ціни зростуть.", "Нордгавн"),
    ("cs", "Ještě před cestou přes kanál La Vendrelle premiér prohlásil, že ceny porostou.", "Vendrelle"),
    ("bg", "Още преди пътуването през канала Нордхавн премиерът заяви, че цените ще растат.", "Нордхавн"),
])
def test_a_name_a_preposition_governs_is_no_speaker(lang: str, text: str, place: str) -> None:
    agents = _agents(text, lang)
    assert not any(a and place in a for a in agents), agents


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("uk", "У компанії Нордгавн заявили, що ціни зростуть.", "Нордгавн"),
    ("pl", "W kanale Nordhavn poinformowano, że ceny wzrosną.", "Nordhavn"),
])
def test_a_name_after_a_preposition_of_place_stays_the_source(lang: str, text: str, source: str) -> None:
    assert _agents(text, lang) == [source]
