"""Names an interview phrase cites ("в эфире телеканала X", "у розмові із X", "in an interview with X",
``interview_phrases`` of cues.json): the outlet that carried someone's words, never a participant
of the sentence's events nor its speaker, and the phrase's own words ("розмові") trigger no event."""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityType, Mention

from .context import ArticleContext
from .lexicon import phrase_spans

__all__ = ["interview_words", "cited_mentions", "CITED_REACH"]

CITED_REACH = 4  # words between a phrase and the name it cites: "в эфире | британского телеканала | X"


def interview_words(ctx: ArticleContext, forms: list[str]) -> set[int]:
    """Positions (in the lower-case word ``forms``) of the words of interview phrases."""
    return {i for start, end in phrase_spans(ctx.lex.interview_phrases, forms) for i in range(start, end)}


def cited_mentions(ctx: ArticleContext, tokens: list[Token]) -> list[Mention]:
    """The first organisation or person named within :data:`CITED_REACH` words after each
    interview phrase, with no punctuation between."""
    forms = [t.text.lower() for t in tokens]
    out: list[Mention] = []
    for _, end in phrase_spans(ctx.lex.interview_phrases, forms):
        for j in range(end, min(end + CITED_REACH, len(tokens))):
            if tokens[j].is_punct:
                break
            m = ctx.mention_at(tokens[j])
            if m is not None:
                if m.type in (EntityType.ORGANIZATION, EntityType.PERSON) and m not in out:
                    out.append(m)
                break
    return out
