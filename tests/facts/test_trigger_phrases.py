"""Multi-word triggers (kgraph/facts/events.py): each token tries only the phrases that open with
its form or lemma, longest first, as when every phrase was tried. Sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.facts.events import _phrases_from
from kgraph.facts.lexicon import lexicon_for, phrase_spans

from .helpers import run


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "pl"])
def test_a_word_tries_the_phrases_opening_with_its_form_or_lemma_longest_first(lang: str) -> None:
    lex = lexicon_for(lang)
    every = sorted(lex.phrases.items(), key=lambda p: -len(p[0]))
    firsts = {phrase[0] for phrase in lex.phrases}
    for form in sorted(firsts):
        for lemma in sorted(firsts)[:5] + [form, "-"]:
            tried = [(phrase, kind) for _, phrase, kind in _phrases_from(lex.phrases_by_word, (form, lemma))]
            assert tried == [(phrase, kind) for phrase, kind in every if phrase[0] in (form, lemma)]


@given(st.lists(st.sampled_from("abcd"), max_size=12),
       st.lists(st.lists(st.sampled_from("abcd"), max_size=3).map(tuple), max_size=4))
def test_phrase_spans_are_every_occurrence_phrase_by_phrase(forms: list[str], phrases: list[tuple[str, ...]]) -> None:
    assert phrase_spans(phrases, forms) == [(k, k + len(p)) for p in phrases for k in range(len(forms) - len(p) + 1)
                                            if tuple(forms[k:k + len(p)]) == p]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday farmers blocked the border crossing near Dalmore."),
    ("ru", "В понедельник фермеры заблокировали пограничный переход у Дальнего."),
    ("uk", "У понеділок фермери заблокували кордон біля Дальнього."),
    ("pl", "W poniedziałek rolnicy wyszli na ulice Dalnowa."),
])
def test_a_phrase_trigger_read_on_its_lemmas_makes_its_event(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert "Protest" in {e.kind for e in events}
