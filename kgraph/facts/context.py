"""One article seen by the fact extractor: sentences, tokens, the mentions on them, pronoun fallback."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from kgraph.model import EntityRef, EntityType, Mention, Sentence
from kgraph.parse import ParsedArticle

from .coref import agrees, pronoun_gender
from .lexicon import Lexicon, lexicon_for
from .refs import mention_ref

__all__ = ["ArticleContext", "SentenceView"]


@dataclass
class SentenceView:
    """A sentence with its tokens and the mentions that lie in it."""

    sentence: Sentence
    span: Span
    mentions: list[Mention]
    _tokens: list[Token] | None = field(default=None, init=False, repr=False, compare=False)
    memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)  # per sentence, by name

    def tokens(self) -> list[Token]:
        """The sentence's tokens but whitespace (computed once; callers must not change the list)."""
        if self._tokens is None:
            self._tokens = [t for t in self.span if not t.is_space]
        return self._tokens


@dataclass
class ArticleContext:
    parsed: ParsedArticle
    mentions: list[Mention]
    lex: Lexicon = field(init=False)
    has_parse: bool = field(init=False)
    views: list[SentenceView] = field(init=False)
    _by_token: dict[int, Mention] = field(init=False)
    speakers: list[Mention] = field(default_factory=list)  # persons quoted so far, in text order
    # (canonical title, holder, the body the title named or None) found so far
    titled: list[tuple[str, Mention, EntityRef | None]] = field(default_factory=list)
    cited: list[Mention] = field(default_factory=list)  # organisations cited as sources ("according to X")
    memo: dict[str, Any] = field(default_factory=dict)  # what a stage computes once per article, by name

    def __post_init__(self) -> None:
        doc = self.parsed.doc
        self.lex = lexicon_for(self.parsed.article.lang)
        self.has_parse = any(t.dep_ and t.dep_ != "dep" for t in doc) and any(t.head.i != t.i for t in doc)
        self._by_token = {}
        for m in self.mentions:
            for t in doc.char_span(m.begin, m.end, alignment_mode="expand") or ():
                self._by_token.setdefault(t.i, m)
        self.views = self._views()

    def _views(self) -> list[SentenceView]:
        doc, out = self.parsed.doc, []
        for s in self.parsed.sentences:
            span = doc.char_span(s.begin, s.end, alignment_mode="expand")
            if span is None:
                continue
            inside = [m for m in self.mentions if s.begin <= m.begin and m.end <= s.end]
            out.append(SentenceView(s, span, inside))
        return out

    @property
    def lang(self) -> str:
        return self.parsed.article.lang

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def root_of(self, mention: Mention) -> Token | None:
        """The syntactic head of a mention's tokens (the one whose head lies outside)."""
        span = self.parsed.doc.char_span(mention.begin, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for t in span:
            if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
                return t
        return span[-1]

    def is_pronoun(self, token: Token) -> bool:
        return token.text.lower() in self.lex.pronouns

    def speaker_for_pronoun(self, token: Token, reach: int = 600) -> Mention | None:
        """"..., he said": the person last quoted shortly before, else :meth:`person_for_pronoun`."""
        gender = pronoun_gender(self, token)
        recent = [m for m in self.speakers if m.type == EntityType.PERSON and 0 <= token.idx - m.end <= reach
                  and agrees(self, m, gender)]
        return recent[-1] if recent else self.person_for_pronoun(token)

    def person_for_pronoun(self, token: Token) -> Mention | None:
        """The person a personal pronoun most likely stands for: the last one named before whose
        given name is not of the pronoun's other gender ("she" is not the man named last), else the
        article's most named person (when of that gender)."""
        gender = pronoun_gender(self, token)
        before = [m for m in self.mentions if m.type == EntityType.PERSON and m.end <= token.idx and agrees(self, m, gender)]
        if before:
            return before[-1]
        main = self.main_person()
        return main if main is not None and agrees(self, main, gender) else None

    def speaker_for_first_person(self, token: Token, reach: int = 600) -> Mention | None:
        """"I", "me" in a quote: the person quoted shortly before, else the article's main person
        (a report quotes its protagonist)."""
        recent = [m for m in self.speakers if m.type == EntityType.PERSON and 0 <= token.idx - m.end <= reach]
        return recent[-1] if recent else self.main_person()

    def main_person(self) -> Mention | None:
        """The article's most named person (its first mention), None without persons."""
        persons = [m for m in self.mentions if m.type == EntityType.PERSON]
        if not persons:
            return None
        top = Counter(m.normal for m in persons).most_common(1)[0][0]
        return next(m for m in persons if m.normal == top)

    def is_first_person(self, token: Token) -> bool:
        return token.text.lower() in self.lex.first_person

    @staticmethod
    def ref(mention: Mention) -> EntityRef:
        return mention_ref(mention)
