"""kgraph/nlp/tokens.py: docs from offsets, and every token's sentence start set at once."""
import re

import pytest
from spacy.lang.xx import MultiLanguage

from kgraph.lang import pipeline_for
from kgraph.nlp.tokens import doc_from_offsets, set_sentence_starts

TEXT = "Mer Orlik przyjechał.\nPotem wyjechał do Lwowa. Koniec"


def _doc():
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", TEXT)]
    return doc_from_offsets(MultiLanguage().vocab, TEXT, offsets)


def test_every_token_takes_its_sentence_start_as_its_own_setter_gives_it():
    one_by_one, at_once = _doc(), _doc()
    starts = [t.i == 0 or one_by_one[t.i - 1].text == "." for t in one_by_one]
    for token, start in zip(one_by_one, starts):
        token.is_sent_start = start
    set_sentence_starts(at_once, starts)
    assert [t.is_sent_start for t in at_once] == [t.is_sent_start for t in one_by_one] == starts
    assert [s.text for s in at_once.sents] == [s.text for s in one_by_one.sents] == [
        "Mer Orlik przyjechał.", "\nPotem wyjechał do Lwowa.", "Koniec"]


def test_a_parsed_doc_and_a_wrong_count_are_refused():
    with pytest.raises(ValueError):
        set_sentence_starts(_doc(), [True])
    parsed = pipeline_for("ru")("Мэр Орлик приехал во Львов. Потом он уехал.")
    assert parsed.has_annotation("DEP")
    with pytest.raises(ValueError):
        set_sentence_starts(parsed, [True] * len(parsed))


@pytest.mark.parametrize(("lang", "text", "sentences"), [
    ("uk", "Мер Орлик приїхав до Львова. Потім він поїхав\nдо Києва", 3),
    ("bg", "Кметът Орлин пристигна в Пловдив. После той замина\nза Варна", 3),
])
def test_the_cyrillic_pipelines_open_a_sentence_after_a_stop_and_a_line_break(lang, text, sentences):
    doc = pipeline_for(lang)(text)
    assert len(list(doc.sents)) == sentences
    assert doc[0].is_sent_start and all(t.is_sent_start is not None for t in doc)
