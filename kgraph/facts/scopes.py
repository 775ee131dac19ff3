"""A title's scope is not its holder: in "Президент України зустрівся з …", "the President of X met …",
"X's foreign minister said", the country (or body) the title names says whose office it is; the one who
met, said or signed is the office's holder. A title with no name after it stands for the person the
article gave that title of that country before; with none, the country is no party at all."""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityRef, EntityType, Mention, RefKind

from .context import ArticleContext, SentenceView
from .world import world

__all__ = ["title_scopes", "holders_for_scopes", "officers_bodies", "without_officers_bodies"]

_REACH = 3  # of-words and articles between a title's phrase and the country it names, at most


def title_scopes(ctx: ArticleContext, view: SentenceView) -> dict[Mention, Mention | None]:
    """Each country a national title with no name after it names as its scope ('Президент України
    зустрівся') -> the title's holder named before (None when the article named none). Other titles
    ('собрание акционеров X': the shareholders of X) leave their body a party."""
    from .relations import _scan_after, _title_at  # relations imports events' neighbours: a late import

    tokens, out = view.tokens(), {}
    k = 0
    while k < len(tokens):
        found = _title_at(ctx, tokens, k) if ctx.mention_at(tokens[k]) is None else None
        if found is None:
            k += 1
            continue
        n, title, prefixed = found
        scope = _scope_after(ctx, tokens, k + n) or _scope_before(ctx, tokens, k)
        if scope is not None and not prefixed and title in ctx.lex.national_titles and world().is_country(scope.gazetteer_id) \
                and not _after_noun(ctx, tokens, k):
            named, _ = _scan_after(ctx, tokens, k + n)  # 'Президент України зустрівся з прем'єр-міністром X': not X
            if named is None:  # 'Президент України Олег Марченко': he and his country, as the phrase says
                out[scope] = _holder_before(ctx, title, scope, tokens[k])
        k += n
    return out


def holders_for_scopes(scopes: dict[Mention, Mention | None], args: list[tuple[str, Mention]]
                       ) -> list[tuple[str, Mention]]:
    """An event's arguments with the holder of each title whose scope (:func:`title_scopes`) is one
    put before that scope, as a name after the title would be ('Президент України Олег Марченко');
    a scope whose holder the article never named is dropped: the country did not meet, its
    president did."""
    if not scopes:
        return args
    taken = {m for _, m in args}
    out = []
    for slot, m in args:
        if m not in scopes or slot in ("place", "to"):
            out.append((slot, m))
            continue
        holder = scopes[m]
        if holder is None:
            continue
        if holder not in taken:
            out.append((slot, holder))
            taken.add(holder)
        out.append((slot, m))
    return out


def officers_bodies(ctx: ArticleContext, view: SentenceView) -> dict[Mention, Mention]:
    """Each organisation a title names between itself and its holder ('spotkanie prezesa Gazpromu X')
    -> that holder: the firm says whose office it is, the holder acts. A country stays ('міністр
    енергетики РФ X' at talks between states: he stands for it)."""
    from .relations import _scan_after, _title_at  # relations imports events' neighbours: a late import

    tokens = view.tokens()
    out: dict[Mention, Mention] = {}
    k = 0
    while k < len(tokens):
        found = _title_at(ctx, tokens, k) if ctx.mention_at(tokens[k]) is None else None
        if found is None:
            k += 1
            continue
        named, body = _scan_after(ctx, tokens, k + found[0])
        if named is not None and body is not None and body.type == EntityType.ORGANIZATION and body.end <= named.begin:
            out.setdefault(body, named)
        k += found[0]
    return out


def without_officers_bodies(bodies: dict[Mention, Mention], args: list[tuple[str, Mention]]
                            ) -> list[tuple[str, Mention]]:
    """An event's arguments without the body of an officer who is one of them (:func:`officers_bodies`):
    the CEO met the ambassador, not the firm."""
    taken = {m for _, m in args}
    return [(slot, m) for slot, m in args if slot in ("place", "to") or bodies.get(m) not in taken]


def _scope_after(ctx: ArticleContext, tokens: list[Token], j: int) -> Mention | None:
    """"Президент України", "the President of X": the name right after the title, past of-words and articles."""
    for t in tokens[j: j + _REACH]:
        m = ctx.mention_at(t)
        if m is not None:
            return m if m.type != EntityType.PERSON else None
        low = t.text.lower()
        if not (low in ctx.lex.of_words or low in ctx.lex.articles):
            return None
    return None


def _scope_before(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """"X's president", "X-ov predsjednik": the name right before a possessive mark and the title."""
    from .relations import _possessives

    if k < 2 or tokens[k - 1].text.lower() not in _possessives():
        return None
    m = ctx.mention_at(tokens[k - 2])
    return m if m is not None and m.type != EntityType.PERSON else None


def _holder_before(ctx: ArticleContext, title: str, scope: Mention, token: Token) -> Mention | None:
    """The person the article gave this title of this scope last before the token (its positions so far)."""
    for t, holder, org in reversed(ctx.titled):
        if holder.end <= token.idx and t == title and org is not None and _same(ctx, org, scope):
            return holder
    return None


def _same(ctx: ArticleContext, org: EntityRef, scope: Mention) -> bool:
    if org.kind is RefKind.GAZETTEER:
        return bool(scope.gazetteer_id) and org.entry == scope.gazetteer_id
    named = next((m for m in ctx.mentions if m.begin == org.begin and m.end == org.end), None)
    if named is None:
        return False
    if named.gazetteer_id and named.gazetteer_id == scope.gazetteer_id:
        return True
    return (named.normal or named.text).lower() == (scope.normal or scope.text).lower()


def bare_title_holders(ctx: ArticleContext, view: SentenceView) -> list[Mention]:
    """The people the sentence's titles with no name stand for ('Преемник главы МИД пока не назван':
    the foreign minister the article named before), the title read with its own body word ('глава
    МИД'); a title that names a scope takes a holder of that scope only."""
    from .relations import _scan_after, _title_at

    tokens, out = view.tokens(), []
    k = 0
    while k < len(tokens):
        found = None
        if ctx.mention_at(tokens[k]) is None:
            found = _title_with_body(ctx, tokens, k) or _title_at(ctx, tokens, k)
        if found is None:
            k += 1
            continue
        n, title, prefixed = found
        named, _ = _scan_after(ctx, tokens, k + n)
        if named is None and not prefixed:
            scope = _scope_after(ctx, tokens, k + n)
            holder = next((h for t, h, org in reversed(ctx.titled) if t == title and h.end <= tokens[k].idx
                           and (scope is None or org is not None and _same(ctx, org, scope))), None)
            if holder is not None and holder not in out:
                out.append(holder)
        k += n
    return out


def _title_with_body(ctx: ArticleContext, tokens: list[Token], k: int) -> tuple[int, str, bool] | None:
    """'глава МИД', 'szef MSZ': a title word and the body name right after it that the title's own
    words hold (titles.json: 'глава мид' → Foreign Minister); (tokens, canonical title, False)."""
    if k + 1 >= len(tokens) or (body := ctx.mention_at(tokens[k + 1])) is None:
        return None
    words = tuple((body.text or "").lower().split())
    for first in (tokens[k].lemma_.lower(), tokens[k].text.lower()):
        title = ctx.lex.titles.get((first, *words))
        if title is not None:
            n = next((i for i in range(k + 1, len(tokens)) if tokens[i].idx >= body.end), len(tokens)) - k
            return n, title, False
    return None


def _after_noun(ctx: ArticleContext, tokens: list[Token], k: int) -> bool:
    """'кабінет міністрів Чехії', 'Rada Ministrów X': a title right after a common noun is that noun's
    genitive (a body's name), no office whose holder acts."""
    from .args import is_nominal
    from .tense import is_verb_form

    if k == 0:
        return False
    prev = tokens[k - 1]
    if not prev.is_alpha or ctx.mention_at(prev) is not None:
        return False
    if prev.pos_:
        return prev.pos_ == "NOUN"
    return prev.text.lower() not in ctx.lex.of_words and prev.text.lower() not in ctx.lex.articles \
        and is_nominal(ctx, prev) and not is_verb_form(prev, ctx.lang)
