"""Claims (issue 13): an outlet that reports what the sentence before said ("Об этом сообщает X"), an
outlet after the clause ("..., пишет X"), stance verbs as claims. Names invented for the tests."""
from __future__ import annotations

from .helpers import run


def _claims(text: str, lang: str) -> dict[str | None, list[str | None]]:
    _, _, claims, name = run(text, lang)
    return {name(c.source): [name(x) for x in c.concerns] for c in claims}


def _about(claims: dict, source: str, concern: str) -> bool:
    return any(s and source in s and any(c and c.startswith(concern) for c in cs) for s, cs in claims.items())


def test_ru_outlet_reports_the_sentence_before() -> None:
    claims = _claims("Министр Иван Петренко подал в отставку. Об этом сообщает телеканал Радуга.", "ru")
    assert _about(claims, "Радуга", "Иван Петренко")


def test_uk_outlet_reports_the_sentence_before() -> None:
    claims = _claims("Міністр Іван Петренко подав у відставку. Про це повідомляє телеканал Веселка.", "uk")
    assert _about(claims, "Веселка", "Іван Петренко")


def test_pl_outlet_reports_the_sentence_before() -> None:
    claims = _claims("Minister Jan Kowalczyk podał się do dymisji. Poinformował o tym portal Onet.", "pl")
    assert _about(claims, "Onet", "Jan Kowalczyk")


def test_en_outlet_reports_the_sentence_before() -> None:
    claims = _claims("Minister John Carver resigned on Monday. The BBC reported about this on Tuesday.", "en")
    assert _about(claims, "BBC", "John Carver")


def test_no_reference_back_without_the_phrase() -> None:
    claims = _claims("Министр Иван Петренко подал в отставку. Телеканал Радуга сообщает о погоде.", "ru")
    assert not _about(claims, "Радуга", "Иван Петренко")


def test_ru_outlet_after_the_clause() -> None:
    claims = _claims("Министр Иван Петренко назвал неприемлемым введение санкций, пишет газета Вечерний Вестник.", "ru")
    assert _about(claims, "Вечерний Вестник", "Иван Петренко") or _about(claims, "Иван Петренко", "Вечерний Вестник")


def test_en_outlet_after_the_clause() -> None:
    claims = _claims("John Carver called the sanctions unacceptable, writes the Daily Courier.", "en")
    assert _about(claims, "Daily Courier", "John Carver") or _about(claims, "John Carver", "Daily Courier")


def test_pl_stance_verb_is_a_claim() -> None:
    claims = _claims("Jan Kowalczyk podtrzymał sprzeciw Polski wobec budowy gazociągu.", "pl")
    assert _about(claims, "Jan Kowalczyk", "Polski")


def test_uk_stance_verb_is_a_claim() -> None:
    claims = _claims("Міністр Іван Петренко запропонував продовжити перехідний період для Польщі.", "uk")
    assert _about(claims, "Іван Петренко", "Польщ")
