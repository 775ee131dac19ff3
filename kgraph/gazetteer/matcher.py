"""The Gazetteer: entries by id, by name, by demonym, and a longest-match matcher over tokens."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable, Sequence

from kgraph.resources import ontology_dir

from .cache import cached
from .entries import GazetteerEntry, GazetteerMatch, TokenForms
from .keys import acronym_atoms, is_acronym_shaped, is_capitalised, is_mixed_case, is_skippable, name_atoms, name_key, stem_atom
from .sources import Record, read_cities, read_curated, read_endings
from .trie import ACRONYM, Node, Trie

__all__ = ["Gazetteer", "DEFAULT_DIRECTORY"]

DEFAULT_DIRECTORY = ontology_dir("gazetteer")
_MAX_SPAN = 12  # tokens; no name is longer
Reading = tuple[tuple[str, ...], bool]  # a token's atoms, and whether the trie may meet its last atom by stem


def _merge(records: Iterable[Record]) -> list[Record]:
    """Records with the same id (a city overlay on its GeoNames city) become one."""
    merged: dict[object, Record] = {}
    for rec in records:
        key = ("gn", rec.geonames) if rec.geonames else rec.id
        old = merged.get(key)
        if old is None:
            merged[key] = rec
            continue
        old.labels = {**old.labels, **rec.labels} if rec.rank < old.rank else {**rec.labels, **old.labels}
        old.names |= rec.names
        old.acronyms |= rec.acronyms
        old.demonyms |= rec.demonyms
        old.wikidata = old.wikidata or rec.wikidata
        old.geonames = old.geonames or rec.geonames
        old.country = old.country or rec.country
        old.lowercase_ok |= rec.lowercase_ok
        old.rank = min(old.rank, rec.rank)
        old.population = max(old.population, rec.population)
        if old.wikidata:
            old.id = f"wd:{old.wikidata}"
    return list(merged.values())


def _freeze(rec: Record) -> GazetteerEntry:
    return GazetteerEntry(
        id=rec.id,
        type=rec.type,
        labels=dict(rec.labels),
        names=frozenset(rec.names),
        acronyms=frozenset(rec.acronyms),
        wikidata=rec.wikidata,
        geonames=rec.geonames,
        country=rec.country,
        demonyms=frozenset(rec.demonyms),
    )


class Gazetteer:
    """World knowledge as data: see ontology/gazetteer/README.md for the sources."""

    def __init__(self, records: list[Record], endings: tuple[str, ...] = ()) -> None:
        records = _merge(records)
        # best first: curated before GeoNames, then the more populous
        records.sort(key=lambda r: (r.rank, -r.population, r.id))
        self._entries = [_freeze(r) for r in records]
        self._by_id = {e.id: e for e in self._entries}
        self._by_key: dict[str, list[int]] = {}
        self._demonyms: dict[str, int] = {}
        self._demonym_stems: dict[str, int] = {}
        self._endings = endings
        # each ending's first place in ``endings`` and the lengths they come in: the endings a
        # word ends with are found by its suffixes, not by trying every ending (in their order)
        self._ending_order = {ending: i for i, ending in reversed(list(enumerate(endings)))}
        self._ending_lengths = sorted({len(ending) for ending in endings})
        self._trie = Trie()
        demonym_keys = {name_key(d) for r in records for d in r.demonyms}
        for index, rec in enumerate(records):
            self._index(index, rec, demonym_keys)

    def _index(self, index: int, rec: Record, demonym_keys: set[str]) -> None:
        for name in rec.names:
            key = name_key(name)
            if key in demonym_keys or not key:
                continue  # "Казах" (a town in Azerbaijan) is first a Kazakh person
            self._by_key.setdefault(key, []).append(index)
            atoms = name_atoms(name)
            if atoms:
                lower_ok = rec.lowercase_ok or not is_capitalised(name)
                self._trie.add(atoms, index, lower_ok, name)
        for acronym in rec.acronyms:
            self._by_key.setdefault(name_key(acronym), []).append(index)
            atoms = acronym_atoms(acronym)
            if atoms:
                self._trie.add(tuple(ACRONYM + a for a in atoms), index, False, acronym)
        for demonym in rec.demonyms:
            key = name_key(demonym)
            self._demonyms.setdefault(key, index)
            self._demonym_stems.setdefault(_strip_vowels(key), index)

    # -- loading -----------------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None) -> "Gazetteer":
        """The gazetteer of ``directory`` (default: the shipped ontology/gazetteer), once per process."""
        return _load(Path(directory or DEFAULT_DIRECTORY).resolve())

    @classmethod
    def build(cls, directory: Path) -> "Gazetteer":
        """Read ``directory`` afresh (no cache)."""
        curated = read_curated(directory)
        forced = [r.geonames for r in curated if r.geonames and r.rank == 4]
        cities = read_cities(directory, force=forced)
        return cls(curated + cities, read_endings(directory))

    # -- lookups -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with this id (``wd:Q232``, ``gn:1526384``, ``org:kabar``)."""
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Entries with this name or acronym (normalised key), best first."""
        return [self._entries[i] for i in sorted(set(self._by_key.get(name_key(name), ())))]

    def demonym(self, word: str) -> GazetteerEntry | None:
        """The country of a demonym or nationality adjective (``Kyrgyz``, ``kazachskiego``)."""
        key = name_key(word)
        if key in self._demonyms:
            return self._entries[self._demonyms[key]]
        order = self._ending_order
        found = [order[suffix] for length in self._ending_lengths if len(key) - length >= 4
                 if (suffix := key[len(key) - length:]) in order]
        for i in sorted(found):
            stem = key[: len(key) - len(self._endings[i])]
            for candidate in (stem, _strip_vowels(stem)):
                if candidate in self._demonyms:
                    return self._entries[self._demonyms[candidate]]
                if candidate in self._demonym_stems:
                    return self._entries[self._demonym_stems[candidate]]
        return None

    # -- matching ----------------------------------------------------------------------------

    def match(self, tokens: Sequence[TokenForms]) -> list[GazetteerMatch]:
        """Longest matches first, non-overlapping, left to right."""
        alts = [_alternatives(t) for t in tokens]
        found: list[GazetteerMatch] = []
        i = 0
        while i < len(tokens):
            best = self._longest_at(tokens, alts, i)
            if best is None:
                i += 1
                continue
            end, index, names = best
            found.append(GazetteerMatch(tokens[i].begin, tokens[end].end, self._entries[index], names))
            i = end + 1
        return found

    def _longest_at(self, tokens: Sequence[TokenForms], alts: list[tuple[Reading, ...]], start: int) -> tuple[int, int, tuple[str, ...]] | None:
        if not alts[start] or is_skippable(tokens[start].text):
            return None
        capital = is_capitalised(tokens[start].text)
        states: list[Node] = [self._trie.root]
        best: tuple[int, int, tuple[str, ...]] | None = None
        j = start
        while states and j < len(tokens) and j - start < _MAX_SPAN:
            if j > start and is_skippable(tokens[j].text) and not alts[j]:
                j += 1
                continue
            nxt: list[Node] = []
            for atoms, use_stems in alts[j]:
                for state in states:
                    nxt.extend(self._trie.advance(state, atoms, use_stems))
            states = list({id(n): n for n in nxt}.values())
            ok = [(ix, name) for n in states for ix, lower, name in n.terminals if capital or lower]
            if ok:
                index = min(ix for ix, _ in ok)
                best = (j, index, tuple(sorted({name for ix, name in ok if ix == index and name})))
            j += 1
        return best


def _alternatives(token: TokenForms) -> tuple[Reading, ...]:
    """How a token may be read: surface atoms, acronym atoms, each form's atoms (stems allowed)."""
    return _readings(token.text, token.forms)


@functools.lru_cache(maxsize=1 << 17)
def _readings(text: str, forms: tuple[str, ...]) -> tuple[Reading, ...]:
    """:func:`_alternatives` of a token's text and forms: news repeats its words, so each pair is
    read once per process (the NFC, casefold and regex passes were a third of the matching)."""
    out: list[Reading] = []
    surface = name_atoms(text)
    if surface:
        out.append((surface, False))
    raw = acronym_atoms(text)
    if raw:
        out.append((tuple(ACRONYM + a for a in raw), False))
        if len(raw) == 2 and raw[1].islower() and len(raw[1]) <= 3 and "-" in text:
            out.append(((ACRONYM + raw[0],), False))  # Polish "ONZ-u", "NATO-wi"
    # a short acronym is read by its forms only as they are and no longer than it ('РИМЕ' is 'Рим', but
    # 'УНН' no stem of 'Унна', 'РИГ' no 'Рига'), a mixed-case one ('PiS') by none of them
    acronym = is_acronym_shaped(text)
    for form in () if acronym and is_mixed_case(text) else forms:
        if acronym and len(form) > len(text):
            continue
        atoms = name_atoms(form)
        if atoms and (atoms, not acronym) not in out:
            out.append((atoms, not acronym))
    return tuple(out)


def _strip_vowels(key: str) -> str:
    while True:
        stem = stem_atom(key)
        if stem is None:
            return key
        key = stem


@functools.lru_cache(maxsize=4)
def _load(directory: Path) -> Gazetteer:
    return cached(directory, lambda: Gazetteer.build(directory))
