"""Names told by their shape where a Cyrillic model sees none (:mod:`kgraph.nlp.cyrillic_names`
adds them after its repairs).

- a run of Latin-script words in Cyrillic text is a name written in its own script ('Serum
  Institute of India', 'TRX204b1', 'The Hollow Review'): capitalised words (or numbers after one), short
  lowercase particles between them ('of', 'von'), numbers between them ('Boeing 737 MAX'); not in a sentence of more lowercase Latin words
  than Cyrillic ones (a quotation in another language), not a lone letter or Roman numeral;
- a word of letters and digits opening with a capital is a code name ('Ми-17', 'KVR2031'), and
  so is a word with a capital after a lowercase letter ('НордВакЦина', 'Тар-ГРИПП-Вак'); not a pair of
  names joined by a hyphen ('Київ-Берлін'), nor an abbreviation of capitals alone ('МЗС').

A *word* is a run of tokens with no space between them (the tokenizer cuts 'TRX204b1' in
four), without the punctuation at its edges; one with other punctuation inside ('Ctrl+Enter',
'a/b') is no word of a name. Spans are token offsets ``(start, end)`` of a spaCy ``Doc``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

__all__ = ["ShapedName", "shaped_names"]

INSIDE_A_WORD = "-.&'’"  # punctuation that may join the tokens of one word ('SARS-CoV-2', 'O'Neil')
ROMAN = re.compile(r"[IVXLC]+")
PARTICLE_LETTERS = 3  # 'of', 'the', 'von', 'de': a lowercase word between two words of a Latin name


@dataclass(frozen=True)
class ShapedName:
    start: int
    end: int
    latin: bool  # a run of Latin-script words (else a code word)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str
    spaced: bool  # one plain space after it (a run of a name may go on)
    bare: bool  # no punctuation before it ('(IAG' opens no word of the name before it)


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return "Latn" if name.startswith("LATIN") else "Cyrl" if name.startswith("CYRILLIC") else ""


def _letters_script(text: str) -> str:
    """'Latn' or 'Cyrl' when every letter of ``text`` is of that script, else ''."""
    scripts = {_script(ch) for ch in text if ch.isalpha()}
    return scripts.pop() if len(scripts) == 1 else ""


def _words(doc: Doc) -> list[_Word | None]:
    """The doc's words in order; None for a run of tokens that is no word of a name."""
    # the tokens' attributes read once (each ``doc[i]`` makes a Token object)
    texts, spaces, blank, opens = [], [], [], []
    for token in doc:
        texts.append(token.text)
        spaces.append(token.whitespace_)
        blank.append(token.is_space)
        opens.append(token.is_sent_start)
    out: list[_Word | None] = []
    n = len(texts)
    i = 0
    while i < n:
        if blank[i]:
            i += 1
            continue
        j = i + 1
        while j < n and not spaces[j - 1] and not blank[j] and not opens[j]:
            j += 1
        start, end = i, j
        while start < end and not any(ch.isalnum() for ch in texts[start]):
            start += 1
        while end > start and not any(ch.isalnum() for ch in texts[end - 1]):
            end -= 1
        inner = "".join(texts[k] + spaces[k] for k in range(start, end - 1)) + texts[end - 1] if start < end else ""
        if not inner or not (inner[0].isalnum() and inner[-1].isalnum()) \
                or any(not ch.isalnum() and ch not in INSIDE_A_WORD for ch in inner):
            out.append(None)
        else:
            spaced = end == j and spaces[j - 1] == " " and j < n and not opens[j]
            out.append(_Word(start, end, inner, spaced, start == i))
        i = j
    return out


def _foreign_sentence(doc: Doc, start: int) -> bool:
    """The sentence of token ``start`` has more lowercase Latin-script words (not particles)
    than Cyrillic ones: a quotation in another language, whose capitals prove nothing."""
    sent = doc[start].sent
    latin = sum(1 for t in sent if t.is_alpha and t.text.islower() and len(t.text) > PARTICLE_LETTERS
                and _letters_script(t.text) == "Latn")
    return latin > sum(1 for t in sent if t.is_alpha and _letters_script(t.text) == "Cyrl")


def _opens_name(text: str) -> bool:
    return text[:1].isupper() and not (len(text) == 1 or ROMAN.fullmatch(text))


def _latin_runs(doc: Doc, words: list[_Word | None]) -> list[ShapedName]:
    out: list[ShapedName] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word is None or _letters_script(word.text) != "Latn" or not _opens_name(word.text):
            i += 1
            continue
        last = i
        j = i
        while j + 1 < len(words) and (here := words[j]) is not None and here.spaced:
            nxt = words[j + 1]
            if nxt is None or not nxt.bare or _letters_script(nxt.text) not in {"Latn", ""}:
                break
            if nxt.text[:1].isupper():
                last = j + 1
            elif nxt.text.isdigit():
                pass  # 'Aerion 737 MAX'; a number after the last word is no part of it ('Nordair 12 березня')
            elif not (nxt.text.isalpha() and nxt.text.islower() and len(nxt.text) <= PARTICLE_LETTERS):
                break
            j += 1
        first_word, last_word = word, words[last]
        assert last_word is not None
        if not _foreign_sentence(doc, first_word.start):
            out.append(ShapedName(first_word.start, last_word.end, latin=True))
        i = last + 1
    return out


def _is_code(text: str) -> bool:
    """'Ми-17', 'KVR2031', 'COVID-19'; 'НордВакЦина', 'Тар-ГРИПП-Вак', 'QarFlu-In'; not
    'Київ-Берлін' nor 'Vireon-Kastell' (two names, each a word of its own)."""
    if not text[:1].isupper() or not _letters_script(text):
        return False
    if any(ch.isdigit() for ch in text):
        return True
    parts = text.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and sum(ch.islower() for ch in p) > 1 for p in parts):
        return False
    camel = any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))
    mixed = len(parts) > 1 and all(p[:1].isupper() for p in parts) and any(p.isupper() and len(p) > 1 for p in parts) \
        and any(p[1:].islower() for p in parts)  # 'Тар-ГРИПП-Вак', not 'СМС-сообщения'
    return camel or mixed


def shaped_names(doc: Doc) -> list[ShapedName]:
    """The Latin runs and code words of a Cyrillic doc, in order, none overlapping."""
    words = _words(doc)
    latin = _latin_runs(doc, words)
    covered = {i for name in latin for i in range(name.start, name.end)}
    codes = [ShapedName(w.start, w.end, latin=False) for w in words
             if w is not None and w.start not in covered and _is_code(w.text)]
    return sorted([*latin, *codes], key=lambda n: n.start)
