"""Labels: per language the base form most supported by the mentions, not the most frequent
inflected form the pipeline left as it was."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions

ORG, PER = EntityType.ORGANIZATION, EntityType.PERSON


def test_the_form_several_inflections_lead_to_is_the_label_in_russian() -> None:
    a = (Doc("a", "ru").m("Известиям", ORG).m("Известиям", ORG).m("Известиям", ORG)
         .m("Известий", ORG, "Известия").m("Известия", ORG))
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"ru": "Известия"}


def test_the_form_several_inflections_lead_to_is_the_label_in_polish() -> None:
    a = Doc("a", "pl").m("Lenfilmu", ORG).m("Lenfilmu", ORG)
    b = Doc("b", "pl").m("Lenfilmem", ORG, "Lenfilm").m("Lenfilm", ORG)
    (entity,) = resolve(mentions(a, b))
    assert entity.labels == {"pl": "Lenfilm"}


def test_each_language_keeps_its_own_label() -> None:
    a = Doc("a", "cs").m("Brexitu", ORG).m("Brexitem", ORG, "Brexit").m("Brexit", ORG)
    b = Doc("b", "bg").m("Брексит", ORG)
    c = Doc("c", "sl").m("Brexit", ORG)
    (entity,) = resolve(mentions(a, b, c))
    assert entity.labels == {"cs": "Brexit", "bg": "Брексит", "sl": "Brexit"}
