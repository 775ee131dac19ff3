"""Shared tokenizer rules (kgraph/nlp/tokenizer_rules.py): a capital letter kept with its stop ends
its sentence before a capitalised common word or a line's end, and stays an initial before a name.
The names are invented for these tests."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def _ents(text: str, lang: str) -> set[str]:
    return {e.text for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The agency offered help, director Mirela Dobre wrote on X. The opposition criticised the plan."),
    ("en", "The agency offered help, director Mirela Dobre wrote on X."),
    ("de", "Die Behörde bot Hilfe an, schrieb Direktorin Mirela Dobre auf X. Die Opposition kritisierte den Plan."),
])
def test_a_sentence_final_letter_leaves_its_stop(lang: str, text: str) -> None:
    found = _ents(text, lang)
    assert "Mirela Dobre" in found
    assert not any(t.endswith("X.") for t in found)


def test_an_initial_before_a_name_keeps_its_stop() -> None:
    found = _ents("Director Mirela K. Dobre met Ion V. Sandu in the capital.", "en")
    assert any("K. Dobre" in t for t in found)
