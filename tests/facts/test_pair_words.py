"""'Both leaders signed an agreement' (issue 13): a clause whose doers are only 'both' / 'the two' (beide,
оба, обидва, obaj) stands for the two people the sentence before named. Sentences written for this test."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize("text, lang, pair", [
    ("Olaf Brenner met Jan Dvorak in Vienna on Monday. Both leaders signed an agreement on energy.", "en",
     {"Olaf Brenner", "Jan Dvorak"}),
    ("Olaf Brenner traf am Montag in Wien Jan Dvorak. Beide Politiker unterzeichneten ein Abkommen.", "de",
     {"Olaf Brenner", "Jan Dvorak"}),
    ("Олаф Бреннер встретился с Яном Дворжаком в Вене. Оба политика подписали соглашение.", "ru",
     {"Олаф Бреннер", "Яном Дворжаком"}),
    ("Олаф Бреннер зустрівся з Яном Дворжаком у Відні. Обидва політики підписали угоду.", "uk",
     {"Олаф Бреннер", "Яном Дворжаком"}),
    ("Olaf Brenner spotkał się z Janem Dvořákiem w Wiedniu. Obaj politycy podpisali porozumienie.", "pl",
     {"Olaf Brenner", "Janem Dvořákiem"}),
])
def test_both_stands_for_the_two_people_named_before(text, lang, pair) -> None:
    _, events, _, name = run(text, lang)
    deals = [e for e in events if e.kind == "Agreement"]
    assert deals, (lang, events)
    assert pair <= {name(ref) for _, ref in deals[0].participants}, (lang, deals)


def test_both_with_three_people_before_names_no_one() -> None:
    text = "Olaf Brenner met Jan Dvorak and Eva Lind in Vienna. Both signed an agreement."
    _, events, _, _ = run(text, "en")
    assert not [e for e in events if e.kind == "Agreement"], events


@pytest.mark.parametrize("text, lang, pair", [
    ("Olaf Brenner met Jan Dvorak in Vienna on Monday. Both leaders signed an agreement with Germany.", "en",
     {"Olaf Brenner", "Jan Dvorak"}),
    ("Олаф Бреннер встретился с Яном Дворжаком в Вене. Оба политика подписали соглашение с Германией.", "ru",
     {"Олаф Бреннер", "Яном Дворжаком"}),
    ("Олаф Бреннер зустрівся з Яном Дворжаком у Відні. Обидва політики підписали угоду з Німеччиною.", "uk",
     {"Олаф Бреннер", "Яном Дворжаком"}),
    ("Olaf Brenner spotkał się z Janem Dvořákiem w Wiedniu. Obaj politycy podpisali porozumienie z Niemcami.", "pl",
     {"Olaf Brenner", "Janem Dvořákiem"}),
])
def test_both_stands_for_the_two_even_with_another_name_after(text, lang, pair) -> None:
    _, events, _, name = run(text, lang)
    deals = [e for e in events if e.kind == "Agreement"]
    assert deals, (lang, events)
    assert pair <= {name(ref) for _, ref in deals[0].participants}, (lang, deals)


def test_both_with_the_names_in_its_own_clause_takes_none_from_before() -> None:
    text = "Olaf Brenner met Jan Dvorak in Vienna. Both Eva Lind and Ari Kask signed an agreement."
    _, events, _, name = run(text, "en")
    deals = [e for e in events if e.kind == "Agreement"]
    assert deals and "Olaf Brenner" not in {name(ref) for _, ref in deals[0].participants}, events


@pytest.mark.parametrize("text, lang", [
    ("Olafas Brenneris susitiko su Janu Dvoraku Vilniuje. Abu politikai pasirašė susitarimą.", "lt"),
    ("Olafs Brenners tikās ar Janu Dvoržāku Rīgā. Abi politiķi parakstīja vienošanos.", "lv"),
    ("Олаф Бренер се сретна со Јан Дворжак во Скопје. Двајцата политичари потпишаа договор.", "mk"),
    ("Алаф Брэнер сустрэўся з Янам Дворжакам у Мінску. Абодва палітыкі падпісалі пагадненне.", "be"),
])
def test_both_in_the_languages_of_the_reader(text, lang) -> None:
    _, events, _, _ = run(text, lang)
    met = [e for e in events if e.kind == "Meeting"]
    deals = [e for e in events if e.kind == "Agreement"]
    assert met and deals, (lang, events)
    assert {ref for _, ref in deals[0].participants} == {ref for _, ref in met[0].participants}, (lang, events)
