"""The tense of a trigger word where the pipeline's tokens carry no morphology (Polish, Ukrainian),
from the language's dictionary: SGJP through morfeusz2, pymorphy3's for the Cyrillic languages."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kgraph.nlp.inflection import participle_reading, verb_reading, verb_tenses
from kgraph.nlp.morfeusz import tags

__all__ = ["word_tense", "tense_near", "is_present", "is_participle", "is_verb_form"]


def _sgjp(word: str, _: str) -> str | None:
    verbs = [t.split(":") for t in tags(word) if t.split(":")[0] in ("fin", "praet", "bedzie")]
    if not verbs:
        return None
    if all(v[0] == "praet" for v in verbs):
        return "past"
    if all(v[0] == "bedzie" or (v[0] == "fin" and "perf" in v) for v in verbs):
        return "future"  # a perfective non-past form is a future ('zatrzyma'), 'będzie' its auxiliary
    return None


def _pymorphy(word: str, lang: str) -> str | None:
    found = verb_tenses(word, lang)
    return {frozenset({"past"}): "past", frozenset({"futr"}): "future"}.get(found)


_BY_LANGUAGE: dict[str, Callable[[str, str], str | None]] = {"pl": _sgjp, "uk": _pymorphy, "ru": _pymorphy}


def word_tense(word: str, lang: str) -> str | None:
    """'past', 'future' or None (present, unknown, or the readings disagree) for one word."""
    reader = _BY_LANGUAGE.get(lang)
    return reader(word, lang) if reader is not None and word.isalpha() else None


def tense_near(trigger: Token, lang: str) -> str | None:
    """The tense of the trigger, or of one of the two words before it ('został zatrzymany', 'буде
    затримано', 'będzie strajkować'), where the token has no morphology of its own."""
    if trigger.pos_ or len(trigger.morph):
        return None
    doc = trigger.doc
    for i in range(trigger.i, max(-1, trigger.i - 3), -1):
        found = word_tense(doc[i].text, lang)
        if found is not None:
            return found
    return None


def _present_sgjp(word: str) -> bool:
    verbs = [t.split(":") for t in tags(word) if t.split(":")[0] in ("fin", "praet", "bedzie")]
    return bool(verbs) and all(v[0] == "fin" and "imperf" in v for v in verbs)  # 'twierdzi', 'mówi'


def is_present(token: Token, lang: str) -> bool:
    """Whether the verb is a present-tense form ('says', 'считает', 'вважає', 'twierdzi'): by the
    pipeline's morphology, else (pl, uk) by the dictionary when every verb reading is present."""
    if token.pos_ or len(token.morph):
        return token.tag_ in ("VBZ", "VBP") or (token.pos_ in ("VERB", "AUX")
                                                 and token.morph.get("Tense", []) == ["Pres"])
    word = token.text
    if not word.isalpha():
        return False
    if lang == "pl":
        return _present_sgjp(word)
    return lang in ("uk", "ru") and verb_tenses(word, lang) == frozenset({"pres"})


def is_participle(word: str, lang: str) -> bool:
    """Whether some dictionary reading of the word is an adjectival participle ('skazaną',
    'засуджену', 'осуждённую'), where the pipeline gives no morphology: SGJP's ppas/pact (pl),
    pymorphy3's participles (uk, ru); False in other languages."""
    if not word.isalpha():
        return False
    if lang == "pl":
        return any(t.split(":")[0] in ("ppas", "pact") for t in tags(word))
    return lang in ("uk", "ru") and participle_reading(word, lang)


_SGJP_VERBS = frozenset({"fin", "praet", "inf", "bedzie", "impt", "imps", "winien", "pred"})


def is_verb_form(token: Token, lang: str) -> bool:
    """Whether the token is a verb (finite or infinitive): by the pipeline's tags where it gives
    them, else by the dictionary (SGJP for pl, pymorphy3 for uk and ru)."""
    if token.pos_:
        return token.pos_ in ("VERB", "AUX")
    word = token.text
    if not word.isalpha():
        return False
    if lang == "pl":
        return any(t.split(":")[0] in _SGJP_VERBS for t in tags(word))
    return lang in ("uk", "ru") and verb_reading(word, lang)
