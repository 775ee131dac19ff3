"""One table of alphabets: legacy code-page decoding reads the letters language detection reads,
plus the auxiliary letters of foreign names (ontology/nlp/alphabets.json)."""
from __future__ import annotations

from kgraph.corpus.legacy import _alphabets, foreign_share
from kgraph.language import ALPHABETS


def test_legacy_letters_hold_each_detection_alphabet():
    for lang, letters in _alphabets().items():
        alphabet = next(table[lang] for table in ALPHABETS.values() if lang in table)
        assert {c for c in alphabet if c >= "\x80"} <= letters, lang


def test_a_name_of_another_language_is_not_foreign_but_a_garbled_letter_is():
    assert foreign_share("Zdjęcie zrobił fotograf Müller z Zürichu.", "pl") == 0.0  # ü: an auxiliary letter
    assert foreign_share("Zdjкcie zrobiі fotograf.", "pl") == 1.0  # cp1250 bytes read as cp1251: Cyrillic letters
    assert foreign_share("Він сказав: «Так».", "uk") == 0.0
