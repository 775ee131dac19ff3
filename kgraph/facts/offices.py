"""Positions the phrase leaves implicit: the organisation of "Deputy Minister X" taken from the
text before it, the office holder of "press secretary of the Kyrgyz President X", and person-to-person
relations ("a friend of the musician, singer X", "X is his close friend")."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from kgraph.lang import all_language_data

from kgraph.model import EntityType, Fact, Mention

from .context import ArticleContext, SentenceView
from .coref import agrees, pronoun_gender, same_name
from .lexicon import facts_data
from .media import media_lexicon
from .refs import gazetteer_ref
from .world import World

__all__ = ["organisation_before", "body_of_title", "office_spokesperson", "acquaintances"]



@functools.lru_cache(maxsize=1)
def _org_stems() -> dict[str, tuple[str, ...]]:
    """Canonical title -> stems an organisation's name must contain to be that title's organisation
    (the stems of every language: 'Deputy Minister X' may follow a name in another script)."""
    stems = tuple(s.lower() for data in all_language_data() for s in data.titles.organisation_stems)
    return {title: stems for title in facts_data("titles.json").get("organisation_of_title", {}).get("titles", ())}


def organisation_before(ctx: ArticleContext, title_token: Token, title: str) -> Mention | None:
    """"Deputy Minister X" with no organisation in the phrase: the closest organisation named before
    in the same paragraph, else earlier in the article, whose name fits the title (a ministry)."""
    stems = _org_stems().get(title)
    if not stems:
        return None
    text = ctx.parsed.article.text
    begin = text.rfind("\n", 0, title_token.idx) + 1
    before = [m for m in ctx.mentions if m.type == EntityType.ORGANIZATION and m.end <= title_token.idx
              and any(s in f"{m.text} {m.normal}".lower() for s in stems)]
    near = [m for m in before if m.begin >= begin]
    found = near or before
    return found[-1] if found else None


_STEM = 6  # letters a title and a body's word share at least: 'Commissioner' of the 'Commission'


def body_of_title(ctx: ArticleContext, view: SentenceView, tokens: list[Token], k: int, n: int,
                  holder: Mention) -> Mention | None:
    """The organisation a title with none in its phrase names by its words: a lower-case noun
    between the title and the name that heads an organisation named before ("rzeczniczka sądu X"
    after "Sąd Okręgowy w Y"), else an organisation named before in the sentence whose word the
    title is made from ("the Commission ..., Commissioner X")."""
    before = [m for m in ctx.mentions if m.type == EntityType.ORGANIZATION and m.end <= tokens[k].idx]
    between = tokens[k + n: next((i for i in range(k + n, len(tokens)) if tokens[i].idx >= holder.begin), k + n)]
    if between and all(t.is_alpha and t.is_lower and ctx.mention_at(t) is None for t in between):
        nouns = {t.lemma_.lower() for t in between if len(t.text) > 2}
        found = [m for m in before if nouns & {w.lower() for w in (m.normal or m.text).split()}]
        if found:
            return found[-1]
    if between:
        return None
    word = tokens[k + n - 1].text.lower()
    for m in reversed([m for m in before if m.begin >= view.sentence.begin]):
        for part in (m.normal or m.text).lower().split():
            common = len(_common_prefix(word, part))
            if common >= _STEM and common == min(len(word), len(part)) and word != part:
                return m
    return None


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def office_spokesperson(ctx: ArticleContext, view: SentenceView, tokens: list[Token], start: int,
                        holder: Mention, w: World) -> list[Fact]:
    """"press secretary of the Kyrgyz President X" / "пресс-секретарь президента Киргизии X": X speaks
    for whoever holds that office (the gazetteer's heads of state, by country and year)."""
    country, office = None, None
    for t in tokens[start:start + 6]:
        m = ctx.mention_at(t)
        if m is holder:
            break
        if m is not None:
            if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id):
                country = country or m.gazetteer_id
                continue
            return []
        title = ctx.lex.titles.get((t.lemma_.lower(),)) or ctx.lex.titles.get((t.text.lower(),))
        demonym = w.demonym(t.text)
        if title is not None:
            office = title
        elif demonym is not None:
            country = country or demonym.id
        elif not (t.text.lower() in ctx.lex.articles or t.text.lower() in ctx.lex.of_words or t.pos_ == "ADP"):
            break
    if country is None or office is None:
        return []
    article = ctx.parsed.article
    person = w.office_holder(office, country, article.date.year if article.date else None)
    if person is None:
        return []
    return [Fact(ctx.ref(holder), "spokespersonOf", gazetteer_ref(person), view.sentence, "Press Secretary")]


def acquaintances(ctx: ArticleContext, view: SentenceView) -> list[Fact]:
    """"X, a friend of Y", "a friend of the musician, singer X" (the musician: the person the text
    is about just before), "подруга музыканта, певица X": X knows Y."""
    ml, tokens, out = media_lexicon(ctx.lang), view.tokens(), []
    for k, t in enumerate(tokens):
        predicate = ml.relations.get(t.lemma_.lower()) or ml.relations.get(t.text.lower())
        if predicate is None or ctx.mention_at(t) is not None:
            continue
        said = _copular(ctx, tokens, k)
        if said is not None:  # "X is his close friend", "X je jeho blízkým přítelem"
            out.append(Fact(ctx.ref(said[0]), predicate, ctx.ref(said[1]), view.sentence))
            continue
        owner = _possessor(ctx, tokens, k)
        if owner is not None:  # "Y's wife X", "Y's lawyer, X"
            friend = next((m for i in range(k + 1, min(k + 4, len(tokens)))
                           if (m := ctx.mention_at(tokens[i])) is not None), None)
            if friend is not None and friend.type == EntityType.PERSON and friend is not owner:
                out.append(Fact(ctx.ref(friend), predicate, ctx.ref(owner), view.sentence))
            continue
        j = k + 1
        while j < len(tokens) and (tokens[j].text.lower() in ctx.lex.articles or tokens[j].text.lower() in ctx.lex.of_words):
            j += 1
        if j >= len(tokens):
            continue
        other = _described(ctx, tokens[j], ml)
        if other is None:
            continue
        friend = _person_near(ctx, tokens, k, j, other)
        if friend is not None:
            out.append(Fact(ctx.ref(friend), predicate, ctx.ref(other), view.sentence))
    return out


_COPULAR_REACH = 600  # characters back the possessive's person may be named
_MODIFIERS = 2  # words ('close', 'old') between the possessive and the relation word at most


def _copular(ctx: ArticleContext, tokens: list[Token], k: int) -> tuple[Mention, Mention] | None:
    """"X is his close friend", "X является его другом", "X je jeho přítelem", "da je X njegov
    prijatelj": (X, the person the possessive stands for). A copula (``titles.json`` ``copulas``)
    joins X to the possessive (``cues.json`` ``possessive_pronouns``); a non-reflexive possessive never
    stands for its clause's subject, so its person is the one of its gender named last before X."""
    j = k - 1
    while j >= 0 and k - 1 - j < _MODIFIERS and _modifier(ctx, tokens[j]):
        j -= 1
    if j < 2 or ctx.mention_at(tokens[j]) is not None or tokens[j].text.lower() not in ctx.lex.possessive_pronouns:
        return None
    subject = _person_ending_at(ctx, tokens, j - 2) if _is_copula(ctx, tokens[j - 1]) else None  # "X is his friend"
    named = ctx.mention_at(tokens[j - 1])
    if subject is None and named is not None and named.type == EntityType.PERSON:  # "da je X njegov prijatelj"
        i = next((i for i in range(j - 1, -1, -1) if tokens[i].idx <= named.begin), 0)
        subject = named if i > 0 and _is_copula(ctx, tokens[i - 1]) else None
    if subject is None:
        return None
    gender = pronoun_gender(ctx, tokens[j])
    owners = [m for m in ctx.mentions if m.type == EntityType.PERSON and m.end <= subject.begin
              and subject.begin - m.end <= _COPULAR_REACH and not same_name(m, subject) and agrees(ctx, m, gender)
              and not _after_media_word(ctx, m)]
    return (subject, owners[-1]) if owners else None


def _after_media_word(ctx: ArticleContext, m: Mention) -> bool:
    """'podle časopisu X', 'газета X': a name right after a media word is an outlet's, whatever its type."""
    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = doc[span.start - 1].text.lower()
    return any(c in word for c in media_lexicon(ctx.lang).cues)


def _modifier(ctx: ArticleContext, t: Token) -> bool:
    """A word that may qualify a relation word ('close', 'blízkým', 'старым'): a lower-case word, no name,
    verb, pronoun or clause break."""
    return t.is_alpha and t.is_lower and ctx.mention_at(t) is None and t.pos_ not in ("VERB", "AUX", "PRON", "NOUN") \
        and t.text.lower() not in ctx.lex.clause_breaks and not ctx.is_pronoun(t) and t.text.lower() not in ctx.lex.possessive_pronouns


def _is_copula(ctx: ArticleContext, t: Token) -> bool:
    return ctx.mention_at(t) is None and (t.lemma_.lower() in ctx.lex.copulas or t.text.lower() in ctx.lex.copulas)


def _person_ending_at(ctx: ArticleContext, tokens: list[Token], i: int) -> Mention | None:
    m = ctx.mention_at(tokens[i]) if i >= 0 else None
    return m if m is not None and m.type == EntityType.PERSON else None


def _possessor(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """The person of "Y's" right before a relation word."""
    if k < 2 or tokens[k - 1].text.lower() not in _possessive_marks():
        return None
    m = ctx.mention_at(tokens[k - 2])
    return m if m is not None and m.type == EntityType.PERSON else None


@functools.lru_cache(maxsize=1)
def _possessive_marks() -> frozenset[str]:
    return frozenset(w.lower() for data in all_language_data() for w in data.cues.possessives)


def _described(ctx: ArticleContext, token: Token, ml) -> Mention | None:
    m = ctx.mention_at(token)
    if m is not None:
        return m if m.type == EntityType.PERSON else None
    if token.lemma_.lower() in ml.person_nouns or token.text.lower() in ml.person_nouns:
        return ctx.person_for_pronoun(token)
    return None


def _person_near(ctx: ArticleContext, tokens: list[Token], k: int, j: int, other: Mention) -> Mention | None:
    """The person the relation word describes: named right before it ("X, a friend of") or in the
    apposition right after the described person (", singer X")."""
    for i in range(k - 1, max(k - 4, -1), -1):
        m = ctx.mention_at(tokens[i])
        if m is not None:
            return m if m.type == EntityType.PERSON and m is not other else None
        if not (tokens[i].text in {",", "—", "–"} or tokens[i].text.lower() in ctx.lex.articles):
            break
    for i in range(j + 1, min(j + 8, len(tokens))):
        m = ctx.mention_at(tokens[i])
        if m is not None and m is not other:
            return m if m.type == EntityType.PERSON else None
        if tokens[i].pos_ in ("VERB", "AUX") or tokens[i].text in {".", ";", ":"}:
            return None
    return None
