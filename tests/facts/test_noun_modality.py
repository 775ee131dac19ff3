"""The modality of an event noun (kgraph/facts/modality.py): a noun that opens its clause ahead of
a future or modal verb tells of a planned event ('the deal may be adopted next week'), so does a
noun after an adjective 'future'; a cue of possibility held by another phrase ('possible
restrictions for backing the construction') leaves the construction as stated. Sentences and
names invented for the tests."""
from __future__ import annotations

import pytest

from kgraph.model import EventStatus

from .helpers import run


def _status(text: str, lang: str, kind: str) -> list[EventStatus | None]:
    _, events, _, _ = run(text, lang)
    return [e.status for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("uk", "Остаточну угоду між Нордландом і Вестерією можуть ухвалити вже наступного тижня.", "Agreement"),
    ("ru", "Соглашение между Нордландией и Вестерией могут подписать уже в понедельник.", "Agreement"),
    ("pl", "Porozumienie Nordlandii z Westerią może zostać zawarte jeszcze w tym tygodniu.", "Agreement"),
    ("uk", "У консультаціях у Берліні візьмуть участь Петро Коваль та представники «Нордгазу».", "Meeting"),
    ("ru", "В переговорах в Берлине примут участие Пётр Ковалёв и представители «Нордгаза».", "Meeting"),
])
def test_a_noun_before_its_future_or_modal_verb_is_planned(lang: str, text: str, kind: str) -> None:
    assert _status(text, lang, kind) == [EventStatus.PLANNED]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Кабинет министров согласовал позицию по будущим переговорам с Вестерией."),
    ("pl", "Rząd przyjął stanowisko w sprawie przyszłych negocjacji z Westerią."),
])
def test_future_talks_are_planned(lang: str, text: str) -> None:
    assert _status(text, lang, "Meeting") == [EventStatus.PLANNED]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Посол предупреждал фирмы о возможности ограничений за поддержку строительства газопровода Nordpotok AG."),
    ("uk", "Посол попереджав фірми про можливість обмежень за підтримку будівництва газопроводу Nordpotok AG."),
])
def test_a_possibility_of_another_phrase_leaves_the_event_stated(lang: str, text: str) -> None:
    assert _status(text, lang, "Construction") == [None]


def test_a_stated_agreement_stays_stated() -> None:
    assert _status("Соглашение между Нордландией и Вестерией подписали в понедельник.", "ru", "Agreement") == [None]
