"""'Full Name (ACRONYM)': a bracket whose letters spell the name before it repeats that name; it is
no party the name's holder is a member of ('Name (Party)'). Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _members(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == "memberOf"}


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "W strajku udział wziął związek zawodowy Vereinigung Luftpersonal (VL) oraz inne związki."),
    ("pl", "Strajkują dwa związki zawodowe - Vereinigung Luftpersonal (VL) oraz Verdi."),
], ids=["pl", "pl-dash"])
def test_an_acronym_in_brackets_is_no_party(lang: str, text: str) -> None:
    assert not any(o == "VL" for _, o in _members(text, lang))


def test_a_party_in_brackets_still_is() -> None:
    assert ("Jan Kowalczyk", "PSL") in _members("Na konferencji przemawiał Jan Kowalczyk (PSL), który poparł projekt.", "pl")
