"""A long article with a place name in every sentence should take linear, not quadratic, time."""
from __future__ import annotations

import time

import pytest

from kgraph.nlp import pipeline_for


def _seconds(nlp, sentences: int) -> float:
    text = " ".join(f"In Dublin Sean Gallagher number {i} met Aoife Byrne." for i in range(sentences))
    started = time.perf_counter()
    nlp(text)
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason="kgraph/nlp/known_names.py _plausible: `doc.text` (spaCy re-joins "
                                        "every token) is built once per gazetteer match, so time grows with "
                                        "matches × tokens (3000 such sentences on one line: 4.5 minutes)")
def test_four_times_the_text_takes_about_four_times_as_long():
    nlp = pipeline_for("en")
    nlp("Warm up in Dublin.")
    small, large = _seconds(nlp, 300), _seconds(nlp, 1200)
    assert large / small < 6, (small, large)
