"""The fact extractor's vocabulary per language, read from ``ontology/facts/*.json`` (data, not code)."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

__all__ = ["Lexicon", "lexicon_for", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parents[2] / "ontology" / "facts"


@dataclass(frozen=True)
class Lexicon:
    """Everything one language needs: triggers, titles, cues (all lower case)."""

    lang: str
    triggers: dict[str, str]  # lemma -> event kind
    roles: dict[str, tuple[str, str]]  # kind -> (subject role, object role)
    passive_aux: frozenset[str]
    titles: dict[tuple[str, ...], str]  # lemma tuple -> canonical title
    spokesperson_titles: frozenset[str]
    employment_titles: frozenset[str]
    reporting: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    place_preps: frozenset[str]
    to_preps: frozenset[str]
    membership: frozenset[str]
    of_words: frozenset[str]
    clause_breaks: frozenset[str]
    first_person: frozenset[str] = frozenset()
    offers: frozenset[str] = frozenset()  # offer words: Recruitment when the sentence has a participation cue
    participation: frozenset[str] = frozenset()
    implicit_person: frozenset[str] = frozenset()  # kinds whose affected may come from the context
    implicit_place: frozenset[str] = frozenset()  # kinds whose place may come from the previous sentence
    gatherings: frozenset[str] = frozenset()  # kinds one is offered to take part in
    people_only: frozenset[str] = frozenset()  # kinds whose participants are never places (Travel: a place does not fly)

    @cached_property
    def title_starts(self) -> frozenset[str]:
        """The first words of the titles (a token starting none begins no title)."""
        return frozenset(key[0] for key in self.titles)


def _read(name: str) -> dict:
    path = DATA_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"kgraph.facts needs {path}; the ontology/facts data is missing")
    return json.loads(path.read_text(encoding="utf-8"))


def _per_lang(table: dict, lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(lang, ()))


@functools.lru_cache(maxsize=None)
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (empty sets for a language without data)."""
    trig, titles, cues = _read("triggers.json"), _read("titles.json"), _read("cues.json")
    triggers: dict[str, str] = {}
    roles: dict[str, tuple[str, str]] = {}
    for kind, spec in trig["events"].items():
        roles[kind] = (spec.get("subject", "agent"), spec.get("object", "affected"))
        for lemma in spec.get(lang, ()):
            triggers.setdefault(lemma.lower(), kind)
    return Lexicon(
        lang=lang,
        triggers=triggers,
        roles=roles,
        people_only=frozenset(kind for kind, spec in trig["events"].items() if spec.get("people_only")),
        passive_aux=_per_lang(trig.get("passive_aux", {}), lang),
        titles={tuple(k.lower().split()): v for k, v in titles.get(lang, {}).items()},
        spokesperson_titles=frozenset(titles.get("spokesperson", ())),
        employment_titles=frozenset(titles.get("employment", ())),
        reporting=_per_lang(cues["reporting_verbs"], lang),
        source_phrases=tuple(tuple(p.lower().split()) for p in cues["source_phrases"].get(lang, ())),
        pronouns=_per_lang(cues["pronouns"], lang),
        place_preps=_per_lang(cues["place_preps"], lang),
        to_preps=_per_lang(cues["to_preps"], lang),
        membership=_per_lang(cues["membership"], lang),
        of_words=_per_lang(cues["of_words"], lang),
        clause_breaks=_per_lang(cues["clause_breaks"], lang),
        first_person=_per_lang(cues.get("first_person", {}), lang),
        offers=_per_lang(trig.get("offers", {}), lang),
        participation=_per_lang(trig.get("participation", {}), lang),
        implicit_person=frozenset(trig.get("implicit", {}).get("person", ())),
        implicit_place=frozenset(trig.get("implicit", {}).get("place", ())),
        gatherings=frozenset(trig.get("implicit", {}).get("gatherings", ())),
    )
