"""A nationality word is found by the endings it ends with, tried in the gazetteer's order of
endings, as trying every ending in turn found it."""
from kgraph.gazetteer import Gazetteer
from kgraph.gazetteer.keys import name_key
from kgraph.gazetteer.matcher import _strip_vowels

WORDS = ("kazachskiego", "kazašský", "norweskimi", "польского", "польськими", "норвежцами", "słoweńskiej",
         "hrvatskih", "Kyrgyz", "német", "президента", "zdravotnictví", "Berwick", "abcde", "ого", "Bulgarians")


def _every_ending(gazetteer: Gazetteer, word: str):
    """The lookup as it was: the exact word, else every ending in turn."""
    key = name_key(word)
    if key in gazetteer._demonyms:
        return gazetteer._entries[gazetteer._demonyms[key]]
    for ending in gazetteer._endings:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            stem = key[: len(key) - len(ending)]
            for candidate in (stem, _strip_vowels(stem)):
                if candidate in gazetteer._demonyms:
                    return gazetteer._entries[gazetteer._demonyms[candidate]]
                if candidate in gazetteer._demonym_stems:
                    return gazetteer._entries[gazetteer._demonym_stems[candidate]]
    return None


def test_demonyms_are_found_as_by_every_ending_in_turn():
    gazetteer = Gazetteer.load()
    found = {word: gazetteer.demonym(word) for word in WORDS}
    assert found == {word: _every_ending(gazetteer, word) for word in WORDS}
    assert found["kazachskiego"] is not None and found["польского"] is not None
    assert found["президента"] is None and found["abcde"] is None
