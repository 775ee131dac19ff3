"""Rule 2: resolution inside one article (partial names, initials, acronyms, metonymy)."""
from __future__ import annotations

from kgraph.model import EntityType, Mention
from kgraph.translit import to_latin

import re

from .gazetteer_link import Linker
from .names import ParsedName, parse_name, spells_acronym, stem
from .state import State

__all__ = ["link_article", "person_words", "thing_words", "names_countries", "MAX_ACRONYM_GAP", "THING_RATIO"]

_WORDS = re.compile(r"[\s\-\u2010-\u2015]+")

MAX_ACRONYM_GAP = 3  # characters between a name and its acronym: " (" in "Organisation (OSCE)"
THING_RATIO = 5  # a word named alone as a body this many times more than in full person names

_Unit = tuple[tuple[str, ...], tuple[str, ...]]  # (sorted tokens, sorted initials)


def link_article(state: State, idxs: list[int]) -> None:
    """Join the mentions of one article that name the same thing."""
    _same_name(state, idxs)
    _metonymy(state, idxs)
    _partial_persons(state, idxs)
    _mistyped_people(state, idxs)
    _acronyms(state, idxs)
    _partial_bodies(state, idxs)


def person_words(state: State) -> set[int]:
    """One-word place or organisation mentions that are a word of a full person name of their
    article ('Соколова', 'Maria' beside 'Мария Соколова'): in that context the name of a town
    or a body is not certain, the person is. Gazetteer people and acronyms are left alone."""
    words: dict[str, set[str]] = {}
    for i, m in enumerate(state.mentions):
        name = state.names[i]
        if m.type == EntityType.PERSON and name.full and not m.gazetteer_id and not names_countries(m, state.linker):
            words.setdefault(m.article_id, set()).update(name.tokens)
    out = set()
    for i, m in enumerate(state.mentions):
        name = state.names[i]
        if m.type == EntityType.PERSON or len(name.tokens) != 1 or name.acronym:
            continue
        here = words.get(m.article_id, set())
        written = parse_name(m.text, m.lang).tokens  # as written: a gazetteer normal may be the town's own name
        if name.tokens[0] in here or (len(written) == 1 and written[0] in here):
            out.add(i)
    return out


def names_countries(m: Mention, linker: Linker) -> bool:
    """Whether every word of a name is a country's name ('Унгария-Полша', 'Hungary-Poland': the
    two countries' veto, read as a person's name): no person is named so."""
    words = [w for w in _WORDS.split(m.normal or m.text) if w]
    return len(words) >= 2 and all(linker.country_named(w, m.lang) for w in words)


def thing_words(state: State) -> set[str]:
    """Words the corpus names alone as an organisation, place, event or product (unknown to the
    gazetteer) THING_RATIO times more often than it names full people holding them: 'Nordair'
    of a hundred mentions beside 'Nordair Michael Brennan', a span cut badly once. Read as a
    person alone in an article of such a span, the word is not that 'person' (:func:`_partial_persons`)."""
    alone: dict[str, int] = {}
    support: dict[str, int] = {}
    for i, m in enumerate(state.mentions):
        name = state.names[i]
        if m.type == EntityType.PERSON:
            if name.full:
                for token in set(name.tokens):
                    support[token] = support.get(token, 0) + 1
        elif len(name.tokens) == 1 and not name.acronym and not state.uf.gid[state.uf.find(i)]:
            alone[name.tokens[0]] = alone.get(name.tokens[0], 0) + 1
    return {t for t, n in support.items() if alone.get(t, 0) >= THING_RATIO * n}


def _same_name(state: State, idxs: list[int]) -> None:
    first: dict[tuple, int] = {}
    for i in idxs:
        m, name = state.mentions[i], state.names[i]
        if not name.key:
            continue
        if m.type == EntityType.PERSON:
            key: tuple = (m.type, name.identity, tuple(sorted(name.initials)))
        else:
            key = (m.type, name.key)
        state.uf.union(first.setdefault(key, i), i)


def _metonymy(state: State, idxs: list[int]) -> None:
    """A one-word organisation named like a place of the same article is that place."""
    places = {state.names[i].key: i for i in idxs if state.mentions[i].type == EntityType.PLACE}
    for i in idxs:
        name = state.names[i]
        if state.mentions[i].type == EntityType.ORGANIZATION and len(name.tokens) == 1 and not name.acronym:
            if name.key in places and state.uf.union(places[name.key], i):
                state.retyped[i] = EntityType.PLACE


def _more_specific(big: _Unit, small: _Unit) -> bool:
    """``big`` names a person that ``small`` names partially (a surname, initials, one name). A
    number is no part of a name that leaves it out when two words or more remain: 'Varta Stream'
    is not 'Varta Stream 2' (a thing read as a person), but 'Henry' may be 'Henry VIII'."""
    big_tokens, small_tokens = set(big[0]), set(small[0])
    if not small_tokens <= big_tokens:
        return False
    extra = big_tokens - small_tokens
    if len(small_tokens) >= 2 and any(t.isdigit() for t in extra):
        return False
    if not extra and not set(small[1]) < set(big[1]):
        return False
    free = {t[0] for t in extra} | set(big[1])
    return all(letter in free for letter in small[1])


def _partial_persons(state: State, idxs: list[int]) -> None:
    units: dict[_Unit, list[int]] = {}
    for i in idxs:
        name = state.names[i]
        if state.retyped.get(i, state.mentions[i].type) == EntityType.PERSON and name.tokens:
            if len(name.tokens) == 1 and not name.initials and name.tokens[0] in state.thing_words:
                continue  # a body's name read as a person's: the corpus decides (crossdoc)
            units.setdefault((name.identity, tuple(sorted(name.initials))), []).append(i)
    order = sorted(units, key=lambda u: (-len(u[0]), -len(u[1]), u))
    find = state.uf.find
    by_token: dict[str, list[_Unit]] = {}  # units already seen (all at least as specific), by word
    for unit in order:
        pools = [by_token.get(t, []) for t in set(unit[0])]
        pool = min(pools, key=len)
        roots = {find(units[big][0]) for big in pool if _more_specific(big, unit)}
        if len(roots) == 1:
            state.uf.union(roots.pop(), units[unit][0])
        elif len(roots) > 1:
            state.ambiguous.update(units[unit])
        for token in set(unit[0]):
            by_token.setdefault(token, []).append(unit)


def _mistyped_people(state: State, idxs: list[int]) -> None:
    """A non-person name made of the words of one full person name of the article is that person.

    (``Petrov Ivan`` tagged as an organisation beside ``Ivan Petrov``.) Names the gazetteer
    knows are left alone: a city named after a person stays the city. A 'person' named with a
    number is a thing read as one; a name without that number is not it ('Varta Stream' beside
    'Varta Stream 2').
    """
    find, uf = state.uf.find, state.uf
    people: dict[str, set[int]] = {}
    numbers: dict[int, set[str]] = {}
    for i in idxs:
        name = state.names[i]
        if state.mentions[i].type == EntityType.PERSON and name.full:
            for token in name.tokens:
                people.setdefault(token, set()).add(find(i))
                if token.isdigit():
                    numbers.setdefault(find(i), set()).add(token)
    for i in idxs:
        name = state.names[i]
        if state.mentions[i].type == EntityType.PERSON or name.acronym or not name.tokens or uf.gid[find(i)]:
            continue
        roots = set.intersection(*(people.get(t, set()) for t in name.tokens))
        roots = {find(r) for r in roots if numbers.get(r, set()) <= set(name.tokens)}
        if len(roots) == 1 and uf.union(roots.pop(), i):
            state.retyped[i] = EntityType.PERSON


def _partial_bodies(state: State, idxs: list[int]) -> None:
    """A body named by its head noun alone ('Unia', 'Komisja', 'unie', 'Союз') after its full name
    in the article ('Unia Europejska', 'Evropská unie', 'Европейский союз') is that body, when
    exactly one organisation of the article begins or ends on that word (by stem). A name of
    two joined by a hyphen ('Velomed-Genvax', a partnership) is no body's full name here."""
    ms, names, find = state.mentions, state.names, state.uf.find
    full: dict[str, set[int]] = {}  # stem of a first or last word -> roots of multi-word organisations
    for i in idxs:
        name = names[i]
        if (ms[i].type == EntityType.ORGANIZATION and len(name.tokens) >= 2 and not name.acronym
                and "-" not in ms[i].text):
            for token in {name.tokens[0], name.tokens[-1]}:
                if not token.isdigit():
                    full.setdefault(stem(token), set()).add(find(i))
    for i in idxs:
        name = names[i]
        if ms[i].type != EntityType.ORGANIZATION or len(name.tokens) != 1 or name.acronym or name.initials:
            continue
        if state.uf.gid[find(i)]:
            continue
        roots = {find(r) for r in full.get(stem(name.tokens[0]), ())}
        if len(roots) == 1:
            state.uf.union(roots.pop(), i)


def _acronyms(state: State, idxs: list[int]) -> None:
    """An acronym joins the full name written right next to it, or the one name whose initials spell it."""
    ms, names = state.mentions, state.names
    acronyms = [i for i in idxs if names[i].acronym]
    if not acronyms:
        return
    full = [i for i in idxs if not names[i].acronym and len(names[i].tokens) >= 2]
    for a in acronyms:
        m = ms[a]
        for j in idxs:  # the names written right beside it (a pair: no other mention decides it)
            if j != a and _beside(ms[j], m, names[j]):
                state.uf.union(j, a)
        spelled = {state.uf.find(i) for i in full if ms[i].type == m.type and _spells(m.text, ms[i])}
        if len(spelled) == 1:
            state.uf.union(spelled.pop(), a)


def _beside(full: Mention, acronym: Mention, name: ParsedName) -> bool:
    """``Organisation for X (OFX)`` / ``OFX (Organisation for X)``: adjacent, same type, same first letter.

    The first letter guards against datelines such as ``DUSHANBE, Tajikistan``. A name of another
    type joins when the acronym spells it: a body's name a model read as a person's
    ('Vereinigung Falke (VF)').
    """
    gap = acronym.begin - full.end if full.end <= acronym.begin else full.begin - acronym.end
    if not 0 <= gap <= MAX_ACRONYM_GAP or name.acronym or len(name.tokens) < 2 \
            or full.type != acronym.type and not _spells(acronym.text, full):
        return False
    first = (full.normal or full.text).lstrip()[:1].casefold()
    letter = acronym.text.strip()[:1].casefold()
    return first == letter or to_latin(first)[:1] == to_latin(letter)[:1]


def _spells(acronym: str, mention: Mention) -> bool:
    return spells_acronym(acronym, mention.normal or mention.text) or spells_acronym(acronym, mention.text)
