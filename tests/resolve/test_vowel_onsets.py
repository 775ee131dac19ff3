"""A Latin name that opens with an English diphthong is transcribed into Cyrillic by its sound
('Airbus' Еърбъс): across scripts two keys of the same consonants may open with different vowels;
a vowel against a consonant still keeps them apart."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

ORG = EntityType.ORGANIZATION


def test_a_company_opening_with_a_diphthong_is_one_across_scripts() -> None:
    docs = [Doc("pl1", "pl").m("Airmund", ORG), Doc("cs1", "cs").m("Airmund", ORG),
            Doc("bg1", "bg").m("Еърмънд", ORG), Doc("bg2", "bg").m("Еърмънд", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl1", "Airmund"), ("bg1", "Еърмънд"), ("bg2", "Еърмънд"))


def test_a_vowel_and_a_consonant_onset_stay_apart() -> None:
    docs = [Doc("pl1", "pl").m("Airmund", ORG), Doc("bg1", "bg").m("Хармънд", ORG)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Airmund"), ("bg1", "Хармънд"))
