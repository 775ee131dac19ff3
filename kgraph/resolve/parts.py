"""Exact incremental resolution: the parts of a corpus that no rule of resolution reads across.

Every rule of :func:`~kgraph.resolve.core.resolve` compares mentions through something they
share: a keyed word or its stem (also a Latin name's English reading, a woman's or possessive
surname's base), a consonant skeleton (the blocking of spelling variants, of one type or two), a
thing's cognate key (its words' consonants), the letters an acronym is spelled by (the initials of
full names), a gazetteer id (given, or the one entry a name finds), a state body's kind and
country, or their article (an acronym and the names beside it or whose initials spell it; a bare
body and the bodies of its kind). Whether a mention's type was cued is part of what it is. Joining
every two mentions that share any of these ``keys`` gives parts whose resolution reads only
themselves: resolving the parts one by one gives the entities of resolving the whole corpus, but
for the keys that :func:`~kgraph.resolve.build.disambiguate` settles between entities afterwards.

So a part of the new corpus whose mentions are exactly those of a part of the last build has the
entities it had then (:class:`ResolveMemo`), and only the parts that a new, changed or deleted
mention touches are resolved again. A part is the closure of everything it reads, corpus-wide
statistics included (the words of full names counted for a one-word name, a type's majority), so
none of that is approximated. Which keys a rule reads is a property of the code: a new rule that
compares mentions through something else must add its key here (tests/resolve/test_parts.py
checks parts against whole-corpus resolution on random corpora).
"""
from __future__ import annotations

import gc
import hashlib
import pickle
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kgraph.model import Entity, EntityType, Mention

from .gazetteer_link import GazetteerLike, Linker
from .head_words import head_stems
from .institutions import institution_of
from .matching import bare_forms, skeleton
from .local import MAX_ACRONYM_GAP, _beside
from .local import _spells as spells_name
from .local import names_countries
from .calques import calque_key
from .cognates import cognate_key
from .compass import compass_key, compass_noun
from .names import ParsedName, acronym_spelling_keys, deep_stem, derived_bases, parse_name, spelled_keys, stem
from .state import _acronym_surface, mention_order
from .unionfind import UnionFind
from .variants import _blocking_strings
from .weak_people import thing_keys

__all__ = ["mention_keys", "parts", "ResolveMemo", "resolve_parts"]

Content = tuple[str, str, str, str, str | None]  # what a mention's keys depend on: text, normal, lang, type, id


def _content(m: Mention) -> Content:
    return (m.text, m.normal, m.lang, m.type.value, m.gazetteer_id)


def _names(m: Mention) -> tuple[ParsedName, ParsedName]:
    """The mention's name as resolution parses it, and as written (what it is read as beside a
    full person name of its article, :func:`kgraph.resolve.local.person_words`)."""
    return parse_name(m.normal or m.text, m.lang, _acronym_surface(m)), parse_name(m.text, m.lang)


# A key is "<role><kind> <value>": role "b" (the mention is compared through it and read
# by others), "r" (only reads others), "i" (only read); the mentions of a key are joined when
# one reads and another is read. Kinds x, y, b hold within one article.
_LOCAL = frozenset("xwpqyb")
_THINGS = tuple(t for t in EntityType if t != EntityType.PERSON)


def mention_keys(m: Mention, linker: Linker, tagged: bool = False) -> tuple[str, ...]:
    """Everything through which a rule of resolution may compare ``m`` with another mention,
    each key named after the rules that read it (sorted; the acronym's relations are
    :func:`_article_edges`). ``tagged``: the mention's entity is a gazetteer entry of a type
    other than person whatever its article says (:func:`_tagged`): the rules about people and
    unlinked names then neither read it nor count it."""
    keys: set[str] = set()
    normal, written = _names(m)
    parsed = (normal,) if written == normal else (normal, written)  # the keys of one parse once
    person = not tagged  # may end in an entity typed a person, or unlinked
    items: set[tuple[str, ...]] = set()  # what crossdoc keys a mention by (items of any type)
    for name in parsed:
        for seq in (name.tokens, tuple(name.key.split()), name.plain):
            if seq:
                items.update((seq, tuple(sorted(seq))))
        keys.update("be " + "|".join(k) for k in thing_keys(tuple(name.key.split()), name.plain))  # rule 3f
    is_person = m.type == EntityType.PERSON
    # spelling variants are blocked by type (the entity's): a person's items only of a full name
    # written as a person's; a name in a gazetteer entry's entity has that entry's type
    fixed = linker.type_of(_tag_id(m, linker)) if tagged else None
    kinds: set[EntityType] = {fixed} if fixed is not None else set(_THINGS)
    if is_person and any(n.full for n in parsed) and not tagged:
        kinds.add(EntityType.PERSON)
    for item in items:
        keys.add("be " + "|".join(item))  # equal keys, English readings, types across languages
        keys.add("bt " + "|".join(stem(t) for t in item))  # inflections
        keys.add("bt " + "|".join(sorted(stem(t) for t in item)))
        keys.add("bd " + "|".join(deep_stem(t) for t in item))  # inflections, by deep stems
        keys.add("bd " + "|".join(sorted(deep_stem(t) for t in item)))
        if not parsed[0].acronym:  # a key only ever written as an acronym meets by equality
            things = {s.split("|", 1)[0] for s in _blocking_strings((EntityType.ORGANIZATION, item))}
            # every type but a person's blocks alike; spelling variants of two types (a tagging
            # slip, minor_type_pairs) meet here too: only an entry's mentions key one type alone,
            # and two entries are never joined so
            for kind in kinds:
                blocks = things if kind != EntityType.PERSON else \
                    {s.split("|", 1)[0] for s in _blocking_strings((kind, item))}
                keys.update(f"bk{kind.value} " + block for block in blocks)
    for name in parsed:
        tokens = name.tokens
        words = set(tokens)
        if is_person and name.full:  # person_words reads these, _mistyped_people (local) too
            if not m.gazetteer_id:
                keys.update("ix " + t for t in words)
            keys.update("iw " + t for t in words)
        elif not is_person and not name.acronym and person:
            keys.update("rx " + t for t in words)  # a word of a full person name of its article?
            keys.update("rw " + t for t in words)
        if is_person or (person and len(tokens) == 1):
            keys.update("bp " + t for t in words)  # partial person names of the article
        if person and len(tokens) == 1:
            keys.add("rq " + tokens[0])  # a bare surname two full names of its article hold
        if len(tokens) >= 2 and not name.initials:
            keys.update("iq " + t for t in words)
        if m.type == EntityType.ORGANIZATION and not name.acronym:  # a body named by a word, across articles
            if len(tokens) == 1:
                keys.update("ra " + stem(t) for t in (*tokens, *name.plain))
            keys.update("ia " + s for s in head_stems(tokens, name.plain, m.text))
        if m.type == EntityType.ORGANIZATION and not name.acronym:  # a body named by its head noun
            if len(tokens) >= 2:
                keys.update("iy " + stem(t) for t in {tokens[0], tokens[-1]})
            elif len(tokens) == 1 and person:
                keys.add("ry " + stem(tokens[0]))
        if len(tokens) >= 2 and person:
            for base in derived_bases(tokens[-1], m.lang):  # a woman's or possessive surname's base
                keys.add("bt " + "|".join(sorted(stem(t) for t in (*tokens[:-1], base))))
            keys.add("iu " + tokens[-1])  # a full name's surname, for bare surnames
            keys.add("iv " + deep_stem(tokens[-1]))
        if len(tokens) >= 2 and (person or is_person):  # words of full names, counted for one-word names
            keys.update("if " + t for t in words)
        if len(tokens) >= 2 and is_person:  # rule 3h: a full name's surname, by first letter and skeleton
            keys.update(f"iz {tokens[-1][0]} {skeleton(f)}" for f in bare_forms(tokens[-1]))
        if len(tokens) == 1 and is_person:
            keys.update(f"rz {tokens[0][0]} {skeleton(f)}" for f in bare_forms(tokens[0]))
        if len(tokens) >= 3 and person:
            keys.update(f"im {deep_stem(t)} {deep_stem(tokens[-1])}" for t in tokens[:-1])  # middle names
            keys.update("ro " + t for t in words)  # a long name holding a thing's name
        if len(tokens) == 2 and person:
            keys.add(f"rm {deep_stem(tokens[0])} {deep_stem(tokens[1])}")
        if len(tokens) == 1:
            t = tokens[0]
            spellings = {t, *name.plain, *derived_bases(t, m.lang)}
            keys.update("be " + s for s in spellings)  # one-word people and the things of that name
            keys.update("bn " + stem(s) for s in spellings)
            keys.add("io " + t)
            if person:
                keys.update("bu " + s for s in spellings)  # a bare surname (or its base)
                keys.update("bv " + deep_stem(s) for s in spellings)
                keys.update("bf " + s for s in spellings)
    for name in parsed:  # word-for-word translations (rule 3c), of any type and id
        if (cognate := cognate_key(name.tokens)) is not None:
            keys.add("bc " + "|".join(cognate))
    if (compass := compass_key(m.normal or m.text, m.lang, linker)) is not None:
        keys.add("bh " + "|".join(compass))  # a country's part named by a compass word (rule 3e)
    if (calque := calque_key(m.normal or m.text, m.lang)) is not None:
        keys.add("bk " + "|".join(calque))  # a name translated word for word (rule 3f), of any type
    if (direction := compass_noun(m.normal or m.text, m.lang, linker)) is not None:
        keys.add("bh " + direction)  # the noun of a cardinal direction, 'the West' (rule 3e)
    if normal.acronym:  # a bare acronym and the full names it spells in other languages (rule 3d)
        keys.update("rs " + s for s in (*acronym_spelling_keys(m.text), "*"))
    keys.update("is " + s for s in spelled_keys(m.normal or m.text))
    keys.update("bg " + gid for gid in _ids(m, linker) if gid)
    if m.type == EntityType.ORGANIZATION and linker.gazetteer is not None:
        for text in dict.fromkeys((m.normal or m.text, m.text)):
            found = institution_of(text, linker.gazetteer)
            if found:
                body, country = found
                if country:
                    keys.add(f"bi {body} {country}")
                keys.add(f"bb {body}")  # with the bodies of its kind in its article
    return tuple(sorted(keys))


def _ids(m: Mention, linker: Linker) -> set[str | None]:
    """The gazetteer ids resolution may give ``m``: its own, the one entry its name finds, and for
    a partial person name the country it may be (:func:`kgraph.resolve.core._late_lookups`)."""
    if linker.gazetteer is None:
        return {m.gazetteer_id}
    if m.type == EntityType.PERSON and not _names(m)[0].full:
        return {m.gazetteer_id, linker.find(m), linker.country(m)}
    return {_tag_id(m, linker), m.gazetteer_id}


def _tag_id(m: Mention, linker: Linker) -> str | None:
    """The id :meth:`Linker.initial_ids` gives a mention that is no partial person name."""
    return m.gazetteer_id or (linker.find(m) if linker.gazetteer is not None else None)


class _Info:
    """What the parts read of one mention content: how its article may see it, and its keys
    (split by role and reach) when tagged and when not."""

    __slots__ = ("acronym", "spell_full", "person_words", "can_tag", "words", "keys")

    def __init__(self, m: Mention, linker: Linker) -> None:
        normal, written = _names(m)
        self.acronym = normal.acronym
        self.spell_full = any(not n.acronym and len(n.tokens) >= 2 for n in (normal, written))
        person = m.type == EntityType.PERSON
        self.person_words = normal.tokens if person and not m.gazetteer_id and normal.full \
            and not names_countries(m, linker) else ()
        kind = None
        if not person or normal.full:
            gid = _tag_id(m, linker)
            kind = linker.type_of(gid) if gid else None
        self.can_tag = kind is not None and kind != EntityType.PERSON
        self.words = frozenset(normal.tokens + written.tokens) if not person else frozenset()
        self.keys: list[tuple | None] = [None, None]

    def row(self) -> tuple:
        """The plain tuple the state keeps (read back by :func:`_info_of` when needed)."""
        return (self.acronym, self.spell_full, self.person_words, self.can_tag, self.words, self.keys[0], self.keys[1])

    def split_keys(self, m: Mention, linker: Linker, tagged: bool) -> tuple:
        found = self.keys[tagged]
        if found is None:
            rows: tuple[list[str], ...] = ([], [], [], [], [], [])
            for key in mention_keys(m, linker, tagged):
                role, rest = "bri".index(key[0]), key[1:]
                rows[role + 3 * (rest[0] in _LOCAL)].append(sys.intern(rest))
            found = self.keys[tagged] = tuple(tuple(r) for r in rows)
        return found


def _info_of(acronym: bool, spell_full: bool, person_words: tuple, can_tag: bool, words: frozenset,
             untagged: tuple | None, tagged: tuple | None) -> _Info:
    info = _Info.__new__(_Info)
    info.acronym, info.spell_full, info.person_words, info.can_tag = acronym, spell_full, person_words, can_tag
    info.words, info.keys = words, [untagged, tagged]
    return info


def _tagged(idxs: list[int], infos: Sequence[_Info]) -> list[bool]:
    """Of one article's mentions, whose entity is certainly a gazetteer entry of a type other
    than person: an id given or found (:meth:`Linker.initial_ids`), no word of a full person name
    of the article (:func:`kgraph.resolve.local.person_words`, which would keep the id off)."""
    words = {t for info in infos for t in info.person_words}
    return [info.can_tag and not (info.words & words) for info in infos]


def _article_edges(idxs: list[int], mentions: Sequence[Mention], infos: dict[int, _Info]) -> list[tuple[int, int]]:
    """An acronym with the names written right beside it and the names of its type whose
    initials spell it (:func:`kgraph.resolve.local._acronyms`)."""
    edges: list[tuple[int, int]] = []
    acronyms = [i for i in idxs if infos[i].acronym]
    if not acronyms:
        return edges
    full = [i for i in idxs if infos[i].spell_full]
    ends: dict[int, list[int]] = {}
    begins: dict[int, list[int]] = {}
    for j in full:
        ends.setdefault(mentions[j].end, []).append(j)
        begins.setdefault(mentions[j].begin, []).append(j)
    for a in acronyms:
        m = mentions[a]
        near = [j for gap in range(MAX_ACRONYM_GAP + 1)
                for j in (*ends.get(m.begin - gap, ()), *begins.get(m.end + gap, ()))]
        edges += [(a, j) for j in near if j != a and any(_beside(mentions[j], m, n) for n in _names(mentions[j]))]
        edges += [(a, j) for j in full if mentions[j].type == m.type and spells_name(m.text, mentions[j])]
    return edges


def parts(mentions: Sequence[Mention], linker: Linker, memo: dict[Content, _Info | tuple] | None = None,
          subset: Sequence[int] | None = None) -> list[list[int]]:
    """The parts of ``mentions`` (indices, each part sorted, parts by their first index).
    ``memo``: mention content → what the parts read of it, kept between builds."""
    return [group for group, _ in _parts(mentions, linker, {} if memo is None else memo, subset)]


def _parts(mentions: Sequence[Mention], linker: Linker, memo: dict[Content, _Info | tuple],
           subset: Sequence[int] | None = None) -> list[tuple[list[int], set]]:
    """The parts of ``subset`` (all the mentions when None; it must be a union of parts), each
    with the keys its mentions hold."""
    chosen = range(len(mentions)) if subset is None else subset
    infos: dict[int, _Info] = {}
    by_article: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):  # whole articles: whether a mention is tagged depends on its article
        by_article.setdefault(m.article_id, []).append(i)
    wanted = set(chosen)
    articles = {mentions[i].article_id for i in chosen}
    for article in articles:
        for i in by_article[article]:
            m = mentions[i]
            content = _content(m)
            kept = memo.get(content)
            if isinstance(kept, _Info):
                info = kept
            else:  # new, or as the state keeps it
                info = _Info(m, linker) if kept is None else _info_of(*kept)
                memo[content] = info
            infos[i] = info
    uf = UnionFind(len(mentions))
    union = uf.union
    both: dict = {}  # key -> the first mention that reads and is read through it
    readers: dict = {}
    read: dict = {}
    held: dict[int, list] = {}  # mention -> its keys
    for article in articles:
        idxs = by_article[article]
        for i, tagged in zip(idxs, _tagged(idxs, [infos[j] for j in idxs])):
            if i not in wanted:
                continue
            keys = infos[i].split_keys(mentions[i], linker, tagged)
            mine = held[i] = []
            here = "\x1f" + article  # an article's own keys hold in it only
            for reach, extra in ((0, ""), (3, here)):
                for key in keys[reach]:
                    key += extra
                    mine.append(key)
                    first = both.setdefault(key, i)
                    if first != i:
                        union(first, i)
                for key in keys[reach + 1]:
                    readers.setdefault(key := key + extra, []).append(i)
                    mine.append("r:" + key)  # held with its role: two readers do not meet
                for key in keys[reach + 2]:
                    read.setdefault(key := key + extra, []).append(i)
                    mine.append("i:" + key)
    for key in set(readers) | set(read):
        members = readers.get(key, []) + read.get(key, [])
        if key in both:
            members.append(both[key])
        elif key not in readers or key not in read:
            continue  # nobody reads another mention through this key
        for j in members[1:]:
            union(members[0], j)
    for article in articles:
        idxs = [i for i in by_article[article] if i in wanted]
        for a, b in _article_edges(idxs, mentions, infos):
            union(a, b)
    groups: dict[int, tuple[list[int], set]] = {}
    for i in sorted(wanted):
        row = groups.get(root := uf.find(i))
        if row is None:
            row = groups[root] = ([], set())
        row[0].append(i)
        row[1].update(held[i])
    return sorted(groups.values(), key=lambda row: row[0][0])


def _digest(mentions: Sequence[Mention]) -> str:
    h = hashlib.sha1()
    for m in mentions:
        h.update(repr(_row(m)).encode())  # cued too: it weighs on the type
    return h.hexdigest()


@contextmanager
def _no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ResolveMemo:
    """The parts of the last incremental build (``OUT/cache/resolve.pickle``), valid for the code
    and data that made them: each part's entities (before keys are told apart) and keys, and
    what the parts read of each mention content."""

    def __init__(self, path: Path | None, version: str = "", *, read: bool = True) -> None:
        self.path, self.version = path, version
        raw: dict = {}
        if path is not None and read:
            try:
                with _no_gc():  # many small objects: a collection midway finds nothing to free
                    raw = pickle.loads(path.read_bytes())
            except Exception:  # noqa: BLE001 - a missing, old or broken state is no state
                raw = {}
        fits = isinstance(raw, dict) and raw.get("version") == version
        self.parts: dict[str, list[_EntityRow]] = raw.get("parts", {}) if fits else {}
        self.part_keys: dict[str, set] = raw.get("part_keys", {}) if fits else {}
        self.infos: dict[Content, _Info | tuple] = raw.get("infos", {}) if fits else {}
        self.reused = self.resolved = 0  # parts, this build

    def save(self) -> None:
        from kgraph.atomic import write_atomic

        if self.path is None:
            return
        with _no_gc():
            infos = {c: info.row() if isinstance(info, _Info) else info for c, info in self.infos.items()}
            data = pickle.dumps({"version": self.version, "parts": self.parts, "part_keys": self.part_keys,
                                 "infos": infos}, protocol=pickle.HIGHEST_PROTOCOL)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, lambda out: out.write(data), durable=False)


_MentionRow = tuple[str, str, int, int, str, str, str, str | None, bool]
_EntityRow = tuple  # (key, type, labels, alt_labels, wikidata, geonames, mention rows)


def _row(m: Mention) -> _MentionRow:
    return (m.article_id, m.lang, m.begin, m.end, m.text, m.type.value, m.normal, m.gazetteer_id, m.cued)


def _entity_row(e: Entity) -> _EntityRow:
    return (e.key, e.type.value, e.labels, e.alt_labels, e.wikidata, e.geonames, tuple(_row(m) for m in e.mentions))


def _entity(row: _EntityRow, mentions: dict[_MentionRow, Mention]) -> Entity:
    key, kind, labels, alt_labels, wikidata, geonames, rows = row
    return Entity(key, EntityType(kind), dict(labels), {lang: set(v) for lang, v in alt_labels.items()},
                  [mentions[r] for r in rows], wikidata, geonames)


def _meets(held: str) -> tuple[str, ...]:
    """The held keys (:func:`_parts`) that meet ``held``: a key read by one mention and only
    read by another, or both reading it, join nothing."""
    if held.startswith("r:"):
        return held[2:], "i:" + held[2:]
    if held.startswith("i:"):
        return held[2:], "r:" + held[2:]
    return held, "r:" + held, "i:" + held


def resolve_parts(mentions: Sequence[Mention], gazetteer: GazetteerLike | None, memo: ResolveMemo) -> list[Entity]:
    """:func:`~kgraph.resolve.core.resolve`, re-resolving only the parts that changed.

    The mentions of an article whose mentions changed (added, edited, deleted, or found again by
    propagation) are all new here. A part of the last build keeps its entities unless it held one
    of them or shares a key with one (then the new and old mentions around them are parted and
    resolved again; a key only read by both, or only reading, joins nothing): its keys are as they
    were, so it is still a part of the corpus."""
    from .build import disambiguate
    from .core import resolve_raw

    ordered = sorted(set(mentions), key=mention_order)
    linker = Linker(gazetteer)
    known = len(memo.infos)
    rows = [_row(m) for m in ordered]
    present = {r: i for i, r in enumerate(rows)}
    old_part: dict[_MentionRow, str] = {r: digest for digest, found in memo.parts.items() for e in found for r in e[6]}
    new_of: dict[str, set[_MentionRow]] = {}
    for r in rows:
        new_of.setdefault(r[0], set()).add(r)
    old_of: dict[str, set[_MentionRow]] = {}
    for r in old_part:
        old_of.setdefault(r[0], set()).add(r)
    changed = {a for a in new_of.keys() | old_of.keys() if new_of.get(a) != old_of.get(a)}
    dirty = {old_part[r] for a in changed for r in old_of.get(a, ())}
    fresh_idx = sorted(present[r] for a in changed for r in new_of.get(a, ()))
    if fresh_idx and memo.parts:  # the old parts that share a key with the changed articles' mentions
        touched = {meets for _, keys in _parts(ordered, linker, memo.infos, fresh_idx) for key in keys
                   for meets in _meets(key)}
        dirty |= {digest for digest, keys in memo.part_keys.items() if digest not in dirty and not keys.isdisjoint(touched)}
    redo = set(fresh_idx) | {present[r] for d in dirty for e in memo.parts[d] for r in e[6] if r in present}
    for digest in dirty:
        del memo.parts[digest], memo.part_keys[digest]
    memo.reused = len(memo.parts)
    todo: list[tuple[str, list[int]]] = []
    for group, keys in _parts(ordered, linker, memo.infos, sorted(redo)) if redo else ():
        digest = _digest([ordered[i] for i in group])
        memo.part_keys[digest] = keys
        todo.append((digest, group))
    memo.resolved = len(todo)
    if todo:  # every part to resolve in one run: they do not read each other
        part_of = {i: digest for digest, group in todo for i in group}
        found = resolve_raw([ordered[i] for _, group in todo for i in group], gazetteer)
        for digest, _ in todo:
            memo.parts[digest] = []
        for entity in found:
            memo.parts[part_of[present[_row(entity.mentions[0])]]].append(_entity_row(entity))
    contents = {_content(m) for m in ordered}  # only this corpus's mention contents are kept
    kept = {c: info for c, info in memo.infos.items() if c in contents}
    if todo or dirty or len(kept) != known or len(memo.infos) != known:  # else the state on disk is this one
        memo.infos = kept
        memo.save()
    by_row = dict(zip(rows, ordered))
    return disambiguate([_entity(row, by_row) for found in memo.parts.values() for row in found])
