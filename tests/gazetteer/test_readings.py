"""The matcher reads each (text, forms) pair of tokens once per process, with the same result."""
from kgraph.gazetteer import Gazetteer, TokenForms
from kgraph.gazetteer.matcher import _readings


def _tokens(text: str) -> list[TokenForms]:
    out, at = [], 0
    for word in text.split():
        begin = text.index(word, at)
        at = begin + len(word)
        out.append(TokenForms(begin, at, word, (word.lower(),)))
    return out


def test_a_repeated_word_is_read_from_the_cache_and_matches_the_same():
    gazetteer = Gazetteer.load()
    text = "Vesna Kolar flew from Warsaw to Kyiv ; later Vesna Kolar flew from Kyiv to Warsaw"
    first = [(m.begin, m.end, m.entry.id) for m in gazetteer.match(_tokens(text))]
    _readings.cache_clear()
    again = [(m.begin, m.end, m.entry.id) for m in gazetteer.match(_tokens(text))]
    info = _readings.cache_info()
    assert first == again
    warsaw, kyiv = text.index("Warsaw"), text.index("Kyiv")
    assert {(b, e) for b, e, _ in first} >= {(warsaw, warsaw + 6), (kyiv, kyiv + 4)}
    assert info.hits >= 6 and info.misses == len(set(text.split()))
