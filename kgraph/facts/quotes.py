"""Quotations that run over several sentences: '"A. B. C," – заявил X' or '„A. B” – powiedział X'.

The reporting verb stands after the quote's last sentence; the names of its earlier sentences are
what the speaker's words are about too. A quote is found by its marks alone: the part of the
verb's sentence before the verb closes more quotes than it opens, and the sentences before it, in
the same paragraph, open the one it closes.
"""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import Mention

from .context import ArticleContext, SentenceView

__all__ = ["earlier_quoted", "quoted", "QUOTE_REACH"]

QUOTE_REACH = 4  # sentences a quote may run back over
_TRAIL = " ,–—-\u00a0"
_CLOSERS = frozenset('"»”“')


def _marks(text: str, low9: bool | None = None) -> list[int]:
    """Each character's count of quotes opened (1) or closed (-1), else 0: a straight quote opens
    at the start or after a space or bracket and before a letter, else closes; '“' opens in English
    and closes after a Polish or German '„' (``low9``: the text around uses '„', by default ``text``)."""
    low9 = "„" in text if low9 is None else low9
    out = []
    for i, c in enumerate(text):
        if c == '"':
            opens = (i == 0 or text[i - 1].isspace() or text[i - 1] in "([") and i + 1 < len(text) \
                and not text[i + 1].isspace()
            out.append(1 if opens else -1)
        elif c in "«„" or c == "“" and not low9:
            out.append(1)
        elif c in "»”" or c == "“" and low9:
            out.append(-1)
        else:
            out.append(0)
    return out


def _balance(text: str) -> int:
    """Quotes ``text`` opens less those it closes: 'A „B” C' is 0, 'B” C' is -1."""
    return sum(_marks(text))


def quoted(sentence: str, offset: int, low9: bool | None = None) -> bool:
    """Whether the character at ``offset`` of ``sentence`` stands inside quoted words: after a
    quote the sentence opens and before it closes ('X said: „... in Y”'), before a closing quote
    whose quote opened in an earlier sentence ('... it is in Y.” According to X'), or after an
    opening quote the sentence leaves open. Its depth of quotes is then above the sentence's lowest.
    ``low9``: the article quotes with '„' (its '“' closes), when the sentence alone does not show it."""
    depth, lowest, here = 0, 0, 0
    for i, mark in enumerate(_marks(sentence, low9 or None)):
        if i == offset:
            here = depth
        depth += mark
        lowest = min(lowest, depth)
    if offset >= len(sentence):
        here = depth
    return here > lowest


def earlier_quoted(ctx: ArticleContext, view: SentenceView, verb: Token) -> list[Mention]:
    """The mentions of the earlier sentences of a quote that ends right before ``verb`` (past a
    comma or dash), none when the quote opens in the verb's own sentence."""
    text = ctx.parsed.article.text
    head = text[view.sentence.begin: verb.idx].rstrip(_TRAIL)
    if not head or head[-1] not in _CLOSERS:
        return []
    balance = _balance(head)
    if balance >= 0:
        return []  # the quote opened in this sentence
    i = next((i for i, v in enumerate(ctx.views) if v is view), 0)
    found: list[Mention] = []
    for back in range(1, QUOTE_REACH + 1):
        if i - back < 0:
            return []
        earlier = ctx.views[i - back]
        between = text[earlier.sentence.end: ctx.views[i - back + 1].sentence.begin]
        if "\n" in between:
            return []  # a quote does not run over a paragraph break here
        opening = _opening(text[earlier.sentence.begin: earlier.sentence.end], balance)
        if opening is not None:
            start = earlier.sentence.begin + opening
            return [m for m in earlier.mentions if m.begin > start] + found
        found = list(earlier.mentions) + found
        balance += _balance(text[earlier.sentence.begin: earlier.sentence.end])
    return []


def _opening(sentence: str, balance: int) -> int | None:
    """Where in ``sentence`` the quote opens that the text after it leaves open (``balance`` below
    zero), None when it opens before the sentence."""
    marks = _marks(sentence)
    for i in range(len(sentence) - 1, -1, -1):
        balance += marks[i]
        if balance >= 0:
            return i
    return None
