"""How many people a toll's clause counts: 'Four people were killed', 'загинули троє людей', 'zginęło pięć
osób', 'ще одинадцятеро поранені' (kg:casualtyCount of a Death, Killing or Casualties event)."""
from __future__ import annotations

from spacy.tokens import Token

from .context import ArticleContext, SentenceView

__all__ = ["casualty_count"]

_REACH = 4  # words between the number and the trigger at most ('Four people had been killed')
_YEARS = range(1900, 2101)  # 'w 2023 zginęło': a year, not a count, unless people follow it


def casualty_count(ctx: ArticleContext, view: SentenceView, trigger: Token) -> int | None:
    """The number nearest the trigger in its clause that counts people: one right before a casualty
    noun (events.json ``casualty_nouns``, past one lower-case word: 'three young people'), or one right
    next to the trigger ('троє загинули', 'ще одинадцятеро поранені'); digits or number words
    (events.json ``numbers``). None when the clause gives none."""
    if not ctx.lex.casualty_nouns and not ctx.lex.numbers:
        return None
    tokens = view.tokens()
    k = next((i for i, t in enumerate(tokens) if t.i == trigger.i), None)
    if k is None:
        return None
    found: list[tuple[int, int]] = []  # (distance, value)
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(tokens) and abs(j - k) <= _REACH and not _breaks(ctx, tokens[j]):
            value = _number(ctx, tokens[j])
            if value is not None and (_counts_people(ctx, tokens, j) or abs(j - k) == 1 and value not in _YEARS):
                found.append((abs(j - k), value))
                break
            j += step
    return min(found)[1] if found else None


def _number(ctx: ArticleContext, t: Token) -> int | None:
    text = t.text.lower()
    if text.isdigit() and len(text) <= 6:
        return int(text)
    return ctx.lex.numbers.get(text)


def _counts_people(ctx: ArticleContext, tokens: list[Token], j: int) -> bool:
    for i in (j + 1, j + 2):
        if i >= len(tokens):
            return False
        t = tokens[i]
        if t.text.lower() in ctx.lex.casualty_nouns or t.lemma_.lower() in ctx.lex.casualty_nouns:
            return True
        if not (t.is_alpha and t.is_lower) or ctx.mention_at(t) is not None:
            return False
    return False


def _breaks(ctx: ArticleContext, t: Token) -> bool:
    """A comma, a clause-break word or a conjunction ends the clause ('троє людей, ще одинадцятеро')."""
    low = t.text.lower()
    return (t.is_punct and not t.is_quote) or low in ctx.lex.clause_breaks or low in ctx.lex.conjunctions
