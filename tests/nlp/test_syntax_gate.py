"""The parser runs only on the sentences the facts stage reads a tree in (kgraph.nlp.syntax_gate):
the Russian pipeline on sentences written for these tests, with the real models."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for
from kgraph.nlp.syntax_gate import syntax_gate


@pytest.fixture(scope="module")
def ru():
    return pipeline_for("ru")


def _parsed(sentence) -> bool:
    """A real tree: some label other than the flat tree's."""
    return any(t.dep_ not in ("dep", "ROOT") for t in sentence)


def test_the_parser_comes_after_the_names(ru):
    names = ru.pipe_names
    assert names.index("kgraph_known_names") < names.index("kgraph_natasha_syntax")
    assert names.index("kgraph_cyrillic_names") < names.index("kgraph_natasha_syntax")


def test_sentences_with_a_trigger_a_title_or_two_names_are_parsed_the_others_flat(ru):
    doc = ru("Погода в среду была тёплой и сухой. Полиция задержала троих у вокзала. "
             "На рынке продавали яблоки и груши. Губернатор открыл новый мост. "
             "Тимофей Заречный встретил Веру Ольховую. Над рекой стоял густой туман.")
    sentences = list(doc.sents)
    assert len(sentences) == 6
    assert [_parsed(s) for s in sentences] == [False, True, False, True, True, False]
    for sentence in sentences:  # one tree per sentence either way: the same sentences as before
        roots = [t for t in sentence if t.head.i == t.i]
        assert len(roots) == 1
    flat = sentences[2]
    assert all(t.head.i == flat[0].i for t in flat) and flat[0].dep_ == "ROOT"


def test_a_doc_with_no_sentence_worth_parsing_keeps_a_parse_of_its_own(ru):
    doc = ru("На рынке продавали яблоки и груши. Над рекой стоял густой туман.")
    first, second = list(doc.sents)
    assert _parsed(first) and not _parsed(second)


def test_a_reporting_verb_or_a_nationality_word_beside_a_name_opens_the_gate(ru):
    gate = syntax_gate("ru")
    assert "заявить" in gate.words  # cues.json's reporting verbs
    doc = ru("Накануне он заявил о своём уходе. Белорусский фермер Остап Лещинский вырастил тыкву. "
             "Остап Лещинский вырастил тыкву.")
    assert [_parsed(s) for s in doc.sents] == [True, True, False]
