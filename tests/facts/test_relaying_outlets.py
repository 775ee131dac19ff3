"""Outlets that carry someone's words are none of what the words are about: the outlet a citing
phrase relays for ('передає X з посиланням на Y': X reports Y's claim), the one a relaying phrase
names ('цитирана от Y': Y reports X's), and the outlet a speaker told them to ('mówił wcześniej
X Name'). Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _claims(text: str, lang: str):
    _, _, claims, name = run(text, lang)
    by_source = {name(c.source): c for c in claims}
    return by_source, {c.key: name(c.source) for c in claims}, name


@pytest.mark.parametrize(("lang", "text", "relayer", "original"), [
    ("uk", "Компанія Норвекс оголосила, що скасовує 200 рейсів до Італії, передає агентство НордПрес з посиланням"
           " на телеканал ТВН-8.", "НордПрес", "ТВН-8"),
    ("ru", "Компания Норвекс объявила, что отменяет 200 рейсов в Италию, передает агентство НордПресс со ссылкой"
           " на телеканал ТВН-8.", "НордПресс", "ТВН-8"),
    ("bg", "Фирмата Норвекс ще отмени 200 полета до Италия, съобщи телевизия ТВН-8, цитирана от агенция НПА.",
     "НПА", "ТВН-8"),
])
def test_the_relaying_outlet_reports_the_original_and_is_not_its_concern(lang: str, text: str, relayer: str,
                                                                          original: str) -> None:
    claims, source_of, name = _claims(text, lang)
    assert relayer in claims and original in claims, list(claims)
    assert relayer not in [name(r) for r in claims[original].concerns]
    assert source_of.get(claims[relayer].quotes) == original


@pytest.mark.parametrize(("lang", "text", "speaker", "outlet"), [
    ("pl", "Rozmowy będą trudne - mówił wcześniej NPA Jan Kowal, minister finansów.", "Jan Kowal", "NPA"),
    ("uk", "Переговори будуть важкими, - сказав НПА Іван Петренко, міністр фінансів.", "Іван Петренко", "НПА"),
])
def test_the_outlet_told_the_words_reports_them_and_is_not_their_concern(lang: str, text: str, speaker: str,
                                                                          outlet: str) -> None:
    claims, source_of, name = _claims(text, lang)
    assert outlet not in [name(r) for r in claims[speaker].concerns]
    assert source_of.get(claims[outlet].quotes) == speaker
    assert speaker in [name(r) for r in claims[outlet].concerns]


def test_the_relaying_outlet_named_in_the_sentence_before_is_no_concern_either() -> None:
    """'Про це повідомляє X з посиланням на Y': the sentence before is what Y said; X, named there too,
    is none of it."""
    claims, _, name = _claims("Агентство НордПрес пише, що компанія Норвекс скасує 200 рейсів. Про це повідомляє"
                              " агентство НордПрес з посиланням на \"Радіо Меридіан\".", "uk")
    concerns = [name(r) or "" for r in claims["Радіо Меридіан"].concerns]
    assert concerns and not any("НордПрес" in c for c in concerns), concerns


@pytest.mark.parametrize(("lang", "text", "speaker", "outlet"), [
    ("ru", "Иван Петров заявил, что отношения с Норвегией (в двусторонних отношениях МЕРИДИАН.РУ) надо улучшать."
           " Ранее портал МЕРИДИАН.РУ сообщил, что министр назначен.", "Иван Петров", "МЕРИДИАН.РУ"),
    ("uk", "Іван Петренко заявив, що відносини з Норвегією (у двосторонніх відносинах МЕРИДІАН.UA) треба"
           " покращувати. Раніше портал МЕРИДІАН.UA повідомив, що міністра призначено.", "Іван Петренко",
     "МЕРИДІАН.UA"),
    ("pl", "Jan Kowal powiedział, że stosunki z Norwegią (w relacjach dwustronnych Wiadomości24) trzeba poprawić."
           " Wcześniej portal Wiadomości24 podał, że minister został powołany.", "Jan Kowal", "Wiadomości24"),
])
def test_an_outlet_named_in_a_persons_words_is_its_credit_not_their_concern(lang: str, text: str, speaker: str,
                                                                             outlet: str) -> None:
    """The article names the outlet with a media word ('портал X'): its name in brackets inside a
    person's words is the outlet's own credit line."""
    claims, _, name = _claims(text, lang)
    concerns = [name(r) for r in claims[speaker].concerns]
    assert concerns and outlet not in concerns, concerns
