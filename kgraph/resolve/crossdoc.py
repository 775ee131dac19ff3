"""Rule 3: resolution across articles and languages, by blocking on keys (never all pairs)."""
from __future__ import annotations

from kgraph.model import EntityType
from kgraph.translit import is_cyrillic

from .calques import link_calques
from .cognates import link_cognates
from .compass import link_compass
from .cued_types import retype_cued_words
from .expansions import link_expansions
from .matching import female_surname_pair, gendered_pair
from .names import deep_stem, derived_bases, stem
from .state import State
from .bare_names import link_bare_variants
from .head_words import link_head_words
from .weak_people import link_weak_people
from .variants import MINOR_RATIO, Item, ItemStats, minor_type_pairs, variant_pairs

__all__ = ["link_corpus", "UNEXPLAINED_RATIO"]

_ARTICLE = "the"  # the key of the English article
UNEXPLAINED_RATIO = 5  # a one-word 'person' this many times more frequent than the full names holding its word


def link_corpus(state: State) -> None:
    """Join components across articles: equal keys, spelling variants, then bare surnames."""
    retype_cued_words(state)
    types = state.component_types()
    items = _exact(state, types)
    _plain_spellings(state, types, items)
    _english_articles(state, items)
    _inflections(items, state)
    _derived_surnames(state, types, items)
    _types_across_languages(state, items)
    _mistyped_people(state, types, items)
    for a, b in variant_pairs(items):
        state.uf.union(a, b)
    for a, b in minor_type_pairs(items):
        if not (state.uf.gid[state.uf.find(a)] and state.uf.gid[state.uf.find(b)]):
            state.uf.union(a, b)
    link_cognates(state, items)
    link_compass(state, items)
    link_calques(state, items)
    link_expansions(state, items)
    _middle_names(state, state.component_types(), items)
    _surnames(state, state.component_types())
    _one_word_people(state, state.component_types(), items)
    link_bare_variants(state)
    link_weak_people(state, items)
    link_head_words(state)


def _exact(state: State, types: dict[int, EntityType]) -> dict[Item, ItemStats]:
    """Union equal full-name keys of one type; return each key's statistics, for variants."""
    items: dict[Item, ItemStats] = {}
    find = state.uf.find
    for i, name in enumerate(state.names):
        kind = types[find(i)]
        if kind == EntityType.PERSON:
            if not name.full or state.mentions[i].type != EntityType.PERSON:
                continue
            item: Item = (kind, name.identity)
        elif name.key:
            item = (kind, tuple(name.key.split()))
        else:
            continue
        stats = items.get(item)
        if stats is None:
            stats = items[item] = ItemStats(i)
        stats.count += 1
        stats.acronym = stats.acronym and name.acronym
        stats.langs.add(state.mentions[i].lang)
        stats.scripts.add(is_cyrillic(state.mentions[i].text))
        state.uf.union(stats.first, i)
    return items


def _item(kind: EntityType, tokens: tuple[str, ...]) -> Item:
    return (kind, tuple(sorted(tokens)) if kind == EntityType.PERSON else tokens)


def _plain_spellings(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A Latin name keyed by its language's orthography ('BioNTech' read as Polish) joins the same
    name keyed as English spells it, as a Cyrillic-language article writes it. Where no article
    writes that spelling, the English reading becomes a key of its own, so that its variants
    meet it: 'Jeremy Calvert' read as Slovene is 'eremi tsalvert', its transcription 'Джеръми
    Калвърт' is of the English reading."""
    find = state.uf.find
    added: dict[Item, ItemStats] = {}
    for i, name in enumerate(state.names):
        if not name.plain or (kind := types[find(i)]) != state.mentions[i].type:
            continue
        if kind == EntityType.PERSON and not name.full:
            continue
        item = _item(kind, name.plain)
        other = items.get(item)
        if other is None:
            other = added.setdefault(item, ItemStats(i, acronym=name.acronym))
            other.count += 1
            other.langs.add(state.mentions[i].lang)
            other.scripts.add(False)
        state.uf.union(other.first, i)
    items.update(added)


def _english_articles(state: State, items: dict[Item, ItemStats]) -> None:
    """A thing's name opened by an English article ('The Financial Times' in a Czech article) is
    the name without it, of one type, when two words or more remain ('The Hague' keeps it)."""
    for (kind, key), stats in sorted(items.items()):
        if kind != EntityType.PERSON and len(key) >= 3 and key[0] == _ARTICLE:
            if (other := items.get((kind, key[1:]))) is not None:
                state.uf.union(other.first, stats.first)


def _inflections(items: dict[Item, ItemStats], state: State) -> None:
    """Keys equal but for case endings (an inflected form the pipeline did not bring to its base
    form: 'Lenfilmu', 'Известиям', 'Jana Olbrychta') are one name of one type, by
    :func:`~.names.deep_stem` (a base form that ends like a case ending: 'Kadri', 'Kadriego'). A male and a
    female form ('Ivanov'/'Ivanova', 'Kowalski'/'Kowalska') stay apart, even where it might be a
    man's name in the genitive: without a given-name lexicon that is no evidence; but a surname
    in a case no woman's form has makes the given name's '-a' that case too (:func:`_case_forms`)."""
    by_stem: dict[tuple, list[Item]] = {}
    for item, stats in items.items():
        if stats.acronym or any(t.isdigit() for t in item[1]) and len(item[1]) == 1:
            continue
        kind, tokens = item
        stems = tuple(map(deep_stem, tokens))
        key = (kind, tuple(sorted(stems)) if kind == EntityType.PERSON else stems)
        by_stem.setdefault(key, []).append(item)
    for group in by_stem.values():
        group.sort(key=lambda it: (-items[it].count, it))
        head = group[0]
        for other in group[1:]:
            if (head[0] != EntityType.PERSON or _same_person_forms(head[1], other[1])
                    or _case_forms(state.names[items[head].first].tokens, state.names[items[other].first].tokens)):
                state.uf.union(items[head].first, items[other].first)


def _stem_all(tokens: tuple[str, ...]) -> list[str]:
    return [stem(t) for t in tokens]


def _same_person_forms(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two person keys with equal stems are forms of one name, not a man's and a woman's."""
    return not any(gendered_pair(x, y) for x in a for y in b if deep_stem(x) == deep_stem(y))


def _case_forms(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two person names (keyed tokens in written order) equal word by word but for case endings,
    whose surnames differ by one that is no woman's form ('Ferri'/'Ferriego', 'Toruk'/'Toruka',
    not 'Ivanov'/'Ivanova'): one man's name in two cases, the given name's '-a' ('Nizama') the
    genitive too."""
    if len(a) != len(b) or len(a) < 2 or list(map(deep_stem, a)) != list(map(deep_stem, b)):
        return False
    return a[-1] != b[-1] and not female_surname_pair(a[-1], b[-1])


def _derived_surnames(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A full name whose surname is a woman's or a possessive form of its language ('Hana
    Grayová', 'Hanu Grayovou' in Czech) is the person named with the base surname elsewhere
    ('Hana Gray'), by stems; a woman's and a man's given name ('Jana'/'Jan') stay apart."""
    by_stems: dict[tuple[str, ...], list[Item]] = {}
    for item in items:
        if item[0] == EntityType.PERSON:
            by_stems.setdefault(tuple(sorted(_stem_all(item[1]))), []).append(item)
    find = state.uf.find
    for i, name in enumerate(state.names):
        if not name.full or types[find(i)] != EntityType.PERSON or state.mentions[i].type != EntityType.PERSON:
            continue
        for base in derived_bases(name.tokens[-1], state.mentions[i].lang):
            alt = (*name.tokens[:-1], base)
            for other in by_stems.get(tuple(sorted(_stem_all(alt))), ()):
                if _same_person_forms(other[1], alt):
                    state.uf.union(items[other].first, i)


def _mistyped_people(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A full person name tagged as a place or organisation (and unknown to the gazetteer) in
    one article joins the person of that exact name found elsewhere; the majority of their
    mentions then decides the type (a pipeline named by its number, 'Baltic Link 2', read as a
    person in one article stays the product the others say). A name with a number is no person's."""
    find, uf = state.uf.find, state.uf
    for i, name in enumerate(state.names):
        root = find(i)
        if types[root] == EntityType.PERSON or uf.gid[root] or name.acronym or not name.full \
                or any(t.isdigit() for t in name.tokens):
            continue
        person = items.get((EntityType.PERSON, name.identity))
        if person is not None:
            uf.union(person.first, i)


def _middle_names(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A two-word name ('Javad Zarif') is the one person of the corpus whose longer name ends on
    that surname and holds that given name before it ('Mohammad Javad Zarif'), by deep stems (a
    base form that ends like a case ending, 'Хадим', meets its genitive 'Хадіма'), when
    exactly one such person is named. A longer name holding the one-word name of an
    organisation, place or event is a span cut badly ('Tarvexit John Holt'), not a person's."""
    find, names = state.uf.find, state.names
    things = {key[0] for (kind, key) in items if kind != EntityType.PERSON and len(key) == 1}
    longer: dict[tuple[str, str], set[int]] = {}
    for i, name in enumerate(names):
        if (len(name.tokens) >= 3 and not name.initials and types[find(i)] == EntityType.PERSON
                and not things.intersection(name.tokens)):
            for token in name.tokens[:-1]:
                longer.setdefault((deep_stem(token), deep_stem(name.surname)), set()).add(find(i))
    for i, name in enumerate(names):
        if len(name.tokens) != 2 or name.initials or types[(root := find(i))] != EntityType.PERSON:
            continue
        fits = {find(r) for r in longer.get((deep_stem(name.tokens[0]), deep_stem(name.surname)), ())} - {root}
        if len(fits) == 1:
            state.uf.union(fits.pop(), i)


def _surnames(state: State, types: dict[int, EntityType]) -> None:
    """A partial-name person joins the one full-name person with that surname, if exactly one."""
    find, names = state.uf.find, state.names
    by_surname: dict[str, set[int]] = {}
    by_stem: dict[str, set[tuple[int, str]]] = {}  # an inflected bare surname ('Джонсона') meets by stem
    letters: dict[int, set[str]] = {}
    articles: dict[int, set[str]] = {}  # root -> the articles of its full names
    has_full: set[int] = set()
    for i, name in enumerate(names):
        root = find(i)
        if types[root] == EntityType.PERSON and name.full:
            has_full.add(root)
            by_surname.setdefault(name.surname, set()).add(root)
            by_stem.setdefault(deep_stem(name.surname), set()).add((root, name.surname))
            letters.setdefault(root, set()).update(t[0] for t in name.tokens[:-1])
            articles.setdefault(root, set()).add(state.mentions[i].article_id)
    partial: dict[int, list[int]] = {}
    for i, name in enumerate(names):
        root = find(i)
        if types[root] == EntityType.PERSON and root not in has_full and name.tokens:
            partial.setdefault(root, []).append(i)
    groups: dict[tuple, int] = {}
    sizes = _sizes(state)
    full_here: dict[str, list[int]] = {}  # article -> its full person names
    for i, name in enumerate(names):
        if name.full and state.retyped.get(i, state.mentions[i].type) == EntityType.PERSON:
            full_here.setdefault(state.mentions[i].article_id, []).append(i)
    for members in sorted(partial.values(), key=lambda group: group[0]):
        tokens = {t for i in members for t in names[i].tokens}
        if len(tokens) != 1 or tokens & state.thing_words:
            continue  # a body's name read as a person's is left to _one_word_people
        surname = tokens.pop()
        initials = {c for i in members for c in names[i].initials}
        if any(i in state.ambiguous for i in members):
            fit = _ambiguous_fit(state, members, surname, initials, sizes, full_here)
            if fit is not None:
                state.uf.union(fit, members[0])
            continue
        found = by_surname.get(surname) or {r for r, full in by_stem.get(deep_stem(surname), ())
                                            if not female_surname_pair(full, surname)}
        fits = sorted(r for r in found if initials <= letters[r])
        if not fits:
            fits = _derived_fits(state, members, surname, by_surname, articles)
        if len(fits) == 1:
            state.uf.union(fits[0], members[0])
        elif not fits:
            key = (surname, tuple(sorted(initials)))
            state.uf.union(groups.setdefault(key, members[0]), members[0])


def _sizes(state: State) -> dict[int, int]:
    """Root → its number of mentions."""
    sizes: dict[int, int] = {}
    for i in range(len(state.names)):
        root = state.uf.find(i)
        sizes[root] = sizes.get(root, 0) + 1
    return sizes


def _ambiguous_fit(state: State, members: list[int], surname: str, initials: set[str],
                   sizes: dict[int, int], full_here: dict[str, list[int]]) -> int | None:
    """The person a bare surname names that two full names of its article held: the one they
    are now that the corpus has joined their spellings ('Heiko Brandt' quoted beside 'Хайко Брандт'),
    or the one of them named MINOR_RATIO times more often than any other (a span cut badly once,
    'Самият Петров', 'Petrov himself', beside the president named throughout the corpus). Names
    that end on the surname come first: a surname leading a name is two names cut as one."""
    find, names = state.uf.find, state.names
    here = sorted({state.mentions[i].article_id for i in members})
    holders = [j for a in here for j in full_here.get(a, ()) if surname in names[j].tokens
               and initials <= {t[0] for t in names[j].tokens if t != surname}]
    last = [j for j in holders if names[j].surname == surname]  # 'Щайнберг към Петренко', two names cut as one
    roots = _dominant(sorted({find(j) for j in last or holders}), sizes)
    return roots[0] if len(roots) == 1 else None


def _derived_fits(state: State, members: list[int], surname: str, by_surname: dict[str, set[int]],
                  articles: dict[int, set[str]]) -> list[int]:
    """The full-name people a bare woman's or possessive surname ('Grayeva', 'Heblova', 'Kastovo'
    in Slovene, 'Grayová' in Czech) may name: those of its base surname; of several, the one
    named in full in the same articles."""
    lang = state.mentions[members[0]].lang
    found = sorted({r for base in derived_bases(surname, lang) for r in by_surname.get(base, ())})
    if len(found) > 1:
        here = {state.mentions[i].article_id for i in members}
        found = [r for r in found if articles.get(r, set()) & here]
    return found


def _one_word_people(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A one-word 'person' that no full name in the corpus explains ('Skyway', 'Medifarm' read as a
    person in one article) joins the one organisation or place of exactly that key named elsewhere,
    if that one is not a gazetteer entry (a bare surname never becomes a linked town or country);
    the majority of the mentions then gives the type."""
    find, uf, names = state.uf.find, state.uf, state.names
    full_support: dict[str, int] = {}  # a word of full person names -> how many mentions those names have
    for i, n in enumerate(names):
        if n.full and types[find(i)] == EntityType.PERSON:
            for t in set(n.tokens):
                full_support[t] = full_support.get(t, 0) + 1
    partial: dict[int, list[int]] = {}
    blocked: set[int] = set()
    for i, name in enumerate(names):
        root = find(i)
        if types[root] != EntityType.PERSON:
            continue
        if name.full or name.initials or uf.gid[root] or i in state.ambiguous or len(name.tokens) != 1:
            blocked.add(root)
        partial.setdefault(root, []).append(i)
    by_stem: dict[str, set[int]] = {}  # one-word organisations and places by stem ('Skywaya' meets 'Skyway')
    for (kind, key), st in items.items():
        if kind in (EntityType.ORGANIZATION, EntityType.PLACE) and len(key) == 1 and not st.acronym:
            by_stem.setdefault(stem(key[0]), set()).add(st.first)
    sizes: dict[int, int] = {}
    for i in range(len(names)):
        sizes[find(i)] = sizes.get(find(i), 0) + 1
    for root, members in sorted(partial.items()):
        if root in blocked:
            continue
        tokens = {names[i].tokens[0] for i in members}  # inflected forms left as written share a stem
        if len({stem(t) for t in tokens}) != 1 or (_explained(tokens, len(members), full_support)
                                                   and not tokens & state.thing_words):
            continue
        spellings = tokens | {t for i in members for t in names[i].plain}  # 'Elektra' keyed as English too
        spellings |= {b for i in members for b in derived_bases(names[i].tokens[0], state.mentions[i].lang)}
        others = sorted({find(hit.first) for kind in (EntityType.ORGANIZATION, EntityType.PLACE) for t in spellings
                         if (hit := items.get((kind, (t,)))) is not None}
                        or {find(f) for t in spellings for f in by_stem.get(stem(t), ())})
        others = _dominant(others, sizes)
        if len(others) != 1 or uf.gid[other := others[0]] or types.get(other, EntityType.PERSON) == EntityType.PERSON:
            continue
        kind = types[other]
        if uf.union(other, members[0]):
            for i in members:
                state.retyped[i] = kind


def _dominant(roots: list[int], sizes: dict[int, int]) -> list[int]:
    """Of several entities one name may join, the one with MINOR_RATIO times more mentions than
    any other ('Skyjet' the airline of dozens of mentions beside a place 'Skyjet' read once); all
    of them when none dominates."""
    if len(roots) < 2:
        return roots
    ranked = sorted(roots, key=lambda r: (-sizes.get(r, 0), r))
    return ranked[:1] if sizes.get(ranked[0], 0) >= MINOR_RATIO * sizes.get(ranked[1], 0) else roots


def _explained(tokens: set[str], mentions: int, full_support: dict[str, int]) -> bool:
    """Whether full person names of the corpus explain a one-word 'person' (its surname, its given
    name). A word named alone many times more often than in every full name holding it is not
    explained by them: 'Skyjet Marek Dolan', one badly cut span, does not make the airline
    named alone in dozens of articles a person's name."""
    support = sum(full_support.get(t, 0) for t in tokens)
    return support > 0 and support * UNEXPLAINED_RATIO > mentions


def _types_across_languages(state: State, items: dict[Item, ItemStats]) -> None:
    """One name read as an organisation in some articles and as an event, product or place in
    others ('Tarvexit', a pipeline, an airline read as a place) is one thing: equal keys of
    non-person types join, also as English spells a Latin name ('Covid-19' keyed by Polish
    orthography in a Czech text), when no side is a gazetteer entry (an entry's type is known)
    and the key has five letters or more. The majority then gives the type.
    Within a language a place and an organisation stay apart (:func:`_apart`)."""
    find, uf = state.uf.find, state.uf
    by_key: dict[tuple[str, ...], list[Item]] = {}
    for item, stats in items.items():
        kind, key = item
        if kind == EntityType.PERSON or sum(c.isalpha() for c in "".join(key)) < 5 or uf.gid[find(stats.first)]:
            continue
        plain = state.names[stats.first].plain
        for k in {key, plain} if plain else {key}:
            by_key.setdefault(k, []).append(item)
    for group in by_key.values():
        if len({it[0] for it in group}) < 2:
            continue
        group.sort(key=lambda it: (-items[it].count, it))
        head = items[group[0]]
        for other in group[1:]:
            if _apart(group[0], other, head, items[other]):
                continue
            uf.union(head.first, items[other].first)


_METONYMS = frozenset({EntityType.PLACE, EntityType.ORGANIZATION})


def _apart(a: Item, b: Item, sa: ItemStats, sb: ItemStats) -> bool:
    """A place and an organisation of one name in one language are two things (a river and the
    club named after it), unless one reading is MINOR_RATIO times rarer (a tagging slip)."""
    if {a[0], b[0]} != _METONYMS or not sa.langs & sb.langs:
        return False
    small, large = sorted((sa.count, sb.count))
    return small * MINOR_RATIO > large
