"""A common word opening a sentence that the dictionary also lists capitalised only as itself
(no lemma of its own: 'Tam', 'Šest', 'Země') is that common word, not a place; a surname that is
also a common word stays a name after the full name ('Novak')."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def names(lang: str, text: str) -> set[str]:
    return {e.text for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("sl", "V Kranju so zaprli šolo. Tam so se okužili trije dijaki.", "Tam"),
    ("sl", "Na volitvah v Mariboru je zmagala stranka. Šest mesecev bo dovolj za dogovor.", "Šest"),
    ("sl", "Ministrica je odpotovala v Bruselj. Dan pozneje je vlada sprejela sklep.", "Dan"),
    ("cs", "Vláda v Brně jednala celý den. Leč výsledek nebyl žádný.", "Leč"),
    ("cs", "Ministr odjel do Bruselu. Země se připravuje na zimu.", "Země"),
    ("cs", "Ministr odjel do Bruselu. Nový zákon začne platit v lednu.", "Nový"),
])
def test_a_common_word_opening_a_sentence_is_no_name(lang: str, text: str, word: str) -> None:
    found = names(lang, text)
    assert word not in found
    assert found  # the place before it is still found


@pytest.mark.parametrize(("lang", "text", "surname"), [
    ("sl", "Janez Novak je prišel v Ljubljano. Novak je dejal, da bo ostal.", "Novak"),
    ("cs", "Jan Novák přijel do Prahy. Novák řekl, že zůstane.", "Novák"),
])
def test_a_surname_opening_a_sentence_after_the_full_name_stays_a_name(lang: str, text: str, surname: str) -> None:
    assert surname in names(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("cs", "Vláda jednala v Brně. Marek Petráš řekl, že výsledek nebyl žádný.", "Marek Petráš"),
    ("sl", "Vlada je zasedala v Mariboru. Marko Petrač je dejal, da ni rezultata.", "Marko Petrač"),
])
def test_a_full_name_opening_a_sentence_stays_whole(lang: str, text: str, name: str) -> None:
    assert name in names(lang, text)
