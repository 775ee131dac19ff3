"""Turning the union-find's components into :class:`~kgraph.model.Entity` rows."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from kgraph.model import Entity, EntityType
from kgraph.translit import to_latin

from .state import State, mention_order

__all__ = ["entity_key", "build_entities", "disambiguate"]

_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    latin = unicodedata.normalize("NFKD", to_latin(text).replace("ł", "l").replace("Ł", "L"))
    ascii_ = "".join(c for c in latin if not unicodedata.combining(c)).lower()
    return _SLUG.sub("-", ascii_).strip("-")[:80].rstrip("-")


def entity_key(entity_type: EntityType, name: str) -> str:
    """Stable, IRI-safe local name from the type and a name or gazetteer id: ``Person_ivan-petrov``."""
    slug = _slug(name)
    if not slug:
        slug = "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return f"{entity_type.value}_{slug}"


def _label_rank(state: State, i: int) -> int:
    """How full a name form is: its words, less initials and acronyms."""
    name = state.names[i]
    return len(name.tokens) - bool(name.initials) - 2 * name.acronym


def _labels(state: State, members: list[int], entry: Any = None) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Per language: the normal form most mentions agree on, and every other variant.

    Each mention votes for its normal form, and each distinct written form that leads to it
    votes once more: a base form is what several inflected forms are brought to ('Известий' and
    'Известия' give 'Известия'), while a form the pipeline left inflected ('Известиям') leads
    from itself only. So the name the text uses most wins, in its base form: an acronym written
    throughout ('ЄС') over the expansion written once, a bare surname over the full name given
    once. Ties go to the gazetteer entry's label in that language, then to the fuller form, then
    to a form without patronymic, then to the form seen first (members are in canonical mention
    order, so this depends on content only).
    """
    stats: dict[str, dict[str, list]] = {}
    surfaces: dict[tuple[str, str], set[str]] = {}
    variants: dict[str, set[str]] = {}
    for order, i in enumerate(members):
        m = state.mentions[i]
        normal = m.normal or m.text
        row = stats.setdefault(m.lang, {}).setdefault(normal, [0, 0, state.names[i].patronymic, order])
        row[0] = max(row[0], _label_rank(state, i))
        row[1] += 1
        surfaces.setdefault((m.lang, normal), set()).add(" ".join(m.text.split()))  # a line break is no other form
        variants.setdefault(m.lang, set()).update(v for v in (m.text, m.normal) if v)
    given = getattr(entry, "labels", None) or {}

    def rank(lang: str, forms: dict[str, list], s: str) -> tuple:
        votes = forms[s][1] + len(surfaces[lang, s])
        return (-votes, -len(surfaces[lang, s]), s != given.get(lang), -forms[s][0], forms[s][2], forms[s][3])

    labels = {lang: min(forms, key=lambda s: rank(lang, forms, s)) for lang, forms in stats.items()}
    return {lang: _as_written(label, surfaces[lang, label]) for lang, label in labels.items()}, variants


def _as_written(label: str, surfaces: set[str]) -> str:
    """The label with a word the text never inflects put back as written.

    A foreign name word that does not decline ('Нгомо' in 'Марії Нгомо', 'Марію Нгомо', 'Марія Нгомо')
    may be taken by the dictionary for a case of another word ('Біба'). When the forms that lead
    to the label inflect, that word stays the same in all of them, and one of them is the label
    but for that word (the text writes the name in the nominative itself), the word as written is
    the base form.
    """
    words = label.split()
    forms = [f.split() for f in surfaces]
    if len(forms) < 2 or any(len(f) != len(words) for f in forms):
        return label
    for i, word in enumerate(words):
        written = {f[i] for f in forms}
        if len(written) != 1 or (same := next(iter(written))) == word:
            continue
        if any(f[:i] + f[i + 1:] == words[:i] + words[i + 1:] for f in forms):
            words[i] = same
    return " ".join(words)


def _add_gazetteer(entity: Entity, entry: Any, variants: dict[str, set[str]]) -> None:
    """The entry's ids, and its labels in the languages the text does not name the entity in.

    Where articles in a language name the entity, the label stays the base form they give most
    ('Белоруссия', 'ЕС'); the entry's label is then a variant. A label of one language never
    replaces another's.
    """
    entity.wikidata = getattr(entry, "wikidata", None) or entity.wikidata
    entity.geonames = getattr(entry, "geonames", None) or entity.geonames
    for lang, label in sorted((getattr(entry, "labels", None) or {}).items()):
        if not label:
            continue
        if lang not in entity.labels:
            entity.labels[lang] = label
        elif entity.labels[lang] != label:
            variants.setdefault(lang, set()).add(label)


def _key_name(state: State, members: list[int]) -> str:
    """The name an unlinked entity's key is made of: the phonetic key of its fullest name.

    Spellings of one name in any script and language share that key (``Джонсон``, ``Johnson``),
    so the key does not move when an article in another language or with another inflection
    joins the entity; among several fullest keys the smallest wins (no counting: counts change).
    """
    rank = {i: _label_rank(state, i) for i in members if state.names[i].key}
    if not rank:
        return min(state.mentions[i].normal or state.mentions[i].text for i in members)
    best = max(rank.values())
    return min(" ".join(state.names[i].tokens) or state.names[i].key for i, r in rank.items() if r == best)


def _entity(state: State, root: int, members: list[int], kind: EntityType) -> Entity:
    gid = state.uf.gid[root]
    entry = state.linker.get(gid) if gid else None
    labels, variants = _labels(state, members, entry)
    entity = Entity(key="", type=kind, labels=labels)
    if entry is not None:
        _add_gazetteer(entity, entry, variants)
    entity.key = entity_key(kind, gid) if gid else entity_key(kind, _key_name(state, members))
    entity.alt_labels = {
        lang: vs - {entity.labels.get(lang)} for lang, vs in sorted(variants.items()) if vs - {entity.labels.get(lang)}
    }
    entity.mentions = sorted((state.mentions[i] for i in members), key=mention_order)
    return entity


def _disambiguate(entities: list[Entity]) -> None:
    """Entities sharing a key: the one with most mentions keeps it, others get a content hash."""
    by_key: dict[str, list[Entity]] = {}
    for e in entities:
        by_key.setdefault(e.key, []).append(e)
    for same in by_key.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda e: (-len(e.mentions), mention_order(e.mentions[0])))
        for e in same[1:]:
            first = e.mentions[0]
            seed = f"{first.article_id}|{first.begin}|{first.end}|{first.text}"
            e.key = f"{e.key}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:8]}"


def build_entities(state: State) -> list[Entity]:
    """One entity per component (keys not yet told apart: :func:`disambiguate`)."""
    types = state.component_types()
    return [_entity(state, root, members, types[root]) for root, members in state.uf.groups().items()]


def disambiguate(entities: list[Entity]) -> list[Entity]:
    """The entities with their keys told apart, sorted by key."""
    _disambiguate(entities)
    return sorted(entities, key=lambda e: e.key)
