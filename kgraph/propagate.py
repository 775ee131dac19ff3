"""Corpus propagation: a name recognised in one article is recognised in the others.

Models miss names they found elsewhere ("Kazinform" tagged in one article, not in the next);
every surface form that some article's pipeline took for a name is looked for, whole-word and
case-sensitive, in every other article. Conservative: short forms, and single words opening a
sentence (where capitals prove nothing), are not propagated.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from kgraph.boilerplate import boilerplate_ranges
from kgraph.mentions import whole_word
from kgraph.model import ArticleExtraction, Mention

__all__ = ["propagate_names"]

MIN_CHARS = 4
WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = ".!?…\n"


def _propagatable(mention: Mention) -> bool:
    text = mention.text
    return len(text) >= MIN_CHARS and text[:1].isupper() and "\n" not in text


def _lexicon(extractions: Sequence[ArticleExtraction]) -> dict[str, dict[str, Mention]]:
    """First word → surface form → the first mention (in corpus order) that had it."""
    index: dict[str, dict[str, Mention]] = defaultdict(dict)
    for extraction in extractions:
        for mention in extraction.mentions:
            if _propagatable(mention):
                first = WORD.search(mention.text)
                if first:
                    index[first.group()].setdefault(mention.text, mention)
    return index


def _opens_sentence(text: str, begin: int) -> bool:
    before = text[:begin].rstrip(" \t\"'«„“(–—-")
    return not before or before[-1] in SENTENCE_END


def _found_in(extraction: ArticleExtraction, lexicon: dict[str, dict[str, Mention]]) -> list[Mention]:
    article = extraction.article
    text = article.text
    taken = sorted((m.begin, m.end) for m in extraction.mentions)
    skip = [(0, article.body_start), *boilerplate_ranges(text, article.lang)]
    added: list[Mention] = []
    for word in WORD.finditer(text, article.body_start):
        candidates = lexicon.get(word.group())
        if not candidates:
            continue
        begin = word.start()
        for surface in sorted(candidates, key=len, reverse=True):
            end = begin + len(surface)
            if text[begin:end] != surface or (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                continue
            numbered = whole_word(text, begin, end)
            if numbered is None:
                break  # a piece of a hyphenated word
            if any(a < end and begin < b for a, b in taken) or any(a <= begin and end <= b for a, b in skip):
                break
            source = candidates[surface]
            if " " not in surface and not source.gazetteer_id and _opens_sentence(text, begin):
                break
            if numbered != end:  # 'Північний потік-2' is not 'Північний потік'
                if any(a < numbered and begin < b for a, b in taken):
                    break
                source = replace(source, text=text[begin:numbered], normal=source.normal + text[end:numbered],
                                 gazetteer_id=None)
                end = numbered
            added.append(replace(source, article_id=article.id, lang=article.lang, begin=begin, end=end))
            taken.append((begin, end))
            break
    return added


def propagate_names(extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """The extractions with every other occurrence of a known name added as a mention."""
    lexicon = _lexicon(extractions)
    out = []
    for extraction in extractions:
        extra = _found_in(extraction, lexicon)
        if extra:
            mentions = sorted([*extraction.mentions, *extra], key=lambda m: (m.begin, m.end))
            extraction = replace(extraction, mentions=mentions)
        out.append(extraction)
    return out
