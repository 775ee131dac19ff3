"""A platform named after a place preposition ('na Facebooku', 'у Facebook') is where something
was posted, no party of the event (issue 13: the platform as the one charged); named otherwise
('расследование против Facebook') it may be one. The people are unnamed in these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _parties(text: str, lang: str) -> list[str]:
    _, events, _, name = run(text, lang)
    return [name(ref) or "" for e in events for _, ref in e.participants]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "W kwietniu student został pobity na śmierć z powodu oskarżeń o udostępnienie bluźnierczych "
           "materiałów na Facebooku."),
    ("uk", "Студента затримали через звинувачення у поширенні матеріалів у Facebook."),
    ("ru", "Студента задержали из-за обвинений в публикации материалов в Facebook."),
], ids=["pl", "uk", "ru"])
def test_the_platform_posted_on_is_no_party(lang: str, text: str) -> None:
    assert not [p for p in _parties(text, lang) if p.startswith("Facebook")]


def test_ru_an_investigation_against_the_platform_names_it() -> None:
    assert "Facebook" in _parties("Прокуратура начала расследование против Facebook.", "ru")
