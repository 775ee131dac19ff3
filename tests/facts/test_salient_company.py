"""A bare company noun ('компанія', 'компания', 'spółka') stands for the last company named before
it, unless that one is introduced in passing (named once only, right after a company noun) and
the article's topic is another company named before: then the topic ('A competitor, the airline X,
said ... The company said ...': the article's airline). A competitor named twice or more stays
the one meant. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _agents(text: str, lang: str) -> list[str | None]:
    _, events, _, name = run(text, lang)
    return [name(r) for e in events if e.kind == "Statement" for role, r in e.participants]


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("uk", "Авіакомпанія Aerolux скасувала 40 рейсів. Aerolux пояснила це відпустками пілотів. Пілоти Aerolux "
           "отримали нові графіки. Конкурент, норвезька авіакомпанія Нордвінд, найняла 140 пілотів. "
           "27 вересня компанія повідомила, що продовжує скасування рейсів.", "Aerolux"),
    ("ru", "Авиакомпания Aerolux отменила 40 рейсов. Aerolux объяснила это отпусками пилотов. Пилоты Aerolux "
           "получили новые графики. Конкурент, норвежская авиакомпания Нордвинд, наняла 140 пилотов. "
           "27 сентября компания сообщила, что продлевает отмену рейсов.", "Aerolux"),
    ("pl", "Linia Skylajn odwołała 40 lotów. Skylajn tłumaczyła to urlopami pilotów. Piloci Skylajn dostali nowe "
           "grafiki. Konkurent, norweski przewoźnik Nordwind, zatrudnił 140 pilotów. 27 września spółka poinformowała, "
           "że przedłuża odwołania lotów.", "Skylajn"),
])
def test_a_competitor_named_in_passing_is_not_the_company(lang: str, text: str, firm: str) -> None:
    agents = _agents(text, lang)
    assert agents and all(a is not None and a.startswith(firm[:6]) for a in agents[-1:]), agents


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("uk", "Авіакомпанія Aerolux скасувала 40 рейсів. Aerolux пояснила це відпустками пілотів. Пілоти Aerolux "
           "отримали нові графіки. Норвезька авіакомпанія Нордвінд найняла 140 пілотів. Нордвінд відкриває нові "
           "маршрути. 27 вересня компанія повідомила, що продовжує набір пілотів.", "Нордвінд"),
])
def test_a_company_named_again_is_the_company(lang: str, text: str, firm: str) -> None:
    agents = _agents(text, lang)
    assert agents and agents[-1] is not None and agents[-1].startswith(firm[:6]), agents
