"""Relations between entities: positions, nationality, parts of states, membership, containment."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.gazetteer import name_key
from kgraph.lang import all_language_data, language_data
from kgraph.model import EntityRef, EntityType, Fact, Mention, RefKind
from kgraph.resolve.names import spells_acronym

from .context import ArticleContext, SentenceView
from .coref import company_of_country_noun
from .coref import same_name as coref_same_name
from .coref import agrees, pronoun_gender, verb_gender
from .lexicon import facts_data
from .media import media_lexicon, media_relations
from .offices import acquaintances, body_of_title, office_spokesperson, organisation_before
from .refs import gazetteer_ref
from .world import World

__all__ = ["sentence_relations", "article_relations"]

_TITLE_SCAN = 9
_MEMBER_REACH = 4  # a membership word this close to one of the countries it lists
_OPENING = frozenset("([{«„“\"")
_CLOSING = frozenset(",.;:!?)]}»”\"")


def sentence_relations(ctx: ArticleContext, view: SentenceView, previous: SentenceView | None, w: World) -> list[Fact]:
    out: list[Fact] = []
    out += positions(ctx, view, w)
    out += nationality(ctx, view, w)
    out += state_bodies(ctx, view, w)
    out += membership(ctx, view, previous, w)
    out += bracketed_places(ctx, view)
    out += places_in(ctx, view, w)
    out += adjective_places(ctx, view, w)
    out += media_relations(ctx, view, w)
    out += acquaintances(ctx, view)
    return out


# -- positions ------------------------------------------------------------------------------

def _title_words(ctx: ArticleContext, t: Token) -> tuple[str, str, bool]:
    """(lemma, text) of a token in lower case, less a glued 'former' prefix ("экс-канцлер"), and
    whether it had one."""
    lemma, text = t.lemma_.lower(), t.text.lower()
    for prefix in ctx.lex.former_prefixes:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            return (lemma[len(prefix):] if lemma.startswith(prefix) else text[len(prefix):]), text[len(prefix):], True
    return lemma, text, False


def _title_at(ctx: ArticleContext, tokens: list[Token], k: int, inside: Mention | None = None
              ) -> tuple[int, str, bool] | None:
    """The longest title starting at token k: (number of tokens, canonical title, whether its first
    word carries a 'former' prefix). Tokens written together count as one word ("прем'єр-міністр"
    may reach the tokenizer as three)."""
    lemma, text, prefixed = _title_words(ctx, tokens[k])
    starts = ctx.lex.title_starts
    glued = _glued(tokens, k)
    if lemma not in starts and text not in starts and glued is None:
        return None
    for n in (4, 3, 2, 1):
        if k + n > len(tokens):
            continue
        seq = tokens[k: k + n]
        if any(ctx.mention_at(t) is not inside for t in seq):
            continue
        rest_lemmas = tuple(t.lemma_.lower() for t in seq[1:])
        rest_texts = tuple(t.text.lower() for t in seq[1:])
        for key in ((lemma, *rest_lemmas), (text, *rest_texts), (lemma, *rest_texts)):
            if key in ctx.lex.titles:
                return n, ctx.lex.titles[key], prefixed
    if glued is not None:
        n, words = glued
        if all(ctx.mention_at(t) is inside for t in tokens[k:k + n]):
            for word in words:
                for prefix in ("", *ctx.lex.former_prefixes):
                    if word.startswith(prefix) and (word[len(prefix):],) in ctx.lex.titles:
                        return n, ctx.lex.titles[(word[len(prefix):],)], bool(prefix)
    return None


def _glued(tokens: list[Token], k: int) -> tuple[int, tuple[str, ...]] | None:
    """Tokens k.. written with no space between them: (how many, the word as written and with the
    last piece's lemma), or None for a token that stands alone."""
    j = k
    while j + 1 < len(tokens) and not tokens[j].whitespace_ and tokens[j + 1].idx == tokens[j].idx + len(tokens[j].text) \
            and tokens[j].text not in _OPENING and tokens[j + 1].text not in _CLOSING and j - k < 4:
        j += 1
    if j == k:
        return None
    head = "".join(t.text for t in tokens[k:j]).lower()
    return j - k + 1, (head + tokens[j].text.lower(), head + tokens[j].lemma_.lower())


def positions(ctx: ArticleContext, view: SentenceView, w: World | None = None) -> list[Fact]:
    """"President of X, Name", "head of the Committee Name", "Name, ambassador of X", "Estonian
    Prime Minister Name", "Name, the former minister of X"."""
    tokens, out = view.tokens(), []
    implicit: list[tuple[Mention, str, str | None]] = []  # national titles with no country in their phrase
    chain: tuple[Mention | None, int] = (None, -1)  # the holder of the last title found before its name, where it stands
    k = 0
    while k < len(tokens):
        found = _title_at(ctx, tokens, k)
        if found is None:
            k += 1
            continue
        n, title, prefixed = found
        holder, org = _scan_after(ctx, tokens, k + n)
        if holder is not None and holder is chain[0] and k < chain[1]:
            # "press secretary of the president X": "president" qualifies the first title, X does not hold it
            k += n
            continue
        if holder is not None:
            chain = (holder, _index_of(tokens, holder))
        former, country, stop = _before_title(ctx, tokens, k, w)
        holder = holder or _holder_before(ctx, tokens, stop) or _holder_parsed(ctx, tokens[k + n - 1])
        if holder is not None and org is None and chain[0] is holder:
            org = _of_after(ctx, tokens, holder)
        org_ref = ctx.ref(org) if org is not None else None
        portfolio = _portfolio(ctx, tokens, k + n, holder) if holder is not None else None
        if holder is not None and org is None:  # a post for a named event is no ministry's named before
            org = None if portfolio is not None else \
                organisation_before(ctx, tokens[k], title) or body_of_title(ctx, view, tokens, k, n, holder)
            org_ref = ctx.ref(org) if org is not None else country or _title_body(title, w)
            if w is not None and title in ctx.lex.spokesperson_titles:
                out.extend(office_spokesperson(ctx, view, tokens, k + n, holder, w))
                out.extend(_possessor_spokesperson(ctx, view, tokens, stop, holder))
        qualifier = "former" if prefixed or former else None
        if holder is not None and portfolio is not None:  # 'міністр з питань Brexit X': X answers for Brexit
            out.append(Fact(ctx.ref(holder), "responsibleFor", ctx.ref(portfolio), view.sentence, title, qualifier))
        if holder is not None and org_ref is not None and org_ref != ctx.ref(holder):
            officer = org is not None and _title_between(ctx, tokens, k + n, org)  # 'пресс-секретарь президента X'
            out.extend(_position_facts(ctx, view, holder, org_ref, title, org, qualifier, speaks=not officer))
            if officer and w is not None and qualifier is None and title in ctx.lex.spokesperson_titles:
                out.extend(office_spokesperson(ctx, view, tokens, k + n, holder, w))  # the president's, by the gazetteer
        elif holder is not None and org_ref is None and title in ctx.lex.national_titles:
            implicit.append((holder, title, qualifier))
        if holder is not None and org_ref is None and qualifier is None:
            ctx.titled.append((title, holder, None))
        k += n
    out += _titles_in_names(ctx, view, w)
    return out + _implicit_countries(ctx, view, w, implicit, out)


def _title_between(ctx: ArticleContext, tokens: list[Token], start: int, org: Mention) -> bool:
    """Another title stands between a title and its organisation ('пресс-секретарь президента РФ
    X', 'rzecznik ministra spraw zagranicznych X'): the first title serves that officer."""
    return any(t.idx < org.begin and _title_at(ctx, tokens, i) is not None
               for i, t in enumerate(tokens) if i >= start)


def _portfolio(ctx: ArticleContext, tokens: list[Token], start: int, holder: Mention) -> Mention | None:
    """The named event between a title and its holder's name ('minister for Brexit X', 'министр по
    делам Brexit X'): what the post answers for, not the body it is held in."""
    for t in tokens[start:]:
        if t.idx >= holder.begin:
            return None
        m = ctx.mention_at(t)
        if m is not None and m.type == EntityType.EVENT:
            return m
    return None


def _title_body(title: str, w: World | None) -> EntityRef | None:
    """The body a title names by itself ('eurocommissioner': the European Union), of the
    ontology's titles.json ``bodies``."""
    name = facts_data("titles.json").get("bodies", {}).get("titles", {}).get(title)
    entry = w.organisation(name) if w is not None and name else None
    return gazetteer_ref(entry.id) if entry is not None else None


def _countries_of(ctx: ArticleContext, view: SentenceView, w: World | None) -> dict[str, EntityRef]:
    """The countries a sentence names, by gazetteer id -> a ref: names and adjectives ("Polish")."""
    found: dict[str, EntityRef] = {}
    if w is None:
        return found
    for t in view.tokens():
        m = ctx.mention_at(t)
        if m is not None:
            if m.gazetteer_id and w.is_country(m.gazetteer_id):
                found.setdefault(m.gazetteer_id, ctx.ref(m))
        elif (country := w.demonym(t.text)) is not None:
            found.setdefault(country.id, gazetteer_ref(country.id))
    return found


def _countries_in_names(ctx: ArticleContext, view: SentenceView, w: World) -> dict[str, EntityRef]:
    """The countries the sentence's bodies are of ("Служба безпеки України"), by gazetteer id."""
    found: dict[str, EntityRef] = {}
    for m in view.mentions:
        if m.type == EntityType.ORGANIZATION and (entry := _country_in_name(m, w, ctx)) is not None:
            found.setdefault(entry.id, gazetteer_ref(entry.id))
    return found


def _implicit_countries(ctx: ArticleContext, view: SentenceView, w: World | None,
                        implicit: list[tuple[Mention, str, str | None]], found: list[Fact]) -> list[Fact]:
    """"Premier X" with no country in the phrase: the one country the sentence names that no other
    position of the sentence took; with none named, the one country the sentence before names."""
    if not implicit or w is None:
        return []
    here = _countries_of(ctx, view, w) or _countries_in_names(ctx, view, w)
    taken = set()
    for f in found:
        if f.predicate == "holdsPosition":
            taken.add(f.object.entry if f.object.kind is RefKind.GAZETTEER else next(
                (m.gazetteer_id for m in view.mentions if ctx.ref(m) == f.object), None))
    free = {gid: ref for gid, ref in here.items() if gid not in taken}
    last = _last_national_country(ctx, w)
    if len(free) > 1:  # 'делегацію X на переговорах з Y очолить міністр Z': the article's country, else X
        free = _narrowed(ctx, free, last)
    if not here:
        i = next((i for i, v in enumerate(ctx.views) if v is view), 0)
        # 'Y attacked X. Minister Z condemned the attack': the countries of what Z reacts to are not Z's
        free = _countries_of(ctx, ctx.views[i - 1], w) if i > 0 and not _reacts(ctx, view) else {}
        if len(free) > 1:
            free = _narrowed(ctx, free, last)
        if not free and last is not None:
            free = {last.entry: last}
    if len(free) != 1:
        return []
    ref = next(iter(free.values()))
    out: list[Fact] = []
    for holder, title, qualifier in implicit:
        if not any(f.subject == ctx.ref(holder) and f.predicate == "holdsPosition" for f in found):
            out.extend(_position_facts(ctx, view, holder, ref, title, None, qualifier))
    return out


def _narrowed(ctx: ArticleContext, free: dict[str, EntityRef], last: EntityRef | None) -> dict[str, EntityRef]:
    """Of several countries a title could be of: the one named as no preposition's object ('з Y',
    'on Y', 'против Y' are others; an adjective, 'the Russian attack', names a party, not the title's
    country), else the one the article's last national title was of."""
    doc = ctx.parsed.doc
    out = {}
    for gid, ref in free.items():
        if ref.kind is not RefKind.MENTION:
            continue
        span = doc.char_span(ref.begin, ref.end, alignment_mode="expand")
        before = doc[span.start - 1] if span is not None and span.start > 0 else None
        if before is not None and before.text.lower() not in ctx.lex.of_words and (before.pos_ == "ADP" or before.text.lower() in ctx.lex.prepositions
                                   or before.text.lower() in ctx.lex.place_preps or before.text.lower() in ctx.lex.to_preps
                                   or before.text.lower() in ctx.lex.between_preps):
            continue
        out[gid] = ref
    if len(out) != 1 and last is not None and last.entry in free:
        return {last.entry: last}
    return out


def _reacts(ctx: ArticleContext, view: SentenceView) -> bool:
    """A reaction verb in the sentence ('condemned', 'осудил'; events.json ``reaction_verbs``)."""
    words = [(t.lemma_.lower(), t.text.lower()) for t in view.tokens()]
    for phrase in ctx.lex.reaction_verbs:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if all(phrase[j] in words[i + j] for j in range(n)):
                return True
    return False


def _last_national_country(ctx: ArticleContext, w: World) -> EntityRef | None:
    """The country of the last national title the article gave before ("Interior Minister X" of
    Romania): a national title with no country in its sentence or the one before stays in it."""
    for title, _, ref in reversed(ctx.titled):
        if ref is None or title not in ctx.lex.national_titles:
            continue
        gid = ref.entry if ref.kind is RefKind.GAZETTEER else next(
            (m.gazetteer_id for m in ctx.mentions if ctx.ref(m) == ref), None)
        if gid and w.is_country(gid):
            return gazetteer_ref(gid)
    return None


def _titles_in_names(ctx: ArticleContext, view: SentenceView, w: World | None) -> list[Fact]:
    """"Ministerpräsident Anna Kask" read as one name (a reader that takes every capitalised run
    for a name): the title at the start of a person's name, the country before it or after "of"."""
    tokens, out = view.tokens(), []
    for m in view.mentions:
        if m.type != EntityType.PERSON:
            continue
        k = _index_of(tokens, m)
        found = _title_at(ctx, tokens, k, inside=m) if k < len(tokens) and ctx.mention_at(tokens[k]) is m else None
        if found is None or _after(tokens, k, m) - k <= found[0]:
            continue
        n, title, prefixed = found
        former, country, _ = _before_title(ctx, tokens, k, w)
        org = _of_after(ctx, tokens, m)
        org_ref = ctx.ref(org) if org is not None else country
        if org_ref is not None:
            out.extend(_position_facts(ctx, view, m, org_ref, title, org, "former" if prefixed or former else None))
    return out


def _of_after(ctx: ArticleContext, tokens: list[Token], holder: Mention) -> Mention | None:
    """"Prime Minister Name of X": the place or organisation after the name and an of-word."""
    j = _after(tokens, _index_of(tokens, holder), holder)
    if j + 1 < len(tokens) and tokens[j].text.lower() in ctx.lex.of_words:
        m = ctx.mention_at(tokens[j + 1])
        if m is not None and m.type in (EntityType.PLACE, EntityType.ORGANIZATION):
            return m
    return None


def _index_of(tokens: list[Token], m: Mention) -> int:
    return next((i for i, t in enumerate(tokens) if t.idx >= m.begin), len(tokens))


def _before_title(ctx: ArticleContext, tokens: list[Token], k: int, w: World | None) -> tuple[bool, EntityRef | None, int]:
    """What stands right before a title: a 'former' word, a country's adjective ("Estonian",
    "pakistański", "российский") or a place or organisation it modifies ("Gdańsk Mayor", "Skyway
    CEO"). (former, the country or organisation ref, the index where the title's phrase begins)."""
    former, ref, j = False, None, k - 1
    while j >= 0 and k - j <= 4:
        t = tokens[j]
        low, m = t.text.lower(), ctx.mention_at(t)
        if (m is None or m.text.lower() == low) and (low in ctx.lex.former or t.lemma_.lower() in ctx.lex.former):
            former = former or not _copula_after_adjective(ctx, tokens, j)  # also when a reader took it for a name
        elif m is None and low in ctx.lex.articles:
            pass
        elif m is None and w is not None and ref is None and (country := w.demonym(t.text)) is not None:
            ref = gazetteer_ref(country.id)
        elif m is not None and ref is None and j == k - 1 and m.type in (EntityType.PLACE, EntityType.ORGANIZATION) \
                and not _after_preposition(ctx, tokens, m):
            ref = ctx.ref(m)
            j = _index_of(tokens, m) - 1
            continue
        else:
            break
        j -= 1
    return former, ref, j + 1


def _copula_after_adjective(ctx: ArticleContext, tokens: list[Token], j: int) -> bool:
    """'Na uroczystości obecni byli przewodniczący X': a form of both 'former' and the past copula
    (Polish 'byli', 'była') right after a predicative adjective or participle is the verb ('were
    present'), not 'former' (SGJP's classes of the word before; no other language shares the forms)."""
    if ctx.lang != "pl" or j == 0 or tokens[j].text.lower() not in ctx.lex.past_copulas or not tokens[j - 1].is_alpha:
        return False
    from kgraph.nlp.morfeusz import analyse

    classes = analyse(tokens[j - 1].text).classes
    return bool(classes & {"adj", "ppas", "pact"}) and not classes & {"prep", "conj", "praet", "fin"}


def _after_preposition(ctx: ArticleContext, tokens: list[Token], m: Mention) -> bool:
    """"w Polsce premier ...": a name governed by a preposition does not modify the title after it."""
    i = _index_of(tokens, m) - 1
    return i >= 0 and (tokens[i].pos_ == "ADP" or tokens[i].text.lower() in ctx.lex.place_preps)


def _possessor_spokesperson(ctx: ArticleContext, view: SentenceView, tokens: list[Token], stop: int,
                            holder: Mention) -> list[Fact]:
    """"X's spokesman Y": Y speaks for the person X (who holds no title here); "X will come, her
    spokesman Y said": a possessive pronoun stands for the person of its gender named last before it."""
    if stop >= 1 and tokens[stop - 1].text.lower() in ctx.lex.possessive_pronouns and ctx.mention_at(tokens[stop - 1]) is None:
        gender = pronoun_gender(ctx, tokens[stop - 1])
        owners = [m for m in view.mentions if _is_person(m) and m.end <= tokens[stop - 1].idx and m is not holder
                  and agrees(ctx, m, gender)]
        return [Fact(ctx.ref(holder), "spokespersonOf", ctx.ref(owners[-1]), view.sentence, "Spokesperson")] if owners else []
    if stop < 2 or tokens[stop - 1].text.lower() not in _possessives():
        return []
    m = ctx.mention_at(tokens[stop - 2])
    if m is None or not _is_person(m) or m is holder:
        return []
    return [Fact(ctx.ref(holder), "spokespersonOf", ctx.ref(m), view.sentence, "Spokesperson")]


@functools.lru_cache(maxsize=1)
def _possessives() -> frozenset[str]:
    return frozenset(w.lower() for data in all_language_data() for w in data.cues.possessives)


def _scan_after(ctx: ArticleContext, tokens: list[Token], start: int) -> tuple[Mention | None, Mention | None]:
    orgs: list[Mention] = []
    j, steps = start, 0
    while j < len(tokens) and steps < _TITLE_SCAN:
        steps += 1
        t = tokens[j]
        m = ctx.mention_at(t)
        if m is None:
            low = t.text.lower()
            if j > start + 1 and _opens_title(ctx, tokens, j):
                break  # "Президент України зустрівся з прем'єр-міністром X": X is the second title's
            if (low in ctx.lex.clause_breaks and not _is_quote(t)) or (t.is_punct and low != "," and not _is_quote(t)) \
                    or t.pos_ in ("VERB", "AUX"):
                break
            if low == "," and not (j + 1 < len(tokens) and _is_person(ctx.mention_at(tokens[j + 1]))):
                break
            j += 1
            continue
        nxt = ctx.mention_at(tokens[_after(tokens, j, m)]) if _after(tokens, j, m) < len(tokens) else None
        if m.type == EntityType.PERSON and not _is_person(nxt):
            bodies = [o for o in orgs if o.type != EntityType.EVENT]  # 'minister for Brexit X': the portfolio
            return m, (bodies[0] if bodies else None)  # ('director of the festival' after the name: the body)
        prev = tokens[j - 1].text.lower() if j > 0 else ""
        if not (orgs and prev in ctx.lex.place_preps):
            orgs.append(m)
        j = _after(tokens, j, m)
    return None, (orgs[0] if orgs else None)


def _opens_title(ctx: ArticleContext, tokens: list[Token], j: int) -> bool:
    """A preposition (not an of-word) with a title right after it: "met with Prime Minister X" opens
    a phrase of its own, whose name is not the earlier title's."""
    low = tokens[j].text.lower()
    if low in ctx.lex.of_words or not (low in ctx.lex.prepositions or tokens[j].pos_ == "ADP"):
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].text.lower() in ctx.lex.articles:
        k += 1
    return k < len(tokens) and ctx.mention_at(tokens[k]) is None and _title_at(ctx, tokens, k) is not None


def _is_quote(t: Token) -> bool:
    return t.is_quote or t.text in {'"', "«", "»", "„", "”", "“"}


def _after(tokens: list[Token], j: int, m: Mention) -> int:
    while j < len(tokens) and tokens[j].idx < m.end:
        j += 1
    return j


def _is_person(m: Mention | None) -> bool:
    return m is not None and m.type == EntityType.PERSON


def _holder_before(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """"Name, a title of X": the person right before the title's phrase (past articles and one comma)."""
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


def _position_facts(ctx: ArticleContext, view: SentenceView, holder: Mention, org_ref: EntityRef, title: str,
                    org: Mention | None, qualifier: str | None = None, speaks: bool = True) -> list[Fact]:
    """The position, and what a current one adds: whom a spokesperson speaks for (``speaks``
    False: an officer's, 'the spokesman of the president of X' speaks for the president, not X),
    whose member or employee the holder is."""
    facts = [Fact(ctx.ref(holder), "holdsPosition", org_ref, view.sentence, title, qualifier)]
    if qualifier is None:
        ctx.titled.append((title, holder, org_ref))  # "the minister said" further on: coref.titled_person
    if qualifier is not None:
        return facts  # a former spokesperson or employee no longer speaks or works for them
    if title in ctx.lex.spokesperson_titles and speaks:
        facts.append(Fact(ctx.ref(holder), "spokespersonOf", org_ref, view.sentence, title))
    if title in ctx.lex.membership_titles and org is not None and org.type == EntityType.ORGANIZATION:
        facts.append(Fact(ctx.ref(holder), "memberOf", org_ref, view.sentence, title))
    if title in ctx.lex.employment_titles and org is not None and org.type == EntityType.ORGANIZATION:
        facts.append(Fact(ctx.ref(holder), "worksFor", org_ref, view.sentence, title))
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
        if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id):
            person = _from_country(ctx, m) if ctx.has_parse else _from_country_window(ctx, tokens, m)
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


def _from_country_window(ctx: ArticleContext, tokens: list[Token], place: Mention) -> Mention | None:
    """Without a parse: "nauczycielka z Kenii Rebecca Tanu", a lower-case noun, a from-word,
    the country and right after it a person's name (the noun describes that person)."""
    k = _index_of(tokens, place)
    j = _after(tokens, k, place)
    if k < 2 or j >= len(tokens) or tokens[k - 1].text.lower() not in ctx.lex.from_preps:
        return None
    noun = tokens[k - 2]
    if not noun.is_alpha or noun.text != noun.text.lower() or ctx.mention_at(noun) is not None \
            or noun.pos_ in ("VERB", "AUX", "ADP", "ADV", "PRON") or verb_gender(ctx, noun) is not None:
        return None  # "wrócił z Islandii": a verb's from-phrase says where from, not whose country
    m = ctx.mention_at(tokens[j])
    return m if _is_person(m) else None


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
        shared = _country_in_name(partner, w, ctx) if partner is not None else None
        if shared is not None and _country_in_name(m, w, ctx) is None:
            out.append(Fact(ctx.ref(m), "partOf", gazetteer_ref(shared.id), view.sentence))
            continue
        first = m.text.split()[0] if m.text.split() else ""
        country = w.demonym(first) if len(m.text.split()) > 1 and is_institution(m) else None  # 'Турецкий коридор' is a pipeline
        if country is not None:
            out.append(Fact(ctx.ref(m), "partOf", gazetteer_ref(country.id), view.sentence))
            continue
        named = _country_in_name(m, w, ctx)
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


def _country_in_name(m: Mention, w: World, ctx: ArticleContext | None = None):
    """"Ministry of Foreign Affairs of X", "МИД X": a country as the last word(s) of the name, also
    in an inflected form ("МВД Пакистана", "Нафтогаз України": the last word's lemma)."""
    for text in dict.fromkeys((m.text, m.normal, *(_lemma_tail(ctx, m) if ctx is not None else ()))):
        words = text.split()
        for n in (1, 2):
            if len(words) > n:
                for entry in w.gazetteer.lookup(" ".join(words[-n:])):
                    if w.is_country(entry.id):
                        return entry
    return None


def _lemma_tail(ctx: ArticleContext, m: Mention) -> tuple[str, ...]:
    """The mention's words with the last one in its dictionary forms (the pipeline's lemma, and
    pymorphy3's readings for Russian and Ukrainian)."""
    span = ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return ()
    last = span[-1]
    forms = [last.lemma_]
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import word_forms

        forms += list(word_forms(last.text, ctx.lang))
    head = span[:-1].text
    return tuple(f"{head} {form[:1].upper()}{form[1:]}" for form in dict.fromkeys(forms) if form)


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
    tokens = view.tokens()
    cues = [i for i, t in enumerate(tokens) if t.lemma_.lower() in ctx.lex.membership or t.text.lower() in ctx.lex.membership]
    if not cues:
        return []
    near = {t.i for i in cues for t in tokens[max(0, i - _MEMBER_REACH): i + _MEMBER_REACH + 1]}
    countries = [m for m in view.mentions if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id)]
    if not any(t.i in near for m in countries for t in tokens if m.begin <= t.idx < m.end):
        return []  # "clients from A, B and C ... some members of our staff": the word is about something else
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
        before, inside = ctx.mention_at(tokens[k - 1]), ctx.mention_at(tokens[k + 1]) or _division(ctx, tokens, k + 1)
        if before and inside and before.type == inside.type == EntityType.PLACE and before is not inside:
            out.append(Fact(ctx.ref(before), "containedInPlace", ctx.ref(inside), view.sentence))
        elif before and inside and before.type == EntityType.PERSON and inside.type == EntityType.ORGANIZATION \
                and _closes(tokens, k + 1, inside) and not is_media_name(ctx, inside) \
                and not spells_acronym(inside.text, before.text):  # "Name Of Union (NOU)": the name again, no party
            out.append(Fact(ctx.ref(before), "memberOf", ctx.ref(inside), view.sentence))  # "Name (Party)"
    return out


def _division(ctx: ArticleContext, tokens: list[Token], j: int) -> Mention | None:
    """"(провинция Панджаб)", "(Punjab province)": the region a bracket names with the word of its
    kind before or after it, the bracket closing there."""
    nouns = _division_nouns(ctx.lang)
    start = j
    while j < len(tokens) and j - start < 2 and (tokens[j].lemma_.lower() in nouns or tokens[j].text.lower() in nouns):
        j += 1
    m = ctx.mention_at(tokens[j]) if j < len(tokens) else None
    if m is None or m.type != EntityType.PLACE:
        return None
    end = _after(tokens, j, m)
    named = j > start
    while end < len(tokens) and (tokens[end].lemma_.lower() in nouns or tokens[end].text.lower() in nouns):
        end, named = end + 1, True
    return m if named and end < len(tokens) and tokens[end].text == ")" else None


@functools.lru_cache(maxsize=None)
def _division_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_data(lang).places.division_nouns)


@functools.lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Head words of bodies that sit somewhere (courts, parliaments, institutes), every language."""
    return frozenset(w.lower() for data in all_language_data() for w in data.names.organization_heads)


def is_institution(m: Mention) -> bool:
    words = {w.lower() for w in f"{m.text} {m.normal}".split()}
    return bool(words & _heads())


def places_in(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"Nowa Hawań in Russia" / "Новой Гавани в России": a place in a country (one the gazetteer does not
    put elsewhere); "the Constitutional Court in Karlsruhe": a body in a city (a body's name has a
    head word such as court, parliament, institute; a company's staff abroad are not its seat)."""
    tokens, out = view.tokens(), []
    for m in view.mentions:
        if m.type not in (EntityType.PLACE, EntityType.ORGANIZATION) or w.is_country(m.gazetteer_id):
            continue
        j = _after(tokens, _index_of(tokens, m), m)
        if j + 1 >= len(tokens) or tokens[j].text.lower() not in ctx.lex.place_preps:
            continue
        y = ctx.mention_at(tokens[j + 1])
        if y is None or y is m or y.type != EntityType.PLACE:
            continue
        country = w.is_country(y.gazetteer_id)
        if m.type == EntityType.PLACE and country:
            known = w.country_of(m.gazetteer_id)
            if known is None or known.id == y.gazetteer_id:
                out.append(Fact(ctx.ref(m), "containedInPlace", ctx.ref(y), view.sentence))
        elif m.type == EntityType.ORGANIZATION and not country and is_institution(m):
            out.append(Fact(ctx.ref(m), "location", ctx.ref(y), view.sentence))
    return out


def adjective_places(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"w pendżabskim mieście X", "російську Нову Гавань", "Российский Энергопром", "польское сетевое
    издание X": a country's adjective before a place or organisation (past at most two lower-case
    words, never a preposition) puts it in that country."""
    tokens, out = view.tokens(), []
    small = ctx.lex.place_preps | ctx.lex.to_preps | ctx.lex.from_preps | ctx.lex.of_words | ctx.lex.articles
    for m in view.mentions:
        if (m.type not in (EntityType.PLACE, EntityType.ORGANIZATION) and not _outlet_product(ctx, m)) \
                or w.is_country(m.gazetteer_id):
            continue
        k = _index_of(tokens, m)
        for j in range(k - 1, max(k - 4, -1), -1):
            t = tokens[j]
            if ctx.mention_at(t) is not None or not t.is_alpha:
                break
            country = w.demonym(t.text)
            region = _region_of_adjective(ctx, t, m) if country is None and m.type == EntityType.PLACE else None
            if region is not None:
                out.append(Fact(ctx.ref(m), "containedInPlace", ctx.ref(region), view.sentence))
                break
            if country is not None:
                known = w.country_of(m.gazetteer_id)
                if m.type == EntityType.PLACE and (known is None or known.id == country.id):
                    out.append(Fact(ctx.ref(m), "containedInPlace", gazetteer_ref(country.id), view.sentence))
                elif m.type != EntityType.PLACE and _country_in_name(m, w, ctx) is None:
                    out.append(Fact(ctx.ref(m), "location", gazetteer_ref(country.id), view.sentence))
                break
            if t.text != t.text.lower() or len(t.text) < 4 or t.text.lower() in small or t.pos_ in ("ADP", "VERB", "AUX"):
                break
    return out + _country_nouns(ctx, view, w)


def _country_nouns(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"Российская компания владеет ...": the company a country's adjective and a bare company noun
    stand for (``coref.company_of_country_noun``) is in that country."""
    def country_of(word: str) -> str | None:
        found = w.demonym(word)
        return found.id if found is not None else None

    out = []
    for t in view.tokens():
        m = company_of_country_noun(ctx, t, country_of)
        country = country_of(t.doc[t.i - 1].text) if m is not None else None
        if m is not None and country is not None and _country_in_name(m, w, ctx) is None:
            out.append(Fact(ctx.ref(m), "location", gazetteer_ref(country), view.sentence))
    return out


_ADJECTIVE = re.compile(r"^(\w{4,}?)(?:sk|ск|ськ|šk|čk|ck|цк|цьк)\w{1,4}$")


def _region_of_adjective(ctx: ArticleContext, t: Token, m: Mention) -> Mention | None:
    """"w pendżabskim mieście X", "в пенджабском городе X": an adjective made of the name of a place
    the article names (a region, not a country: those are demonyms) is that place."""
    found = _ADJECTIVE.match(name_key(t.text))
    if found is None:
        return None
    stem = found.group(1)
    for other in ctx.mentions:
        if other.type != EntityType.PLACE or other is m or coref_same_name(other, m):
            continue
        key = name_key(other.normal or other.text)
        if " " not in key and len(key) >= 5 and (key == stem or len(stem) >= 5 and key[:-1] == stem):
            return other
    return None


def _outlet_product(ctx: ArticleContext, m: Mention) -> bool:
    """A name typed a product that an outlet noun introduces ("сетевое издание X24"): an outlet."""
    from .coref import _after_media_word

    return m.type == EntityType.PRODUCT and _after_media_word(ctx, m)


def _closes(tokens: list[Token], j: int, m: Mention) -> bool:
    """The bracket opened before token j holds only the mention m."""
    end = _after(tokens, j, m)
    return end < len(tokens) and tokens[end].text == ")"


def is_media_name(ctx: ArticleContext, m: Mention) -> bool:
    """An outlet's name ("(BBC News)", "(Radio X)" credit a source, not a party)."""
    low = f"{m.text} {m.normal}".lower()
    heads = {w.lower() for w in language_data(ctx.lang).names.media_heads}
    return any(c in low for c in media_lexicon(ctx.lang).cues) or bool(set(low.split()) & heads)


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
