"""Corpus propagation: a name recognised in one article is recognised in the others.

Models miss names they found elsewhere ("Kazinform" tagged in one article, not in the next);
every surface form that some article's pipeline took for a name is looked for, whole-word and
case-sensitive, in every other article. Conservative: short forms, and single words opening a
sentence (where capitals prove nothing), are not propagated.
"""
from __future__ import annotations

import hashlib
import re
import sys
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


def _entries(lexicon: dict[str, dict[str, Mention]]) -> dict[str, bytes]:
    """First word → a digest of what :func:`_found_in` reads of its lexicon entry: each surface
    form with the fields a found mention takes from its source (the rest are the article's)."""
    return {word: hashlib.blake2b(repr(sorted((surface, m.type.value, m.normal, m.gazetteer_id, m.cued)
                                              for surface, m in forms.items())).encode(), digest_size=16).digest()
            for word, forms in lexicon.items()}


def _capitals(extraction: ArticleExtraction) -> frozenset[str]:
    """The words of the article's body that may key the lexicon (a name's first word begins with
    its capital), as :func:`_found_in` reads them."""
    article = extraction.article
    return frozenset(sys.intern(w) for w in WORD.findall(article.text, article.body_start) if w[:1].isupper())


def propagate_names(extractions: Sequence[ArticleExtraction], memo: dict | None = None,
                    keys: dict[str, str] | None = None) -> list[ArticleExtraction]:
    """The extractions with every other occurrence of a known name added as a mention.

    ``memo`` (kept between builds, filled here) and ``keys`` (article id → what its extraction is
    made of, :meth:`kgraph.cache.ExtractionCache.key`): an article whose extraction has the key it
    had at the last build, none of whose body's words keys a lexicon entry that changed since, gets
    the mentions it got then without its text being read again (what it finds is a function of
    its extraction and of the entries of the words it holds)."""
    lexicon = _lexicon(extractions)
    entries = _entries(lexicon) if memo is not None else {}
    changed: set[str] = set()
    everything = True
    if memo is not None and keys is not None:
        before: dict[str, bytes] = memo.get("entries", {})
        changed = {w for w in entries.keys() | before.keys() if entries.get(w) != before.get(w)}
        everything = any(not w[:1].isupper() for w in changed)  # a key no capital word holds: read all
    articles: dict[str, tuple] = memo.get("articles", {}) if memo is not None else {}
    kept: dict[str, tuple] = {}
    read = 0  # articles whose text was read (the memo changes with them)
    out = []
    for extraction in extractions:
        article = extraction.article
        key = keys.get(article.id) if keys is not None else None
        old = articles.get(article.id)
        if (key is not None and old is not None and not everything and old[0] == (key, article.lang, article.body_start)
                and old[1].isdisjoint(changed)):
            extra = list(old[2])
        else:
            extra = _found_in(extraction, lexicon)
            read += 1
            if key is not None:
                old = ((key, article.lang, article.body_start), _capitals(extraction), tuple(extra))
        if old is not None and key is not None:
            kept[article.id] = old
        if extra:
            mentions = sorted([*extraction.mentions, *extra], key=lambda m: (m.begin, m.end))
            extraction = replace(extraction, mentions=mentions)
        out.append(extraction)
    if memo is not None:
        stale = read or len(kept) != len(articles) or changed
        memo.clear()
        memo.update(entries=entries, articles=kept, changed=bool(stale))
    return out
