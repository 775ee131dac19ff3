"""A one-word 'person' in a list of places (commas and 'and' only between) is a place; a surname
the article gives a full name for, or a full name, stays a person."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityType
from kgraph.parse import parse


def types(lang: str, text: str) -> dict[str, EntityType]:
    return {m.text: m.type for m in mentions_of(parse(Article(id="t", path=Path("t.txt"), text=text, lang=lang)))}


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("sl", "Letala bodo letela v Ljubljano, Maribor, Kastelo in Dunaj.", "Kastelo"),
    ("sl", "Italija: Brendola, Palermo, Kastela, Neapelj", "Kastela"),
])
def test_a_person_read_in_a_list_of_places_is_a_place(lang: str, text: str, town: str) -> None:
    assert types(lang, text)[town] is EntityType.PLACE


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("sl", "Angela Vrbnik je obiskala Slovenijo. Srečanja so se udeležili Vrbnik, Avstrija in Hrvaška.", "Vrbnik"),
])
def test_a_surname_of_the_article_in_a_list_of_places_stays_a_person(lang: str, text: str, person: str) -> None:
    assert types(lang, text)[person] is EntityType.PERSON
