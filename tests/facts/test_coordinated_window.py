"""Parties an event lost at the edges of what is read around its trigger: coordinated names at the
edge of the clause window (kgraph/facts/args.py, languages with no parse: 'X and the big foreign
company Y signed ... an agreement' keeps X), and a sentence-initial event noun glued to the name after
it (kgraph/nlp/cyrillic_names.py: 'Meeting of X with ... will decide'). Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _parties(text: str, lang: str, kind: str) -> list[set[str]]:
    _, events, _, name = run(text, lang)
    return [{name(ref) for _, ref in e.participants} for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("pl", "Tarvex i największy węgierski koncern energetyczny Norvik Olaj Gázipari Társaság zawarli "
           "w zeszłym roku w Budapeszcie długoterminowe porozumienie.", "Tarvex", "Norvik Olaj Gázipari Társaság"),
    ("uk", "Тарвнафта України та польський енергетичний концерн Norvik Górnictwo Naftowe i Gazownictwo "
           "минулого року у Варшаві уклали довгострокову угоду.", "Тарвнафта України",
     "Norvik Górnictwo Naftowe i Gazownictwo"),
    ("sl", "Tarvex Energy in kitajski naftni koncern Norvik National Oil Corporation sta lani v Pekingu "
           "podpisala dolgoročni dogovor.", "Tarvex Energy", "Norvik National Oil Corporation"),
    # with a parse the coordination is read from it: the same sentences keep both parties
    ("en", "Tarvex Energy and the large Hungarian energy company Norvik Olaj Gázipari Társaság signed a long-term "
           "agreement in Budapest last year.", "Tarvex Energy", "Norvik Olaj Gázipari Társaság"),
    ("ru", "Компания Тарвнефть и крупный венгерский энергетический концерн Norvik Olaj Gázipari Társaság в прошлом году "
           "в Будапеште заключили долгосрочное соглашение.", "Тарвнефть", "Norvik Olaj Gázipari Társaság"),
])
def test_the_first_of_two_coordinated_parties_is_kept(lang: str, text: str, first: str, second: str) -> None:
    parties = _parties(text, lang, "Agreement")
    assert parties and {first, second} <= parties[0]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("pl", "Tarvex poinformował, że największy węgierski koncern energetyczny Norvik Olaj Gázipari Társaság "
           "zawarł w zeszłym roku w Budapeszcie długoterminowe porozumienie.", "Tarvex"),
    ("uk", "Тарвнафта України заявила, що польський енергетичний концерн Norvik Górnictwo Naftowe i Gazownictwo "
           "минулого року у Варшаві уклав довгострокову угоду.", "Тарвнафта України"),
])
def test_a_name_of_another_clause_is_no_party(lang: str, text: str, speaker: str) -> None:
    assert all(speaker not in parties for parties in _parties(text, lang, "Agreement"))


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("uk", "Зустріч Мерца з керівниками земель у вівторок вирішить, як довго триватиме карантин.", "Мерца"),
    ("ru", "Встреча Пашиняна с главами областей во вторник решит судьбу закона.", "Пашиняна"),
])
def test_a_meeting_noun_opening_the_sentence_is_the_meeting_of_the_name_after_it(lang: str, text: str,
                                                                                  person: str) -> None:
    assert any(person in parties for parties in _parties(text, lang, "Meeting"))
