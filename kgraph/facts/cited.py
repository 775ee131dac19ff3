"""Names an interview phrase cites ("в эфире телеканала X", "у розмові із X", "in an interview with X",
``interview_phrases`` of cues.json): the outlet that carried someone's words, never a participant
of the sentence's events nor its speaker, and the phrase's own words ("розмові") trigger no event."""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityType, Mention

from .context import ArticleContext

__all__ = ["source_phrase_words", "cited_mentions", "CITED_REACH"]

CITED_REACH = 4  # words between a phrase and the name it cites: "в эфире | британского телеканала | X"


def _matches(ctx: ArticleContext, forms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every interview phrase in the word forms."""
    out: list[tuple[int, int]] = []
    for phrase in ctx.lex.interview_phrases:
        n = len(phrase)
        out.extend((k, k + n) for k in range(len(forms) - n + 1) if tuple(forms[k:k + n]) == phrase)
    return out


def source_phrase_words(ctx: ArticleContext, tokens: list[Token]) -> set[int]:
    """Positions (in ``tokens``) of the words of interview phrases."""
    forms = [t.text.lower() for t in tokens]
    return {i for start, end in _matches(ctx, forms) for i in range(start, end)}


def cited_mentions(ctx: ArticleContext, tokens: list[Token]) -> list[Mention]:
    """The first organisation or person named within :data:`CITED_REACH` words after each
    interview phrase, with no punctuation between."""
    forms = [t.text.lower() for t in tokens]
    out: list[Mention] = []
    for _, end in _matches(ctx, forms):
        for j in range(end, min(end + CITED_REACH, len(tokens))):
            if tokens[j].is_punct:
                break
            m = ctx.mention_at(tokens[j])
            if m is not None:
                if m.type in (EntityType.ORGANIZATION, EntityType.PERSON) and m not in out:
                    out.append(m)
                break
    return out
