"""Language identification of article text: ISO 639-1 codes, "und" when unsure.

The writing system decides first: the letters of the dominant script are kept and lingua
(lingua-language-detector) only chooses among the candidate languages written in it
(``CANDIDATES``), so Latin-script brand names inside Russian text cannot make it English.
Scripts with one main language in news (Greek, Georgian, Armenian, ...) map straight to it.

What is read: the body, not a short first line (a headline in another language); each
distinct sentence once (one sentence repeated fifty times is one sentence); and, in a long
text, up to ``MAX_CHUNKS`` chunks spread over the whole text, each detected on its own, the
majority deciding. Where lingua hesitates on a short text, the share of each candidate's
function words (spaCy's stop word lists) decides if one language clearly leads.

lingua runs in low-accuracy mode (trigram models only): over the ~28 candidates it keeps
~60 MB resident against ~790 MB for the full models, and bench/bench_language.py shows what
that costs in accuracy. A language declared by the article's metadata is trusted unless the
text clearly contradicts it (see ``detect_language``).
"""
from __future__ import annotations

import functools
import importlib
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.resources import read_json

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["CANDIDATES", "LANGUAGES", "UNDETERMINED", "MIN_LETTERS", "detect_language",
           "language_confidence"]

ALPHABETS_DATA = "ontology/nlp/alphabets.json"


def _read_letters() -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, frozenset[str]]]:
    """(script -> language -> the letters it writes, language -> its marker letters)."""
    data = read_json(ALPHABETS_DATA)
    alphabets = {script: {code: frozenset(letters) for code, letters in table.items()}
                 for script, table in data["alphabets"].items()}
    return alphabets, {code: frozenset(letters) for code, letters in data["markers"].items()}


ALPHABETS, MARKERS = _read_letters()
# The candidate languages lingua chooses among, by script: the region and its neighbours, the
# languages of ALPHABETS_FILE. Serbian is lingua's Cyrillic model: Latin Serbian comes out bs or hr.
CANDIDATES: dict[str, tuple[str, ...]] = {script: tuple(table) for script, table in ALPHABETS.items()}
# Scripts outside lingua's choice whose text is, in news, almost always one language.
SCRIPT_LANGUAGE: dict[str, str] = {
    "GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "ARABIC": "ar", "CJK": "zh",
    "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta", "KHMER": "km", "LAO": "lo",
    "ETHIOPIC": "am", "SINHALA": "si", "MYANMAR": "my", "GUJARATI": "gu", "TELUGU": "te",
}
LANGUAGES: tuple[str, ...] = tuple(code for codes in CANDIDATES.values() for code in codes)
# Letters the Latin candidates write; others ('Sørensen', 'Þór') are dropped as saying nothing.
LATIN_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyz" "ąćęłńóśźż" "äöüß" "àâæçéèêëîïôœùûÿ" "áíñúü" "ìò" "ãõ"
    "čďěňřšťůýž" "ľĺŕ" "đ" "ğış" "őű" "ășțşţ" "ėįųū" "āēģīķļņ" "ë")
UNDETERMINED = "und"
MIN_LETTERS = 20  # below this, trigram statistics are guesswork
CONFIDENCE_DIGITS = 6  # lingua's confidences are rounded: a last-bit difference between machines
# (floating-point summation, a library's build) never reorders two candidates, whose ties go by code
UNSURE = 0.6  # below this confidence, or below SHORT letters, function words decide where one
SHORT = 200  # language clearly leads
HEADLINE_CHARS = 160  # a first line at most this long, followed by a body, is a headline
CHUNK_CHARS = 800  # a long text is detected chunk by chunk ...
MAX_CHUNKS = 7  # ... on at most this many chunks spread over it
CONTRADICTS = 0.9  # a declared language gives way to a detection this confident ...
CONTRADICT_LETTERS = 100  # ... on at least this many letters
FOREIGN_LETTERS = 2  # a language lacking this many of the letters of a text's lowercase words ...
FOREIGN_SHARE = 0.005  # ... and at least this share of them is not the text's language
RARE_WRITERS = 2  # one letter only this few candidates write rules out the others (ľ, ř, ў)
MARKER_LETTERS = 30  # a text this long without any of a language's MARKERS is not in it
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n\s*")
_lock = threading.Lock()
_detector: LanguageDetector | None = None


@dataclass(frozen=True)
class _Reading:
    """What the detector made of a text: its script, letters, and ranked candidates."""

    script: str
    letters: int
    words: str = ""  # the text's words in its script, that lingua ranks the candidates on
    language: str = UNDETERMINED

    @functools.cached_property
    def ranked(self) -> tuple[tuple[str, float], ...]:
        """(language, confidence), best first, over the whole text: only a declared language or
        :func:`language_confidence` asks for it, so a plain detection runs lingua on the chunks alone."""
        return _confidences(self.words, self.script) if self.words else ()


def _get_detector() -> LanguageDetector:
    """The process-wide lingua detector, built on first use."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper()))
                         for c in LANGUAGES]
                _detector = (LanguageDetectorBuilder.from_languages(*langs)
                             .with_low_accuracy_mode().build())
    return _detector


@functools.lru_cache(maxsize=65536)
def _script(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC, ...)."""
    if ch < "\x80":
        return "LATIN"
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or "IDEOGRAPH" in name:
        return "CJK"
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _body(text: str) -> str:
    """``text`` without its first line when that line is short and a longer body follows."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    if len(first) <= HEADLINE_CHARS and _letters(rest) >= max(SHORT, 2 * _letters(first)):
        return rest
    return stripped


def _distinct_sentences(text: str) -> list[str]:
    """Each sentence (or line) of ``text`` once, in order of first appearance."""
    return list(dict.fromkeys(s for s in _SENTENCE_END.split(text) if s and not s.isspace()))


def _chunks(sentences: list[str]) -> list[str]:
    """Sentences grouped into chunks of about CHUNK_CHARS; at most MAX_CHUNKS, evenly spread."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for sentence in sentences:
        current.append(sentence[: 4 * CHUNK_CHARS])  # a 'sentence' of a whole page is cut
        size += len(current[-1]) + 1
        if size >= CHUNK_CHARS:
            chunks.append(" ".join(current))
            current, size = [], 0
    if current:
        if chunks and size < CHUNK_CHARS // 2:
            chunks[-1] += " " + " ".join(current)
        else:
            chunks.append(" ".join(current))
    if len(chunks) <= MAX_CHUNKS:
        return chunks
    step = (len(chunks) - 1) / (MAX_CHUNKS - 1)
    return [chunks[round(i * step)] for i in range(MAX_CHUNKS)]


def _dominant_script(text: str) -> tuple[str, int]:
    """(the script most letters of ``text`` are written in, how many letters it has)."""
    counts: Counter[str] = Counter()
    for letter, n in Counter(filter(str.isalpha, text)).items():  # each distinct letter's script once
        counts[_script(letter)] += n
    if not counts:
        return "", 0
    script = max(sorted(counts), key=lambda s: counts[s])  # sorted: ties broken by name
    if script == "CJK" and ("HIRAGANA" in counts or "KATAKANA" in counts):
        script = "HIRAGANA"
    return script, counts[script]


def _words_in(text: str, script: str) -> str:
    """The words of ``text`` written in ``script`` (Latin: only the candidates' letters)."""
    words = [w for w in text.split() if any(_script(c) == script for c in filter(str.isalpha, w))]
    if script == "LATIN":
        words = [_candidate_letters(w) for w in words]
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _candidate_letters(word: str) -> str:
    """``word`` without the letters no Latin candidate writes."""
    return "".join(c for c in word if not c.isalpha() or c.lower() in LATIN_LETTERS)


def _ruled_out(words: str, script: str) -> frozenset[str]:
    """The candidates whose alphabet lacks enough of the letters of ``words``' lowercase words
    (capitalised words are left out: a name keeps the letters of its own language), and those
    of whose marker letters a long enough text has none."""
    alphabets = ALPHABETS.get(script, {})
    letters = Counter(filter(str.isalpha, "".join(w for w in words.split() if w[:1].islower())))
    if script == "LATIN":
        letters = Counter({c: n for c, n in letters.items() if not c.isascii()})
    total = _letters(words)
    present = set(words.lower())
    ruled_out = {code for code in alphabets
                 if code in MARKERS and total >= MARKER_LETTERS and not MARKERS[code] & present}
    for code, alphabet in alphabets.items():
        foreign = sum(n for c, n in letters.items() if c not in alphabet)
        rare = any(c not in alphabet and _writers(script, c) <= RARE_WRITERS for c in letters)
        if (foreign >= FOREIGN_LETTERS or rare) and foreign >= FOREIGN_SHARE * total:
            ruled_out.add(code)
    return frozenset(ruled_out) if len(ruled_out) < len(alphabets) else frozenset()


@functools.lru_cache(maxsize=4096)
def _writers(script: str, letter: str) -> int:
    """How many candidates of ``script`` write ``letter``."""
    return sum(letter in alphabet for alphabet in ALPHABETS.get(script, {}).values())


def _confidences(words: str, script: str) -> tuple[tuple[str, float], ...]:
    """lingua's (language, confidence) for ``words`` among the candidates written in ``script``
    whose alphabet fits the text (not rescaled: garbage that fits few alphabets gains nothing)."""
    allowed = frozenset(CANDIDATES.get(script, ())) - _ruled_out(words, script)
    values = _get_detector().compute_language_confidence_values(words)
    kept = [(code, round(float(v.value), CONFIDENCE_DIGITS)) for v in values
            if (code := v.language.iso_code_639_1.name.lower()) in allowed]
    return tuple(sorted(kept, key=lambda cv: (-cv[1], cv[0])))


def _decide(words: str, letters: int, ranked: tuple[tuple[str, float], ...]) -> str:
    """The language of one chunk from lingua's ranking, function words settling short texts."""
    if not ranked:
        return UNDETERMINED
    if ranked[0][1] <= 0.0:  # lingua gave every letter-fitting candidate nothing
        return _by_function_words(words, [code for code, _ in ranked]) or UNDETERMINED
    if letters < SHORT or ranked[0][1] < UNSURE:  # trigrams of a sentence or two mislead
        return _by_function_words(words, [code for code, _ in ranked]) or ranked[0][0]
    return ranked[0][0]


def _read(text: str) -> _Reading:
    """Script, letters and the language of ``text``'s body, by a majority of its chunks."""
    chunks = _chunks(_distinct_sentences(_body(text)))
    script, letters = _dominant_script(" ".join(chunks))
    if letters < MIN_LETTERS:
        return _Reading(script, letters)
    if script not in CANDIDATES:
        return _Reading(script, letters, language=SCRIPT_LANGUAGE.get(script, UNDETERMINED))
    votes: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    for n, chunk in enumerate(chunks, 1):
        words = _words_in(chunk, script)
        chunk_letters = _letters(words)
        if chunk_letters < MIN_LETTERS and len(chunks) > 1:
            continue
        ranked = _confidences(words, script)
        language = _decide(words, chunk_letters, ranked)
        votes[language] += 1
        weight.update(dict(ranked))
        if _decided(votes, len(chunks) - n):
            break
    whole = _words_in(" ".join(chunks), script)
    if not votes:
        return _Reading(script, letters, whole)
    best = max(sorted(votes), key=lambda code: (votes[code], weight[code]))
    return _Reading(script, letters, whole, best)


def _decided(votes: Counter[str], left: int) -> bool:
    """Whether the leading language keeps the majority whatever the ``left`` chunks vote (its
    weight then never breaks a tie): the chunks after it are not read."""
    (_, first), *rest = votes.most_common(2)
    return first > (rest[0][1] if rest else 0) + left


def _primary_subtag(declared: str | None) -> str | None:
    """'en-GB', 'EN', 'en_US' -> 'en'; None for anything that is not an ISO 639-1 code."""
    if not declared:
        return None
    code = re.split(r"[-_]", declared.strip(), maxsplit=1)[0].lower()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def _script_of(code: str) -> str | None:
    """The script a language is written in, where kgraph knows it."""
    for script, codes in CANDIDATES.items():
        if code in codes:
            return script
    return next((s for s, c in SCRIPT_LANGUAGE.items() if c == code), None)


def _contradicts(reading: _Reading, declared: str) -> bool:
    """The text clearly is not in ``declared``: another script, or a confident detection."""
    if reading.letters < MIN_LETTERS:
        return False
    script = _script_of(declared)
    if script is not None and script != reading.script:
        return True
    if script is None or reading.language in (UNDETERMINED, declared) or not reading.ranked:
        return False
    scores = dict(reading.ranked)
    return (reading.letters >= CONTRADICT_LETTERS and scores.get(reading.language, 0.0) >= CONTRADICTS
            and scores.get(declared, 0.0) < 1.0 - CONTRADICTS)


def detect_language(text: str, *, declared: str | None = None) -> str:
    """ISO 639-1 code of ``text``'s language; ``"und"`` when there are too few letters.

    ``declared`` (the article's metadata, e.g. "pl" or "en-GB") is returned unless the text
    is in another script or, on at least CONTRADICT_LETTERS letters, lingua is confident
    (CONTRADICTS) of another language and gives the declared one next to nothing.
    """
    reading = _read(text)
    code = _primary_subtag(declared)
    if code is not None and not _contradicts(reading, code):
        return code
    return reading.language


def _by_function_words(words: str, candidates: list[str]) -> str | None:
    """The candidate language most of whose stop words (spaCy's lists) make up the text, if one
    clearly leads ("the", "in", "on" say English where trigrams hesitate between Romance languages)."""
    tokens = [t.strip(".,;:!?\"'«»()[]").lower() for t in words.split()]
    tokens = [t for t in tokens if t]
    lowercase = [t for t in (t.strip(".,;:!?\"'«»()[]") for t in words.split()) if t[:1].islower()]
    if len(lowercase) >= 3:  # names are no function words: they only dilute the shares
        tokens = lowercase
    if not tokens:
        return None
    shares = sorted(((sum(t in _stop_words(code) for t in tokens) / len(tokens), code) for code in candidates),
                    reverse=True)
    (best, code), runner_up = shares[0], shares[1][0] if len(shares) > 1 else 0.0
    return code if best >= 0.25 and best - runner_up >= 0.15 else None


@functools.lru_cache(maxsize=None)
def _stop_words(code: str) -> frozenset[str]:
    try:
        return frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
    except (ImportError, AttributeError):
        return frozenset()


def language_confidence(text: str) -> float:
    """How sure the detector is about ``text``'s language (0–1); 0 for too little text."""
    reading = _read(text)
    if reading.letters < MIN_LETTERS or not reading.ranked:
        return 0.0
    return dict(reading.ranked).get(reading.language, reading.ranked[0][1])
