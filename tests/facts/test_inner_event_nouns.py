"""Without a parse, a name after another kind's event noun that follows the trigger noun is that
event's: 'spór o sukcesję po śmierci X' — X died, he took no part in the dispute (issue 13: a
prophet as the dispute's party, a victim as the ruling's). The names are invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _kinds_of(text: str, lang: str, person: str) -> set[str]:
    _, events, _, name = run(text, lang)
    return {e.kind for e in events for _, ref in e.participants if (name(ref) or "").startswith(person)}


@pytest.mark.parametrize(("lang", "text", "person", "kind", "other"), [
    ("pl", "Rywalizacja datuje się od podziału w wyniku sporu o sukcesję po śmierci Jana Kowalczyka.",
     "Jana", "Death", "Dispute"),
    ("pl", "Protesty przeciwko zatrzymaniu Jana Kowalczyka trwały w czwartek.", "Jana", "Detention", "Protest"),
    ("uk", "Протест проти арешту Івана Петренка тривав у четвер.", "Івана", "Detention", "Protest"),
], ids=["pl-death", "pl-arrest", "uk-arrest"])
def test_a_name_after_an_inner_event_noun_is_that_events(lang: str, text: str, person: str, kind: str,
                                                         other: str) -> None:
    kinds = _kinds_of(text, lang, person)
    assert kind in kinds and other not in kinds


def test_pl_a_name_right_after_the_noun_stays_its_own() -> None:
    assert "CourtRuling" in _kinds_of("Sąd wydał wyrok w sprawie 30-letniego Jana Kowalczyka.", "pl", "Jana")
