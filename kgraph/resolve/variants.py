"""Spelling variants across the corpus: sorted-neighbourhood blocking, then one best partner each."""
from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.model import EntityType
from kgraph.translit import similarity

from .matching import PERSON_READINGS, THING_READINGS, loose, names_match, persons_match, skeleton

__all__ = ["Item", "ItemStats", "variant_pairs", "minor_type_pairs", "across_scripts", "WINDOW", "MINOR_RATIO"]

WINDOW = 6  # each blocking string is compared with at most the next WINDOW ones
MINOR_RATIO = 5  # a variant seen in the same languages must be this many times rarer (a typo)

Item = tuple[EntityType, tuple[str, ...]]  # (type, keyed tokens)


@dataclass
class ItemStats:
    """Where one exact key was seen: its first mention, how often, in which languages."""

    first: int
    count: int = 0
    langs: set[str] = field(default_factory=set)
    acronym: bool = True  # only ever written as an acronym: such keys meet by equality only
    scripts: set[bool] = field(default_factory=set)  # written in Cyrillic (True), in Latin (False)


def _blocking_strings(item: Item) -> list[str]:
    """Sort strings: variants must share consonant skeletons, so those lead (then the keys); a
    Latin key also as a Cyrillic transcription writes its English c (:func:`hard_c`), and a
    person's in every reading of :data:`~.matching.PERSON_READINGS` (English soft g and c, Greek
    ch, French ch and '-ier', German v, 'ai' and 'ei'), a thing's in :data:`~.matching.THING_READINGS`."""
    kind, tokens = item
    strings = _strings(kind, tokens)
    readings = PERSON_READINGS if kind == EntityType.PERSON else THING_READINGS
    for read in readings:
        other = tuple(map(read, tokens))
        if other != tokens:
            strings += [s for s in _strings(kind, other) if s not in strings]
    return strings


def _strings(kind: EntityType, tokens: tuple[str, ...]) -> list[str]:
    if kind == EntityType.PERSON and len(tokens) <= 4:
        ordered = sorted(tokens, key=lambda t: (skeleton(t), t))
        rotations = [ordered[k:] + ordered[:k] for k in range(len(ordered))]
        return [" ".join(map(skeleton, r)) + "|" + " ".join(r) for r in rotations]
    joined = "".join(tokens)
    return [skeleton(joined) + "|" + joined]


def _admissible(a: ItemStats, b: ItemStats) -> bool:
    """Variants come from different orthographies: disjoint languages, or one key only ever
    written in Cyrillic and the other only in Latin (a Russian article writes 'Данекзит' and
    quotes 'Danexit': a transliteration, not a second name); or they are rare typos."""
    small, large = sorted((a.count, b.count))
    return not (a.langs & b.langs) or not (a.scripts & b.scripts) or small * MINOR_RATIO <= large


def _candidates(items: dict[Item, ItemStats]) -> dict[Item, list[Item]]:
    entries = sorted(
        (item[0].value, s, item) for item, stats in items.items() if not stats.acronym for s in _blocking_strings(item)
    )
    found: dict[Item, list[Item]] = {}
    seen: set[tuple[Item, Item]] = set()
    for pos, (kind, string, item) in enumerate(entries):
        prefix = string.split("|", 1)[0] + "|"
        for other_kind, other_string, other in entries[pos + 1 : pos + 1 + WINDOW]:
            if other_kind != kind or not other_string.startswith(prefix):
                break  # sorted: no later neighbour shares the type and skeleton either
            pair = (item, other) if item < other else (other, item)
            if other == item or pair in seen:
                continue
            seen.add(pair)
            match = persons_match if kind == EntityType.PERSON.value else names_match
            a, b = items[item], items[other]
            if match(item[1], other[1], across_scripts(a, b)) and _admissible(a, b):
                found.setdefault(item, []).append(other)
                found.setdefault(other, []).append(item)
    return found


def across_scripts(a: ItemStats, b: ItemStats) -> bool:
    """One key only ever written in Latin, the other only in Cyrillic."""
    return len(a.scripts) == len(b.scripts) == 1 and not a.scripts & b.scripts


def variant_pairs(items: dict[Item, ItemStats]) -> list[tuple[int, int]]:
    """Mention pairs to join: each item with its single best variant in its own script and its
    single best across scripts (no long chains): a Cyrillic transcription's closest variant is
    often another Cyrillic spelling ('Нордер' of 'Нордеър'), which must not keep it from the
    Latin name it transcribes.

    A variant equal to the item once the letters transliterations disagree on are made one
    ('danekzit' for 'daneksit': Данекзит and Danexit) comes first, before one that is merely closer
    (an inflected form, 'daneksitu', which meets its base form by its stem anyway)."""
    pairs = set()
    for item, others in _candidates(items).items():
        joined = " ".join(item[1])
        same = loose(joined)
        stats = items[item]
        for group in ([o for o in others if not across_scripts(stats, items[o])], [o for o in others if across_scripts(stats, items[o])]):
            if not group:
                continue
            best = max(group, key=lambda o: (loose(" ".join(o[1])) == same, similarity(joined, " ".join(o[1])),
                                             items[o].count, o))
            a, b = stats.first, items[best].first
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def minor_type_pairs(items: dict[Item, ItemStats]) -> list[tuple[int, int]]:
    """Spelling variants of one thing read under two types (an organisation, a place, a product
    or an event), in disjoint languages, one MINOR_RATIO times rarer: a tagging slip of the rare
    one ('Хайнмарк' read as a place once, the company named dozens of times in Latin). The
    majority of the mentions then gives the type."""
    entries = sorted((s, item) for item, stats in items.items()
                     if item[0] != EntityType.PERSON and not stats.acronym for s in _blocking_strings(item))
    pairs = set()
    for pos, (string, item) in enumerate(entries):
        prefix = string.split("|", 1)[0] + "|"
        for other_string, other in entries[pos + 1 : pos + 1 + WINDOW]:
            if not other_string.startswith(prefix):
                break
            a, b = items[item], items[other]
            small, large = sorted((a.count, b.count))
            if (other[0] == item[0] or a.langs & b.langs or small * MINOR_RATIO > large
                    or not names_match(item[1], other[1], across_scripts(a, b))):
                continue
            pairs.add((min(a.first, b.first), max(a.first, b.first)))
    return sorted(pairs)
