"""Whether a place in a sentence stands inside quoted words (kgraph.facts.quotes.quoted)."""
from __future__ import annotations

import pytest

from kgraph.facts.quotes import quoted


@pytest.mark.parametrize(("sentence", "word", "low9", "inside"), [
    ("то е в Европа.“ Според Петров това е загуба.", "Европа", True, True),  # closes a quote opened before
    ("то е в Европа.“ Според Петров това е загуба.", "Петров", True, False),
    ("Той каза: „Ние сме в Европа“, в София.", "Европа", None, True),
    ("Той каза: „Ние сме в Европа“, в София.", "София", None, False),
    ("Он сказал в Твери: «Мы остаёмся в Европе", "Европе", None, True),  # left open
    ("Он сказал в Твери: «Мы остаёмся в Европе", "Твери", None, False),
    ('He said in Orsk: "We stay in Europe", and left.', "Europe", None, True),
    ('He said in Orsk: "We stay in Europe", and left.', "Orsk", None, False),
])
def test_quoted_words(sentence: str, word: str, low9: bool | None, inside: bool) -> None:
    assert quoted(sentence, sentence.index(word), low9) is inside
