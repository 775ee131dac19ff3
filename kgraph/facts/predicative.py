"""Positions the verb states: "X is the chief executive of Y", "X является председателем правления Y",
"X jest prezesem spółki Y", "X heads Y", "X возглавляет совет директоров Y", "X входит в совет
директоров Y" (the titles of :mod:`kgraph.facts.relations` after a copula; the verbs, organ nouns
and copulas are each language's ``titles.json``).

The holder is the person named just before the verb (or before "who"/"который" and a comma); the
organisation is the one named in the title's phrase, or right after the verb past the words of a
body's organ ("the board of", "совет директоров"). A past copula ("was", "являлся", "był") makes
the position a former one; a verb of becoming ("became", "стал", "został") does not.
"""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityRef, EntityType, Fact, Mention

from .context import ArticleContext, SentenceView
from .media import media_lexicon
from .relations import _before_title, _index_of, _position_facts, _scan_after, _title_at
from .world import World

__all__ = ["predicative_positions"]

_SUBJECT_REACH = 6  # tokens between the holder's name and the verb at most
_OBJECT_REACH = 9  # tokens between the verb and the organisation's name at most
_BETWEEN = frozenset({"ADJ", "ADV", "DET", "ADP", "CCONJ", "PART"})  # words an organ's phrase may hold
_QUOTES = frozenset("«»„“”\"'")


def predicative_positions(ctx: ArticleContext, view: SentenceView, w: World | None = None) -> list[Fact]:
    """The positions a sentence states with a copula and a title, or with a verb of heading."""
    lex, tokens, out = ctx.lex, view.tokens(), []
    for k, t in enumerate(tokens):
        if ctx.mention_at(t) is not None:
            continue
        lemma, text = t.lemma_.lower(), t.text.lower()
        copula = lemma in lex.copulas or text in lex.copulas
        becoming = lemma in lex.becoming_verbs or text in lex.becoming_verbs
        office = lex.office_verbs.get(lemma) or lex.office_verbs.get(text)
        board = lex.board_verbs.get(lemma) or lex.board_verbs.get(text)
        if not (copula or becoming or office or board):
            continue
        holder = _subject(ctx, tokens, k)
        if holder is None:
            continue
        if copula or becoming:
            found = _titled(ctx, tokens, k, w)
            if found is None:
                continue
            title, org, org_ref, former = found
            former = former or (copula and _past(ctx, t))
            if holder.type != EntityType.PERSON and title not in lex.membership_titles:
                continue  # a body or a country is a member or shareholder of another, never its minister
        elif holder.type != EntityType.PERSON:
            continue
        else:
            org = _organ_object(ctx, tokens, k + 1, needs_organ=office is None)
            if org is None:
                continue
            title, org_ref, former = office or board or "", ctx.ref(org), False
        if org_ref is not None and org_ref != ctx.ref(holder) and holder.type != EntityType.PERSON:
            if org is not None and org.type == EntityType.ORGANIZATION and not former:
                out.append(Fact(ctx.ref(holder), "memberOf", org_ref, view.sentence, title))  # a body holds no job
        elif org_ref is not None and org_ref != ctx.ref(holder):
            out.extend(_position_facts(ctx, view, holder, org_ref, title, org, "former" if former else None))
    return out


def _titled(ctx: ArticleContext, tokens: list[Token], k: int, w: World | None
            ) -> tuple[str, Mention | None, EntityRef | None, bool] | None:
    """The title after a copula (past articles, adverbs and "as"), and the organisation or country
    of its phrase: (title, organisation mention, its ref, whether the title is a former one)."""
    j = k + 1
    while j < len(tokens) and j - k <= 3 and ctx.mention_at(tokens[j]) is None and (
            tokens[j].text.lower() in ctx.lex.articles or (tokens[j].pos_ in ("ADV", "ADP", "DET", "ADJ")
                                                           or tokens[j].dep_ == "compound" or _untagged_word(ctx, tokens[j]))
            and _title_at(ctx, tokens, j) is None):
        j += 1  # "is a minority shareholder", "є міноритарним акціонером" (no tagger: any lower-case word)
    if j >= len(tokens):
        return None
    found = _title_at(ctx, tokens, j)
    if found is None:
        return None
    n, title, prefixed = found
    person, org = _scan_after(ctx, tokens, j + n)
    if person is not None:
        return None  # "X is the wife of President Y": the title is another's
    former, country, _ = _before_title(ctx, tokens, j, w)
    ref = ctx.ref(org) if org is not None else country
    return title, org, ref, prefixed or former


def _untagged_word(ctx: ArticleContext, t: Token) -> bool:
    """Without a tagger, a lower-case word that is no clause break, copula or verb of heading may qualify a title."""
    low = t.text.lower()
    return not ctx.has_parse and not t.pos_ and t.is_alpha and t.is_lower and low not in ctx.lex.clause_breaks \
        and low not in ctx.lex.copulas and t.lemma_.lower() not in ctx.lex.copulas


def _past(ctx: ArticleContext, verb: Token) -> bool:
    """A past form of the copula ('was', 'являлся', 'był'): the position is no longer held."""
    return "Past" in verb.morph.get("Tense", []) or verb.text.lower() in ctx.lex.past_copulas


def _subject(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """The person (or body, or country: :data:`_HOLDERS`) named just before the verb: past adverbs,
    dates and a title's words, and past "X, who" / "X, который" / "X, являющийся" (a participle
    right after the comma); never across another verb or a clause break, never a name that a
    relation word governs ("the son of X heads")."""
    j, relative = k - 1, False
    relations = media_lexicon(ctx.lang).relations
    if k > 0 and tokens[k - 1].text == "," and _participle(ctx, tokens[k]):
        j, relative = k - 2, True  # "Фонд X, являющийся акционером Y": X
    while j >= 0 and k - j <= _SUBJECT_REACH:
        t = tokens[j]
        opening = _opening_bracket(tokens, j)
        if opening is not None:
            j = opening - 1  # "Fund Name (ACRONYM), являющийся": the bracket repeats the name before it
            continue
        m = ctx.mention_at(t)
        if m is not None:
            if m.type not in _HOLDERS:
                return None
            i = _index_of(tokens, m) - 1
            before = tokens[i] if i >= 0 else None
            if before is not None and (before.lemma_.lower() in relations or before.text.lower() in relations):
                return None
            return m
        low = t.text.lower()
        if j == k - 1 and not relative and (low in _RELATIVE_HINTS or low in ctx.lex.relative_pronouns) \
                and j > 0 and tokens[j - 1].text == ",":
            relative = True  # "X, který je", "X, който е": the name before the comma
        elif low in ctx.lex.clause_breaks and not _is_quote(t):
            if relative or j != k - 1 or t.pos_ not in ("PRON", "DET", "SCONJ") and low not in _RELATIVE_HINTS \
                    and low not in ctx.lex.relative_pronouns:
                return None
            relative = True  # "X, who heads", "X, который возглавляет": the name before the comma
        elif t.pos_ in ("VERB", "AUX") or (t.is_punct and low != ","):
            return None
        elif low == "," and not relative:
            return None  # "X, the company heads": a comma only before a relative word
        j -= 1
    return None


def _opening_bracket(tokens: list[Token], j: int, reach: int = 4) -> int | None:
    """Where the bracket closed at ``j`` opens, when it is a short one ("(NAPF)"); else None."""
    if tokens[j].text != ")":
        return None
    return next((i for i in range(j - 1, max(j - 1 - reach, -1), -1) if tokens[i].text == "("), None)


_RELATIVE_HINTS = frozenset({"who", "который", "которая", "który", "która", "який", "яка"})
_HOLDERS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def _participle(ctx: ArticleContext, verb: Token) -> bool:
    """An active participle or adverbial one ('являющийся', 'being'), by the parser's morphology;
    Polish ('będący') by SGJP's class of the word (no tagger)."""
    forms = verb.morph.get("VerbForm", [])
    if "Part" in forms or "Conv" in forms:
        return True
    if ctx.lang != "pl" or not verb.is_alpha:
        return False
    from kgraph.nlp.morfeusz import analyse

    return "pact" in analyse(verb.text).classes


def _organ_object(ctx: ArticleContext, tokens: list[Token], start: int, *, needs_organ: bool) -> Mention | None:
    """The organisation right after a verb of heading, past a body's organ and the small words of
    its phrase ("heads the board of X", "возглавлял наблюдательный совет, а позже комитет
    акционеров компании X"); with ``needs_organ``, only past an organ noun ("входит в совет
    директоров X", not "входит в X")."""
    organ = False
    for j in range(start, min(start + _OBJECT_REACH, len(tokens))):
        t = tokens[j]
        m = ctx.mention_at(t)
        if m is not None:
            return m if m.type == EntityType.ORGANIZATION and (organ or not needs_organ) else None
        lemma, low = t.lemma_.lower(), t.text.lower()
        if lemma in ctx.lex.organ_nouns or low in ctx.lex.organ_nouns:
            organ = True
        elif lemma in ctx.lex.organisation_nouns or low in ctx.lex.organisation_nouns or low in ctx.lex.of_words \
                or low in ctx.lex.articles or low in ctx.lex.conjunctions or low in ctx.lex.place_preps or low == "," or t.text in _QUOTES \
                or t.pos_ in _BETWEEN:
            continue
        else:
            return None
    return None


def _is_quote(t: Token) -> bool:
    return t.is_quote or t.text in _QUOTES
