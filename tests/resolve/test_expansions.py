"""An acronym that some languages only ever write as one names the one body whose full name,
written in the other languages, it spells; of two such bodies, neither."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

ORG = EntityType.ORGANIZATION


def test_a_latin_acronym_meets_the_cyrillic_full_name_it_spells() -> None:
    docs = [Doc("cs1", "cs").m("PNKV", ORG), Doc("pl1", "pl").m("PNKV", ORG),
            Doc("ru1", "ru").m("Партия новой коалиции Варданы", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "PNKV"), ("pl1", "PNKV"), ("ru1", "Партия новой коалиции Варданы"))


def test_an_acronym_spelling_two_bodies_joins_neither() -> None:
    docs = [Doc("cs1", "cs").m("PNKV", ORG), Doc("ru1", "ru").m("Партия новой коалиции Варданы", ORG),
            Doc("bg1", "bg").m("Партия на народния конгрес на Варда", ORG)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("cs1", "PNKV"), ("ru1", "Партия новой коалиции Варданы"))
    assert not same(entities, ("cs1", "PNKV"), ("bg1", "Партия на народния конгрес на Варда"))


def test_an_acronym_already_written_beside_its_name_is_left_alone() -> None:
    """A language that writes the full name too has joined its acronym in that article; the
    acronym of another article of that language meets it by its key, not by spelling."""
    docs = [Doc("cs1", "cs").m("PNKV", ORG), Doc("cs2", "cs").m("Pražská nová kulturní vize", ORG)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("cs1", "PNKV"), ("cs2", "Pražská nová kulturní vize"))
