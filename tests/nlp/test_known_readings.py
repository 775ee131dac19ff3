"""pymorphy3's known readings of a word are asked of its dictionary once a word, and are those
of its readings that say ``is_known`` (Russian and Ukrainian)."""
import pytest

from kgraph.nlp.inflection import _known, all_readings, is_common_word, is_noun, readings, verb_tenses


@pytest.mark.parametrize("lang, words", [
    ("ru", ["Зарубина", "встретились", "министерства", "Кравцовой", "шмырдяк"]),
    ("uk", ["Зарубіна", "зустрілися", "міністерства", "Кравцової", "шмирдяк"]),
])
def test_known_readings_are_the_readings_the_dictionary_knows(lang, words):
    for word in words:
        expected = tuple(p for p in all_readings(word, lang) if p.is_known)
        assert readings(word, lang) == expected
        assert readings(word.upper(), lang) == expected
    before = _known.cache_info().hits
    readings(words[1], lang)
    assert _known.cache_info().hits == before + 1
    assert not readings(words[-1], lang) and all_readings(words[-1], lang)  # a made-up word: guesses only


@pytest.mark.parametrize("lang, verb, noun", [("ru", "встретились", "министерства"), ("uk", "зустрілися", "міністерства")])
def test_word_classes_read_the_known_readings(lang, verb, noun):
    assert verb_tenses(verb, lang) == {"past"}
    assert is_noun(noun, lang) and is_common_word(noun, lang)
    assert not is_noun(verb, lang)
