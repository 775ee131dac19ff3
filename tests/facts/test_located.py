"""Where places and organisations are (issue 13): "X in <country>", "the court in <city>", a country's
adjective before a place or an organisation. Names invented or generic for the tests."""
from __future__ import annotations

import pytest

from .helpers import run

RUSSIA = "g:wd:Q159"


def _pairs(text: str, lang: str, predicate: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


def test_pl_place_in_country() -> None:
    assert ("Ust-Ługi", "Rosji") in _pairs("Statek wypłynął z Ust-Ługi w Rosji.", "pl", "containedInPlace")


def test_ru_place_in_country() -> None:
    pairs = _pairs("Танкер вышел из Усть-Луги в России.", "ru", "containedInPlace")
    assert any(s and s.startswith("Усть-Луг") and o and o.startswith("Росси") for s, o in pairs)


def test_pl_body_in_city() -> None:
    pairs = _pairs("Posiedzenie odbyło się w Parlamencie Europejskim w Strasburgu.", "pl", "location")
    assert ("Parlamencie Europejskim", "Strasburgu") in pairs


def test_en_body_in_city() -> None:
    pairs = _pairs("The Supreme Court in Warsaw rejected the appeal on Monday.", "en", "location")
    assert any(s and "Court" in s and o == "Warsaw" for s, o in pairs)


def test_uk_adjective_puts_a_place_in_the_country() -> None:
    assert ("Усть-Лугу", RUSSIA) in _pairs("Танкер прибув у російську Усть-Лугу.", "uk", "containedInPlace")


def test_ru_adjective_puts_an_organisation_in_the_country() -> None:
    assert ("Центробанк", RUSSIA) in _pairs("Российский Центробанк заявил о ремонте.", "ru", "location")


def test_pl_adjective_through_common_nouns() -> None:
    pairs = _pairs("Do ataku doszło w pakistańskim mieście Multan.", "pl", "containedInPlace")
    assert ("Multan", "g:wd:Q843") in pairs


def test_no_location_across_a_preposition_or_for_a_company_abroad() -> None:
    assert not _pairs("Российские удары по Харькову продолжились.", "ru", "containedInPlace")
    assert not _pairs("Piloci linii Skyjet Polska w Niemczech strajkowali.", "pl", "location")


def test_pl_membership_word_far_from_the_countries_lists_no_members() -> None:
    facts, _, _, _ = run("Linia Skyjet przeprasza klientów z Belgii, Hiszpanii i Portugalii, których loty odwołano "
                         "ze względu na strajk niektórych członków naszego personelu.", "pl")
    assert not [f for f in facts if f.predicate == "memberOf"]


def test_en_alliance_of_countries_still_lists_members() -> None:
    facts, _, _, name = run("The Northern Alliance of Estonia, Latvia and Lithuania met in Riga.", "en")
    members = {name(f.subject) for f in facts if f.predicate == "memberOf"}
    assert {"Estonia", "Latvia"} <= members


# -- a region named in brackets with the word of its kind ----------------------------------------

@pytest.mark.parametrize(("lang", "text", "place", "region"), [
    ("ru", "Встреча прошла в Равалпинди (провинция Пенджаб).", "Равалпинди", "Пенджаб"),
    ("uk", "Зустріч відбулася в Равалпінді (провінція Пенджаб).", "Равалпінді", "Пенджаб"),
    ("pl", "Spotkanie odbyło się w Rawalpindi (prowincja Pendżab).", "Rawalpindi", "Pendżab"),
])
def test_a_bracket_naming_a_region_with_its_kind(lang: str, text: str, place: str, region: str) -> None:
    assert (place, region) in _pairs(text, lang, "containedInPlace")


def test_a_bracket_with_other_words_names_no_region() -> None:
    pairs = _pairs("Spotkanie odbyło się w Rawalpindi (niedaleko Islamabadu).", "pl", "containedInPlace")
    assert not any(s == "Rawalpindi" and o and o.startswith("Islamabad") for s, o in pairs)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("pl", "Protesty trwają w Pendżabie. W pendżabskim mieście Karwal doszło do starć.", ("Karwal", "Pendżabie")),
    ("ru", "Протесты продолжаются в Пенджабе. В пенджабском городе Карвал начались столкновения.",
     ("Карвал", "Пенджабе")),
    ("uk", "Протести тривають у Пенджабі. У пенджабському місті Карвал почалися сутички.", ("Карвал", "Пенджабі")),
    ("cs", "Protesty pokračují v Paňdžábu. V paňdžábském městě Karwal došlo ke střetům.", ("Karwal", "Paňdžábu")),
])
def test_a_region_named_by_its_adjective_holds_the_place(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, lang, "containedInPlace")


def test_an_adjective_of_no_place_named_puts_nothing_anywhere() -> None:
    pairs = _pairs("Protesty trwają w Pendżabie. W górskim mieście Karwal doszło do starć.", "pl", "containedInPlace")
    assert not any(s == "Karwal" for s, _ in pairs)


@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("ru", "Рейтинг промахов составило польское сетевое издание Ривертаймс24.", "Ривертаймс24"),
    ("pl", "Raport przygotował polski serwis internetowy Rivertimes24.", "Rivertimes24"),
])
def test_an_outlet_named_with_a_number_is_in_its_country(lang: str, text: str, outlet: str) -> None:
    assert (outlet, "g:wd:Q36") in _pairs(text, lang, "location")
