"""Bulgarian: razdel's tokens and sentences, Natasha's names, simplemma's Bulgarian dictionary for
lemmas; names lose their definite article ('Европейския съюз' → 'Европейски съюз')."""
from __future__ import annotations

import simplemma
from spacy.language import Language

from kgraph.nlp.cyrillic_ner import CyrillicReader, build_reader

__all__ = ["build", "without_article"]

# Definite articles and what the word ends with without them: -ият/-ия (masculine adjectives) give
# -и; -ът/-ят, -та, -то, -те go; the short masculine -а/-я only where the dictionary says so.
ARTICLES = (("ият", "и"), ("ия", "и"), ("ът", ""), ("ят", ""), ("та", ""), ("то", ""), ("те", ""))
SHORT_ARTICLES = ("а", "я")


def lemma(word: str) -> str:
    return simplemma.lemmatize(word.lower(), lang="bg")


def common(word: str) -> bool:
    """simplemma knows the lower-case word (a common word, not only a name)."""
    return simplemma.is_known(word.lower(), lang="bg")


def without_article(word: str, head: bool = False) -> str:
    """``word`` without its definite article, where the dictionary shows it is an articled form.
    ``head``: the word is the name's noun, whose '-ия' is its stem ('Германия'), not an
    adjective's article ('Европейския')."""
    if not word.isalpha() or (word.isupper() and len(word) > 1):
        return word
    base = lemma(word)
    lower = word.lower()
    if base == lower:
        return word
    for suffix, replacement in ARTICLES:
        if head and suffix in {"ия", "ият"}:
            continue
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            cut = lower[: -len(suffix)] + replacement
            if suffix in {"ият", "ия"} and cut != base and base[:4] == cut[:4] and base.endswith("н"):
                return word[:1] + base[1:]  # 'Върховния' → 'Върховен': the dictionary's masculine form
            if cut == base or cut.startswith(base[: max(3, len(base) - 2)]):
                return word[: len(cut) - len(replacement)] + replacement if replacement else word[: len(cut)]
    for suffix in SHORT_ARTICLES:  # a noun's short article ('съда'); before the noun '-а' is a feminine adjective's ('Нова')
        if head and lower.endswith(suffix) and lower[:-1] == base:
            return word[:-1]
    return word


def normal(text: str, label: str) -> str:
    """A name's base form: each word without its article (people's names have none)."""
    if label == "PERSON":
        return text
    words = text.split()
    # the tail after a short word ('на отбраната') stays; a last short word is the noun ('съд')
    tail = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w.islower() and len(w) <= 3), len(words))
    return " ".join([*(without_article(w, head=i == tail - 1) for i, w in enumerate(words[:tail])), *words[tail:]])  # 'на отбраната' stays


READER = CyrillicReader(code="bg", lemma=lemma, common=common, normal=normal)


def build() -> Language:
    return build_reader(READER)
