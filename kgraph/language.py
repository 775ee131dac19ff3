"""Language identification of article text: ISO 639-1 codes, "und" when unsure.

lingua (low-accuracy mode: trigram models only, ~35 MB resident instead of ~340 MB for the
full models) decides among a fixed set of languages, loaded once per process on first use.
The writing system decides first: letters of the dominant script are kept and lingua only
chooses among the languages written in it, so Latin-script brand names inside Russian text
cannot turn it into English. Scripts lingua is not asked about map straight to a language
where the script has one main language (Greek, Hebrew, Georgian, ...). Where lingua hesitates
(short texts), the share of each candidate's function words (spaCy's stop word lists) decides
if one language clearly leads.
"""
from __future__ import annotations

import functools
import importlib
import threading
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["LANGUAGES", "UNDETERMINED", "MIN_LETTERS", "detect_language", "language_confidence"]

LANGUAGES: tuple[str, ...] = ("en", "ru", "pl", "de", "uk", "kk", "fr", "es", "it", "cs", "tr")
UNDETERMINED = "und"
MIN_LETTERS = 20  # below this, trigram statistics are guesswork
UNSURE = 0.6  # below this confidence, or below SHORT letters, function words decide where one
SHORT = 200  # language clearly leads
SAMPLE_CHARS = 2000
_CYRILLIC_LANGS = frozenset({"ru", "uk", "kk"})
# Scripts outside lingua's set whose text is, in news, almost always one language.
_SCRIPT_LANG: dict[str, str] = {
    "GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "ARABIC": "ar", "CJK": "zh",
    "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta", "KHMER": "km", "LAO": "lo",
    "ETHIOPIC": "am", "SINHALA": "si", "MYANMAR": "my", "GUJARATI": "gu", "TELUGU": "te",
}

# Letters of the Latin-script candidate languages (en, pl, de, fr, es, it, cs, tr).
LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz" "ąćęłńóśźż" "äöüß" "àâæçéèêëîïôœùûÿ" "áíñúü" "ìò"
                          "čďěňřšťůýž" "ğışç")
_lock = threading.Lock()
_detector: LanguageDetector | None = None


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


def _script(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC, ...)."""
    if ch < "\x80":
        return "LATIN"
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or "IDEOGRAPH" in name:
        return "CJK"
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _sample(text: str) -> str:
    """The first ~2000 characters, cut at a space so no word is split."""
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", SAMPLE_CHARS // 2, SAMPLE_CHARS)
    return text[: cut if cut > 0 else SAMPLE_CHARS]


def _analyse(text: str) -> tuple[str, str, int]:
    """(dominant script, text of the words in that script, number of its letters)."""
    sample = _sample(text)
    counts = Counter(_script(c) for c in sample if c.isalpha())
    if not counts:
        return "", "", 0
    script = max(sorted(counts), key=lambda s: counts[s])  # sorted: ties broken by name
    if "HIRAGANA" in counts or "KATAKANA" in counts:
        if script == "CJK":
            script = "HIRAGANA"
    words = [w for w in sample.split() if any(c.isalpha() and _script(c) == script for c in w)]
    if script == "LATIN":  # 'Sørensen': a letter none of the candidate languages writes says nothing
        words = ["".join(c for c in w if not c.isalpha() or c.lower() in LATIN_LETTERS) for w in words]
    return script, " ".join(words), counts[script]


def _confidences(words: str, script: str) -> list[tuple[str, float]]:
    """lingua's (language, confidence) for ``words``, only languages written in ``script``."""
    allowed = _CYRILLIC_LANGS if script == "CYRILLIC" else frozenset(LANGUAGES) - _CYRILLIC_LANGS
    values = _get_detector().compute_language_confidence_values(words)
    result: list[tuple[str, float]] = []
    for value in values:
        code = value.language.iso_code_639_1.name.lower()
        if code in allowed:
            result.append((code, float(value.value)))
    return sorted(result, key=lambda cv: (-cv[1], cv[0]))


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; ``"und"`` when there are too few letters."""
    script, words, letters = _analyse(text)
    if letters < MIN_LETTERS:
        return UNDETERMINED
    if script not in ("LATIN", "CYRILLIC"):
        return _SCRIPT_LANG.get(script, UNDETERMINED)
    ranked = _confidences(words, script)
    if not ranked or ranked[0][1] <= 0.0:
        return UNDETERMINED
    if letters < SHORT or ranked[0][1] < UNSURE:  # trigrams of a sentence or two mislead
        return _by_function_words(words, [code for code, _ in ranked]) or ranked[0][0]
    return ranked[0][0]


def _by_function_words(words: str, candidates: list[str]) -> str | None:
    """The candidate language most of whose stop words (spaCy's lists) make up the text, if one
    clearly leads ("the", "in", "on" say English where trigrams hesitate between Romance languages)."""
    tokens = [t.strip(".,;:!?\"'«»()[]").lower() for t in words.split()]
    tokens = [t for t in tokens if t]
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
    script, words, letters = _analyse(text)
    if letters < MIN_LETTERS or script not in ("LATIN", "CYRILLIC"):
        return 0.0
    ranked = _confidences(words, script)
    return ranked[0][1] if ranked else 0.0

