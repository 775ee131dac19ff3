"""Rule 1: mentions that name a gazetteer entry (by id, or by a name of exactly one entry)."""
from __future__ import annotations

from typing import Any, Protocol, Sequence

from kgraph.model import EntityType, Mention
from kgraph.translit import name_key

from .names import ParsedName

__all__ = ["GazetteerLike", "EntryLike", "Linker", "PHONETIC_MIN_LETTERS"]

PHONETIC_MIN_LETTERS = 5  # a country's one-word name met by its phonetic key has this many letters of key


class EntryLike(Protocol):
    id: str
    type: Any
    labels: dict[str, str]
    wikidata: str | None
    geonames: int | None


class GazetteerLike(Protocol):
    def get(self, entry_id: str) -> Any: ...

    def lookup(self, name: str) -> list[Any]: ...


def entry_type(entry: Any) -> EntityType:
    """The entry's type as an :class:`EntityType` (entries may carry the enum or its value)."""
    kind = entry.type
    return kind if isinstance(kind, EntityType) else EntityType(str(kind))


class Linker:
    """Finds gazetteer entries for mentions, caching lookups by name."""

    def __init__(self, gazetteer: GazetteerLike | None) -> None:
        self.gazetteer = gazetteer
        self.entries: dict[str, Any] = {}
        self._lookups: dict[str, tuple[Any, ...]] = {}
        self._country_keys: dict[str, set[str]] | None = None

    def get(self, entry_id: str) -> Any:
        if entry_id not in self.entries:
            self.entries[entry_id] = self.gazetteer.get(entry_id) if self.gazetteer else None
        return self.entries[entry_id]

    def _lookup(self, name: str) -> tuple[Any, ...]:
        found = self._lookups.get(name)
        if found is None:
            found = tuple(self.gazetteer.lookup(name) or ()) if self.gazetteer and name.strip() else ()
            self._lookups[name] = found
        return found

    def find(self, mention: Mention) -> str | None:
        """The id of the one entry of a compatible type the mention's normal or text names."""
        if self.gazetteer is None:
            return None
        by_id: dict[str, Any] = {}
        for name in dict.fromkeys((mention.normal, mention.text)):
            for entry in self._lookup(name):
                by_id.setdefault(entry.id, entry)
        exact = [e for e in by_id.values() if entry_type(e) == mention.type]
        if not exact and mention.type == EntityType.ORGANIZATION:
            exact = [e for e in by_id.values() if entry_type(e) == EntityType.PLACE]  # metonymy
        if not by_id and mention.type == EntityType.PLACE:
            return self._phonetic_country(mention)
        if len(exact) != 1:
            return None
        self.entries[exact[0].id] = exact[0]
        return exact[0].id

    def country(self, mention: Mention) -> str | None:
        """The id of the one country (a place with demonyms) the mention's normal or text names."""
        if self.gazetteer is None:
            return None
        found = {e.id: e for name in dict.fromkeys((mention.normal, mention.text)) for e in self._lookup(name)
                 if entry_type(e) == EntityType.PLACE and getattr(e, "demonyms", None)}
        if not found:
            return self._phonetic_country(mention)
        if len(found) != 1:
            return None
        (entry,) = found.values()
        self.entries[entry.id] = entry
        return entry.id

    def country_named(self, word: str, lang: str) -> str | None:
        """The id of the one country a word (a name's base form) names, in ``lang`` or by its sound."""
        return self.country(Mention("", lang, 0, len(word), word, EntityType.PLACE, word))

    def _phonetic_country(self, mention: Mention) -> str | None:
        """The one country whose one-word name in some language has the mention's phonetic key:
        'Холандия' in Bulgarian (no name of the Netherlands there) is the Polish 'Holandia'."""
        key = name_key(mention.normal or mention.text, mention.lang)
        if " " in key or len(key) < PHONETIC_MIN_LETTERS:
            return None
        found = self._countries_by_key().get(key, set())
        if len(found) != 1:
            return None
        (entry_id,) = found
        return entry_id if self.get(entry_id) is not None else None

    def _countries_by_key(self) -> dict[str, set[str]]:
        """Phonetic key of every one-word name of a country (a place with demonyms) -> their ids."""
        if self._country_keys is None:
            self._country_keys = {}
            entries: Any = self.gazetteer if hasattr(self.gazetteer, "__iter__") else ()
            for entry in entries:
                if entry_type(entry) != EntityType.PLACE or not getattr(entry, "demonyms", None):
                    continue
                named = [(name, lang) for lang, name in entry.labels.items()]
                named += [(name, None) for name in getattr(entry, "names", ())]
                for name, lang in named:
                    key = name_key(name, lang)
                    if key and " " not in key:
                        self._country_keys.setdefault(key, set()).add(entry.id)
        return self._country_keys

    def initial_ids(self, mentions: Sequence[Mention], names: Sequence[ParsedName]) -> list[str | None]:
        """Ids given by the pipeline, else looked up — except for partial person names."""
        out: list[str | None] = []
        for m, name in zip(mentions, names):
            if m.gazetteer_id:
                out.append(m.gazetteer_id)
            elif m.type == EntityType.PERSON and not name.full:
                out.append(None)  # a bare surname waits until its article's full names are known
            else:
                out.append(self.find(m))
        return out

    def type_of(self, entry_id: str | None) -> EntityType | None:
        entry = self.get(entry_id) if entry_id else None
        return entry_type(entry) if entry is not None else None
