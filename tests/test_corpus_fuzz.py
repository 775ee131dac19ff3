"""Arbitrary bytes never crash the reader: a file is read, or skipped with a Problem."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.corpus import load_article
from kgraph.errors import ERRORS

_TEXTY = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(data)
        article, problems = load_article(path, max_bytes=10_000)
        again = load_article(path, max_bytes=10_000)
    assert (article, problems) == again  # deterministic
    for problem in problems:
        assert problem.code in ERRORS and "fuzz.txt" in problem.message
    if article is None:
        assert len(problems) == 1 and problems[0].skipped
    else:
        assert article.text.strip() and not any(p.skipped for p in problems)
        assert 0 <= article.body_start <= len(article.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=200, deadline=None)
@given(_TEXTY, st.sampled_from(["utf-8", "utf-16", "cp1251", "cp1250", "iso8859_2", "koi8_r"]),
       st.binary(max_size=4))
def test_text_in_some_encoding_with_noise(text: str, codec: str, noise: bytes) -> None:
    data = text.encode(codec, errors="ignore")
    _check(data[: len(data) // 2] + noise + data[len(data) // 2:])


@settings(max_examples=200, deadline=None)
@given(_TEXTY)
def test_utf8_text_round_trips(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(text.encode("utf-8"))
        article, _ = load_article(path)
    if article is not None and article.encoding == "utf-8" and "<" not in text:
        assert article.text == text
