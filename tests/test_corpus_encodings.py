"""Decoding: byte-order marks, strict UTF-8, legacy code pages chosen by plausibility."""
from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.corpus import read_corpus
from kgraph.corpus.legacy import badness

RU = ("Вчера в столице прошёл митинг. Полиция задержала несколько человек, "
      "сообщает местное агентство. ПРОКУРАТУРА начала проверку.\n")
PL = ("Zażółć gęślą jaźń - pisał w liście. Ślub odbył się w sobotę, świadkowie byli źli, "
      "a Ąka i Źdźbło przyszły późno.\n")
DE = "Der Bürgermeister sagte, dass die Straße gesperrt wird. Schöne Grüße aus Köln.\n"
EN = "The committee will publish its findings next week, the chairwoman said.\n"


def read_one(tmp_path: Path, data: bytes):
    (tmp_path / "article.txt").write_bytes(data)
    read = read_corpus(tmp_path)
    assert len(read.articles) == 1, read.problems
    return read.articles[0], read.problems


@pytest.mark.parametrize("text,codec,name,lang", [
    (RU, "cp1251", "cp1251", "ru"),
    (RU, "koi8_r", "koi8-r", "ru"),
    (PL, "cp1250", "cp1250", "pl"),
    (PL, "iso8859_2", "iso-8859-2", "pl"),
    (DE, "cp1252", "cp1252", "de"),
])
def test_legacy_encodings(tmp_path: Path, text: str, codec: str, name: str, lang: str) -> None:
    article, problems = read_one(tmp_path, text.encode(codec))
    assert article.text == text
    assert (article.encoding, article.lang) == (name, lang)
    assert [p.code for p in problems] == ["W040"]  # read, and said so
    assert "article.txt" in problems[0].message and name in problems[0].message


@pytest.mark.parametrize("text", [
    "вчера в столице прошёл митинг, полиция задержала несколько человек",
    "ВЧЕРА В СТОЛИЦЕ ПРОШЁЛ МИТИНГ, ПОЛИЦИЯ ЗАДЕРЖАЛА НЕСКОЛЬКО ЧЕЛОВЕК",
])
@pytest.mark.parametrize("codec,name", [("cp1251", "cp1251"), ("koi8_r", "koi8-r")])
def test_russian_without_case_clues(tmp_path: Path, text: str, codec: str, name: str) -> None:
    article, _ = read_one(tmp_path, text.encode(codec))
    assert (article.text, article.encoding) == (text, name)


def test_cp1251_russian_comes_out_cyrillic(tmp_path: Path) -> None:
    article, _ = read_one(tmp_path, "Привет, как дела? Всё хорошо, спасибо большое.".encode("cp1251"))
    assert article.encoding == "cp1251"
    assert all("\u0400" <= c <= "\u04ff" for c in article.text if c.isalpha())


def test_short_polish_cp1250_and_iso(tmp_path: Path) -> None:
    text = "Żółć gęślą jaźń. Świętość."
    for codec in ("cp1250", "iso8859_2"):
        article, _ = read_one(tmp_path, text.encode(codec))
        assert article.text == text


def test_ascii_with_latin1_accent(tmp_path: Path) -> None:
    article, problems = read_one(tmp_path, "We met in a small café near the station.".encode("cp1252"))
    assert article.text.endswith("café near the station.") and [p.code for p in problems] == ["W040"]


@pytest.mark.parametrize("bom,codec,name", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
])
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    text = " date 2022-01-11 - " + RU
    article, problems = read_one(tmp_path, bom + text.encode(codec))
    assert article.text == text  # BOM consumed, nothing else changed
    assert article.encoding == name and article.lang == "ru" and problems == []
    assert article.body_start == len(" date 2022-01-11 - ")


def test_utf16_without_bom_is_read_with_warning(tmp_path: Path) -> None:
    article, problems = read_one(tmp_path, EN.encode("utf-16-le"))
    assert article.text == EN and article.encoding == "utf-16-le"
    assert [p.code for p in problems] == ["W035"] and "article.txt" in problems[0].message


def test_same_text_in_two_encodings_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(RU.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(RU.encode("cp1251"))
    read = read_corpus(tmp_path)
    assert [a.id for a in read.articles] == ["a"]
    assert [p.code for p in read.problems] == ["E018"]


def test_badness_prefers_real_text() -> None:
    raw = RU.encode("cp1251")
    assert badness(raw.decode("cp1251")) == 0
    assert badness(raw.decode("cp1252")) > 0.2
    assert badness(raw.decode("koi8_r")) > 0
    raw = PL.encode("iso8859_2")
    assert badness(raw.decode("iso8859_2")) < badness(raw.decode("cp1250"))


# English with two bytes no code page makes English of: each decodes cleanly as cp1251, koi8-r,
# cp1252 or Latin-1, into Cyrillic or Icelandic letters.
STRAY = [
    b"Officials met on Monday \xff\xfe to discuss the new harbour tax.",
    b"The ferry left at noon.\xd0\xd7 Passengers waited on the quay.",
    b"A small \xfe\xe7 crowd gathered outside the town hall on Friday.",
]


@pytest.mark.parametrize("data", STRAY)
def test_stray_bytes_are_reported_and_never_turned_into_letters(tmp_path: Path, data: bytes) -> None:
    article, problems = read_one(tmp_path, data)
    assert article.encoding == "utf-8"
    assert article.text == data.decode("utf-8", errors="replace")  # the rest exactly as written
    assert [p.code for p in problems] == ["W030"]
    assert "article.txt" in problems[0].message and "2 invalid" in problems[0].message


_DECODE_ALL = """
import sys
from kgraph.corpus.decode import decode_bytes
for line in sys.stdin.buffer.read().split(b"\\n"):
    decoded = decode_bytes(bytes.fromhex(line.decode()))
    print(decoded.encoding, decoded.replaced, ascii(decoded.text))
"""


def test_the_same_bytes_give_the_same_text_in_every_process() -> None:
    """The language detector's confidences differ in their last bits between processes (and with
    the hash seed): no decoding may hang on them."""
    samples = [*STRAY, RU.encode("cp1251"), RU.lower().encode("koi8_r"), PL.encode("iso8859_2"), DE.encode("cp1252")]
    feed = b"\n".join(s.hex().encode() for s in samples)
    root = Path(__file__).resolve().parents[1]
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", _DECODE_ALL], input=feed, env=env, capture_output=True,
                              check=True, timeout=300)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs


@pytest.mark.parametrize("codec", ["cp1250", "iso8859_2"])
def test_short_polish_with_a_double_surname_in_a_legacy_code_page(tmp_path: Path, codec: str) -> None:
    """A capital after a hyphen ("Nowak-Łukasik") is no case flip inside a word. (The two code
    pages give these letters the same bytes: the reading is named after Polish's usual one.)"""
    name = "cp1250"
    text = "Wczoraj rozmawiał z Janem Nowak-Łukasikiem."
    article, problems = read_one(tmp_path, text.encode(codec))
    assert (article.text, article.encoding) == (text, name)
    assert [p.code for p in problems] == ["W040"]
