"""The names that describe a speaker are none of what the claim concerns: the body of the title
phrase before the name ('Официальный представитель МИД X Name'), the names after a comma and a title
('Name, minister … w prowincji X'), the full name before the acronym ('Agency … (ACR) confirmed'),
and a co-speaker joined by a conjunction with that person's own title phrase. What was said about
others stays. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _concerns(text: str, lang: str, author: str) -> list[str | None]:
    _, _, claims, name = run(text, lang)
    found = [c for c in claims if name(c.source) == author]
    assert found, [(name(c.source), c.concerns) for c in claims]
    return [name(x) for x in found[0].concerns]


@pytest.mark.parametrize(("lang", "text", "author", "kept", "dropped"), [
    ("ru", "Официальный представитель МИД Норвегии Анна Петрова назвала письма посла Ивана Смирнова частью кампании.",
     "Анна Петрова", ["Ивана Смирнова"], ["МИД Норвегии"]),
    ("pl", "Szef Rady Nordyckiej Jan Kowal i przewodniczący Komisji Bałtyckiej Adam Nowak zadeklarowali, że Unia "
     "jest otwarta na zmianę decyzji Norwegii.", "Adam Nowak", ["Unia", "Norwegii"],
     ["Rady Nordyckiej", "Jan Kowal", "Komisji Bałtyckiej"]),
    ("uk", "Раніше повідомлялося, що Європейська агенція з безпеки (EBA) підтвердила, що хакери викрали дані компаній "
     "Nordmed і Vireva.", "EBA", ["Nordmed", "Vireva"], ["Європейська агенція"]),
    ("pl", "To normalne - mówił wcześniej Jan Kowal, minister więziennictwa w prowincji Mazowsze.", "Jan Kowal", [],
     ["Mazowsze"]),
    ("ru", "Министр финансов Норвегии Иван Петров заявил, что Швеция должна снизить налоги.", "Иван Петров", ["Швеция"],
     ["Норвегии"]),
])
def test_the_speakers_own_phrase_is_no_concern(lang: str, text: str, author: str, kept: list[str],
                                               dropped: list[str]) -> None:
    concerns = _concerns(text, lang, author)
    assert all(k in concerns for k in kept) and not any(d in concerns for d in dropped), concerns
