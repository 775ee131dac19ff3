"""Relations between entities: positions, nationality, parts of states, membership, containment."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.model import EntityType, Fact, Mention

from .context import ArticleContext, SentenceView
from .media import media_relations
from .offices import acquaintances, office_spokesperson, organisation_before
from .refs import gazetteer_ref
from .world import World

__all__ = ["sentence_relations", "article_relations"]

_TITLE_SCAN = 9


def sentence_relations(ctx: ArticleContext, view: SentenceView, previous: SentenceView | None, w: World) -> list[Fact]:
    out: list[Fact] = []
    out += positions(ctx, view, w)
    out += nationality(ctx, view, w)
    out += state_bodies(ctx, view, w)
    out += membership(ctx, view, previous, w)
    out += bracketed_places(ctx, view)
    out += media_relations(ctx, view, w)
    out += acquaintances(ctx, view)
    return out


# -- positions ------------------------------------------------------------------------------

def _title_at(ctx: ArticleContext, tokens: list[Token], k: int) -> tuple[int, str] | None:
    """The longest title starting at token k: (number of tokens, canonical title)."""
    best = None
    first = tokens[k]
    starts = ctx.lex.title_starts
    if first.lemma_.lower() not in starts and first.text.lower() not in starts:
        return None
    for n in (3, 2, 1):
        if k + n > len(tokens):
            continue
        seq = tokens[k: k + n]
        if any(ctx.mention_at(t) for t in seq):
            continue
        for key in (tuple(t.lemma_.lower() for t in seq), tuple(t.text.lower() for t in seq)):
            if key in ctx.lex.titles:
                return n, ctx.lex.titles[key]
    return best


def positions(ctx: ArticleContext, view: SentenceView, w: World | None = None) -> list[Fact]:
    """"President of X, Name", "head of the Committee Name", "Name, ambassador of X"."""
    tokens, out = view.tokens(), []
    k = 0
    while k < len(tokens):
        found = _title_at(ctx, tokens, k)
        if found is None:
            k += 1
            continue
        n, title = found
        holder, org = _scan_after(ctx, tokens, k + n)
        holder = holder or _holder_before(ctx, tokens, k) or _holder_parsed(ctx, tokens[k + n - 1])
        if holder is not None and org is None:
            org = organisation_before(ctx, tokens[k], title)
            if w is not None and title in ctx.lex.spokesperson_titles:
                out.extend(office_spokesperson(ctx, view, tokens, k + n, holder, w))
        if holder is not None and org is not None and holder is not org:
            out.extend(_position_facts(ctx, view, holder, org, title))
        k += n
    return out


def _scan_after(ctx: ArticleContext, tokens: list[Token], start: int) -> tuple[Mention | None, Mention | None]:
    orgs: list[Mention] = []
    j, steps = start, 0
    while j < len(tokens) and steps < _TITLE_SCAN:
        steps += 1
        t = tokens[j]
        m = ctx.mention_at(t)
        if m is None:
            low = t.text.lower()
            if (low in ctx.lex.clause_breaks and not _is_quote(t)) or (t.is_punct and low != "," and not _is_quote(t)) \
                    or t.pos_ in ("VERB", "AUX"):
                break
            if low == "," and not (j + 1 < len(tokens) and _is_person(ctx.mention_at(tokens[j + 1]))):
                break
            j += 1
            continue
        nxt = ctx.mention_at(tokens[_after(tokens, j, m)]) if _after(tokens, j, m) < len(tokens) else None
        if m.type == EntityType.PERSON and not _is_person(nxt):
            return m, (orgs[0] if orgs else None)
        prev = tokens[j - 1].text.lower() if j > 0 else ""
        if not (orgs and prev in ctx.lex.place_preps):
            orgs.append(m)
        j = _after(tokens, j, m)
    return None, (orgs[0] if orgs else None)


def _is_quote(t: Token) -> bool:
    return t.is_quote or t.text in {'"', "«", "»", "„", "”", "“"}


def _after(tokens: list[Token], j: int, m: Mention) -> int:
    while j < len(tokens) and tokens[j].idx < m.end:
        j += 1
    return j


def _is_person(m: Mention | None) -> bool:
    return m is not None and m.type == EntityType.PERSON


def _holder_before(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """"Name, a title of X": the person right before the title (past articles and one comma)."""
    j = k - 1
    while j >= 0 and (tokens[j].text == "," or tokens[j].text.lower() in ctx.lex.articles) and k - j <= 3:
        j -= 1
    m = ctx.mention_at(tokens[j]) if j >= 0 and j < k - 1 else None
    return m if _is_person(m) else None


def _holder_parsed(ctx: ArticleContext, title: Token) -> Mention | None:
    """"Name, a musician and the director of X": up from the title through conjuncts and appositions."""
    if not ctx.has_parse:
        return None
    token = title
    for _ in range(3):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            return None
        token = token.head
        m = ctx.mention_at(token)
        if m is not None:
            return m if _is_person(m) else None
    return None


def _position_facts(ctx: ArticleContext, view: SentenceView, holder: Mention, org: Mention, title: str) -> list[Fact]:
    facts = [Fact(ctx.ref(holder), "holdsPosition", ctx.ref(org), view.sentence, title)]
    if title in ctx.lex.spokesperson_titles:
        facts.append(Fact(ctx.ref(holder), "spokespersonOf", ctx.ref(org), view.sentence, title))
    if title in ctx.lex.employment_titles and org.type == EntityType.ORGANIZATION:
        facts.append(Fact(ctx.ref(holder), "worksFor", ctx.ref(org), view.sentence, title))
    return facts


# -- nationality ----------------------------------------------------------------------------

def nationality(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"a Kyrgyz musician, Name", "Kyrgyzstani Name", "Name, a musician from Kyrgyzstan"."""
    out = []
    tokens = view.tokens()
    for k, t in enumerate(tokens):
        if ctx.mention_at(t) is not None:
            continue
        country = w.demonym(t.text)
        if country is None:
            continue
        person = _described_person(ctx, tokens, k)
        if person is not None:
            out.append(Fact(ctx.ref(person), "nationality", gazetteer_ref(country.id), view.sentence))
    for m in view.mentions:
        if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id) and ctx.has_parse:
            person = _from_country(ctx, m)
            if person is not None:
                out.append(Fact(ctx.ref(person), "nationality", ctx.ref(m), view.sentence))
    return out


def _described_person(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    if ctx.has_parse:
        token = tokens[k]
        for _ in range(4):
            for child in token.children:
                m = ctx.mention_at(child)
                if child.dep_ in ("appos", "compound", "flat", "nmod") and _is_person(m):
                    return m
            if token.head.i == token.i or token.dep_ not in ("amod", "compound", "appos", "conj", "nmod", "flat"):
                break
            token = token.head
            m = ctx.mention_at(token)
            if m is not None:
                return m if _is_person(m) else None
        return None
    for j in range(k + 1, min(k + 4, len(tokens))):
        m = ctx.mention_at(tokens[j])
        if m is not None:
            return m if _is_person(m) else None
        if tokens[j].is_punct:
            return None
    return None


def _from_country(ctx: ArticleContext, place: Mention) -> Mention | None:
    root = ctx.root_of(place)
    if root is None or root.head.lemma_.lower() not in ctx.lex.from_preps and not any(
            c.dep_ == "case" and c.lemma_.lower() in ctx.lex.from_preps for c in root.children):
        return None
    noun = root.head.head if root.dep_ == "pobj" else root.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in list(noun.children) + [noun.head]:
        m = ctx.mention_at(child)
        if _is_person(m) and child.dep_ in ("appos", "compound", "flat") or (_is_person(m) and noun.dep_ == "appos"):
            return m
    return None


# -- parts of states, membership, containment -----------------------------------------------

def state_bodies(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"Ministry of Foreign Affairs of X", "МИД X" (genitive next to it), "Kyrgyz Foreign Ministry"."""
    out: list[Fact] = []
    tokens = view.tokens()
    for m in view.mentions:
        if m.type != EntityType.ORGANIZATION or w.is_country(m.gazetteer_id):
            continue
        partner = _coordinated(ctx, tokens, m)
        shared = _country_in_name(partner, w) if partner is not None else None
        if shared is not None and _country_in_name(m, w) is None:
            out.append(Fact(ctx.ref(m), "partOf", gazetteer_ref(shared.id), view.sentence))
            continue
        first = m.text.split()[0] if m.text.split() else ""
        country = w.demonym(first) if len(m.text.split()) > 1 else None
        if country is not None:
            out.append(Fact(ctx.ref(m), "partOf", gazetteer_ref(country.id), view.sentence))
            continue
        named = _country_in_name(m, w)
        if named is not None:
            out.append(Fact(ctx.ref(m), "partOf", gazetteer_ref(named.id), view.sentence))
            continue
        nxt = _next_mention(ctx, tokens, m)
        if nxt is not None and nxt.type == EntityType.PLACE and w.is_country(nxt.gazetteer_id):
            out.append(Fact(ctx.ref(m), "partOf", ctx.ref(nxt), view.sentence))
    return out


def _coordinated(ctx: ArticleContext, tokens: list[Token], m: Mention) -> Mention | None:
    """"the Ministry of Culture and the Ministry of Foreign Affairs of X": the organisation after "and"."""
    j = next((i for i, t in enumerate(tokens) if t.idx >= m.end), None)
    if j is None or j >= len(tokens) or tokens[j].pos_ != "CCONJ" and tokens[j].text.lower() not in ctx.lex.conjunctions:
        return None
    for k in range(j + 1, min(j + 3, len(tokens))):
        other = ctx.mention_at(tokens[k])
        if other is not None:
            return other if other.type == EntityType.ORGANIZATION else None
    return None


def _country_in_name(m: Mention, w: World):
    """"Ministry of Foreign Affairs of X", "МИД X": a country as the last word(s) of the name."""
    for text in dict.fromkeys((m.text, m.normal)):
        words = text.split()
        for n in (1, 2):
            if len(words) > n:
                for entry in w.gazetteer.lookup(" ".join(words[-n:])):
                    if w.is_country(entry.id):
                        return entry
    return None


def _next_mention(ctx: ArticleContext, tokens: list[Token], m: Mention) -> Mention | None:
    """The mention right after m, past at most one of-word (and only of-words)."""
    j = next((i for i, t in enumerate(tokens) if t.idx >= m.end), None)
    if j is None:
        return None
    if tokens[j].text.lower() in ctx.lex.of_words:
        j += 1
    return ctx.mention_at(tokens[j]) if j < len(tokens) else None


def membership(ctx: ArticleContext, view: SentenceView, previous: SentenceView | None, w: World) -> list[Fact]:
    """"an alliance of A, B and C", "the group is formed by A, B, C": each country a member."""
    words = {t.lemma_.lower() for t in view.tokens()} | {t.text.lower() for t in view.tokens()}
    if not words & ctx.lex.membership:
        return []
    countries = [m for m in view.mentions if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id)]
    if len({m.gazetteer_id for m in countries}) < 2:
        return []
    orgs = [m for m in view.mentions if m.type == EntityType.ORGANIZATION]
    if not orgs and previous is not None:
        orgs = [m for m in previous.mentions if m.type == EntityType.ORGANIZATION][-1:]
    if not orgs:
        return []
    org = orgs[-1]
    return [Fact(ctx.ref(c), "memberOf", ctx.ref(org), view.sentence) for c in countries]


def bracketed_places(ctx: ArticleContext, view: SentenceView) -> list[Fact]:
    """"Village (Region)": the place in brackets contains the one before."""
    out = []
    tokens = view.tokens()
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "(":
            continue
        before, inside = ctx.mention_at(tokens[k - 1]), ctx.mention_at(tokens[k + 1])
        if before and inside and before.type == inside.type == EntityType.PLACE and before is not inside:
            out.append(Fact(ctx.ref(before), "containedInPlace", ctx.ref(inside), view.sentence))
    return out


def article_relations(ctx: ArticleContext, w: World) -> Iterator[Fact]:
    """Cities and regions in countries the article names (the gazetteer knows where they lie)."""
    named = {m.gazetteer_id for m in ctx.mentions if w.is_country(m.gazetteer_id)}
    done: set[str] = set()
    for view in ctx.views:
        for m in view.mentions:
            country = w.country_of(m.gazetteer_id)
            if country is None or country.id not in named or m.gazetteer_id is None or m.gazetteer_id in done:
                continue
            done.add(m.gazetteer_id)
            yield Fact(ctx.ref(m), "containedInPlace", gazetteer_ref(country.id), view.sentence)
