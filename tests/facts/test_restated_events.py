"""A sentence that restates the event told before ("... strike at X. Jest to pierwszy wspólny strajk
związków Y"): its event joins the participants of that event of its kind in the paragraph. Names
invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _strikes(text: str, lang: str) -> list[set[str | None]]:
    _, events, _, name = run(text, lang)
    return [{name(x) for _, x in e.participants} for e in events if e.kind == "Strike"]


@pytest.mark.parametrize(("lang", "text", "union"), [
    ("pl", "W środę trwa strajk pilotów linii lotniczych Skyway Air. Jest to pierwszy wspólny strajk dwóch związków "
           "zawodowych - Związku Pilotów Tarvex oraz Solidarności Lotniczej.", "Związku Pilotów Tarvex"),
    ("ru", "В среду продолжается забастовка пилотов авиакомпании Skyway Air. Это первая совместная забастовка "
           "профсоюзов Tarvex и Северный Союз.", "Tarvex"),
    ("uk", "У середу триває страйк пілотів авіакомпанії Skyway Air. Це перший спільний страйк профспілок Tarvex та "
           "Північна Спілка.", "Tarvex"),
    ("cs", "Ve středu pokračuje stávka pilotů aerolinky Skyway Air. Jde o první společnou stávku odborů Tarvex a "
           "Severní Svaz.", "Tarvex"),
], ids=["pl", "ru", "uk", "cs"])
def test_the_restated_strike_joins_the_one_before(lang: str, text: str, union: str) -> None:
    assert any({union, "Skyway Air"} <= parts for parts in _strikes(text, lang)), _strikes(text, lang)


def test_a_new_paragraph_restates_nothing() -> None:
    text = ("W środę trwa strajk pilotów linii lotniczych Skyway Air.\nJest to pierwszy wspólny strajk dwóch związków "
            "zawodowych - Związku Pilotów Tarvex oraz Solidarności Lotniczej.")
    assert not any({"Związku Pilotów Tarvex", "Skyway Air"} <= parts for parts in _strikes(text, "pl"))


def test_an_opener_far_from_the_event_noun_restates_nothing() -> None:
    """'Это ... Tarvex ... забастовка': a name between the opener and the noun, another statement."""
    text = ("В среду продолжается забастовка пилотов авиакомпании Skyway Air. Это решение профсоюза Tarvex "
            "привело к новой забастовке.")
    assert not any({"Tarvex", "Skyway Air"} <= parts for parts in _strikes(text, "ru"))


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "W środę trwa w Niemczech strajk pilotów i personelu pokładowego tanich linii lotniczych Skyway Air."),
    ("uk", "У середу триває страйк пілотів і бортового персоналу німецьких філій бюджетної авіакомпанії Skyway Air."),
], ids=["pl", "uk"])
def test_a_strike_of_the_staff_of_a_firm_far_after_the_noun(lang: str, text: str) -> None:
    """Without a parser, a member noun right after the event noun ('strajk pilotów ...') reaches
    further, to the firm its phrase ends with."""
    assert any("Skyway Air" in parts for parts in _strikes(text, lang)), _strikes(text, lang)
