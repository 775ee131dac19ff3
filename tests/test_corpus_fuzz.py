"""Arbitrary bytes never crash the reader: a file is read, or skipped with a Problem; the same
bytes give the same article twice; every byte invalid in UTF-8 is reported (W030 counts them, or
W040 names the legacy code page the whole file decodes cleanly in, or the file is skipped)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.corpus import load_article
from kgraph.corpus.legacy import LEGACY_ENCODINGS
from kgraph.errors import ERRORS
from kgraph.language import detect_language

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
        _check_reported(data, article.encoding, [p.code for p in problems], problems)
        body = article.text[article.body_start:]
        assert detect_language(body) == detect_language(body) == article.lang


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_reported(data: bytes, encoding: str, codes: list[str], problems) -> None:
    """Bytes invalid in UTF-8 never pass unsaid."""
    if encoding in LEGACY_ENCODINGS:
        data.decode(LEGACY_ENCODINGS[encoding])  # the whole file decodes cleanly in it
        assert "W040" in codes and encoding in problems[codes.index("W040")].message
    elif encoding == "utf-8" and not _valid_utf8(data):
        inserted = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
        [warning] = [p for p in problems if p.code == "W030"]
        assert f"{inserted} invalid" in warning.message


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


_WORDS = st.sampled_from(["the", "harbour", "council", "met", "on", "Monday", "and", "said", "new", "tax",
                          "ferry", "in", "town", "a", "of", "crowd", "weather", "was", "cold", "."])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_WORDS, st.binary(max_size=2).map(lambda b: bytes(x | 0x80 for x in b))),
                min_size=3, max_size=40))
def test_english_with_stray_high_bytes(parts: list[tuple[str, bytes]]) -> None:
    """Plain English with a few stray bytes over 0x7F: the class of file that was silently read
    as Cyrillic or Latin-1 letters."""
    _check(b" ".join(word.encode() + stray for word, stray in parts))
