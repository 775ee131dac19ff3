"""The fact extractor's vocabulary per language: the words of :func:`kgraph.lang.language_data`
(``events.json``, ``titles.json``, ``cues.json`` of ``kgraph/lang/<iso>/``) and the event kinds
of ``ontology/facts/triggers.json`` (data, not code)."""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kgraph.lang import language_data
from kgraph.model import Role
from kgraph.resources import read_json

__all__ = ["Lexicon", "lexicon_for", "facts_data", "phrase_spans"]



def phrase_spans(phrases: Iterable[tuple[str, ...]], forms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of the word-tuple ``phrases`` in ``forms`` (lower-case word
    forms), phrase by phrase, left to right; each phrase is tried only where its first word stands."""
    out: list[tuple[int, int]] = []
    starts: dict[str, list[int]] | None = None
    for p in phrases:
        n = len(p)
        if not n:  # an empty phrase stands everywhere
            out.extend((k, k) for k in range(len(forms) + 1))
            continue
        if starts is None:
            starts = {}
            for k, form in enumerate(forms):
                starts.setdefault(form, []).append(k)
        out.extend((k, k + n) for k in starts.get(p[0], ()) if k + n <= len(forms) and tuple(forms[k:k + n]) == p)
    return out


@dataclass(frozen=True)
class Lexicon:
    """Everything one language needs: triggers, titles, cues (all lower case)."""

    lang: str
    triggers: dict[str, str]  # lemma -> event kind
    roles: dict[str, tuple[Role, Role]]  # kind -> (subject role, object role)
    passive_aux: frozenset[str]
    titles: dict[tuple[str, ...], str]  # lemma tuple -> canonical title
    spokesperson_titles: frozenset[str]
    employment_titles: frozenset[str]
    reporting: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    citing_phrases: tuple[tuple[str, ...], ...]  # 'з посиланням на X': X is relayed, not relaying
    guest_phrases: tuple[tuple[str, ...], ...]  # 'gościem X': X hosted the person named before, who spoke
    interview_phrases: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    place_preps: frozenset[str]
    to_preps: frozenset[str]
    membership: frozenset[str]
    of_words: frozenset[str]
    clause_breaks: frozenset[str]
    first_person: frozenset[str] = frozenset()
    offers: frozenset[str] = frozenset()  # offer words: Recruitment when the sentence has a participation cue
    participation: frozenset[str] = frozenset()
    other_occasion_prefixes: tuple[str, ...] = ()  # 'last meeting': not the one dated
    restating_openers: tuple[tuple[str, ...], ...] = ()  # 'jest to', 'это': the event told before
    participation_pronouns: frozenset[str] = frozenset()  # 'w nim', 'в нём': the event named before
    implicit_person: frozenset[str] = frozenset()  # kinds whose affected may come from the context
    implicit_place: frozenset[str] = frozenset()  # kinds whose place may come from the previous sentence
    gatherings: frozenset[str] = frozenset()  # kinds one is offered to take part in
    people_only: frozenset[str] = frozenset()  # kinds whose participants are never places (Travel: a place does not fly)
    articles: frozenset[str] = frozenset()  # 'the', 'a': skipped before a title
    from_preps: frozenset[str] = frozenset()  # 'from', 'из': a person from a country
    conjunctions: frozenset[str] = frozenset()  # 'and', 'и': coordinated names
    pair_words: frozenset[str] = frozenset()  # 'both', 'оба': the two people the sentence before named
    topic_preps: frozenset[str] = frozenset()  # 'про', 'o': "закон про вибори" states no election
    landform_nouns: frozenset[str] = frozenset()  # 'kanał', 'пролив': "за kanał X": X is a place, no speaker
    membership_titles: frozenset[str] = frozenset()  # 'Candidate', 'Member': of a party, a body
    national_titles: frozenset[str] = frozenset()  # a country's offices: the country may be implicit
    about_this: tuple[tuple[str, ...], ...] = ()  # 'об этом': a claim about the sentence before
    continuation_phrases: tuple[tuple[str, ...], ...] = ()  # 'в частности': goes on with the sentence before
    former: frozenset[str] = frozenset()  # 'former', 'бывший': a position no longer held
    former_prefixes: tuple[str, ...] = ()  # 'ex-', 'экс-': glued to a title
    object_place: frozenset[str] = frozenset()  # kinds whose object, when a place, is where ('visited Warsaw')
    negation: frozenset[str] = frozenset()
    planned: frozenset[str] = frozenset()
    demand: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()  # 'receive', 'получить': a noun trigger's object, its subject the affected
    light_verbs: tuple[tuple[str, ...], ...] = ()  # 'approve', 'carry out': "approved sanctions" states the sanctions
    reaction_verbs: tuple[tuple[str, ...], ...] = ()  # 'condemn': "X condemned the attack" — X attacked nothing
    approvals: frozenset[str] = frozenset()  # 'погодити', 'дати згода': with no partner, a body's approval (Vote)
    partner_preps: frozenset[str] = frozenset()  # 'з', 'с', 'with': the partner of an approval verb
    light_containers: frozenset[str] = frozenset()  # 'пакет': "утвердил пакет санкций" (other nouns between: no)
    numbers: dict[str, int] = field(default_factory=dict)  # number word -> its value ('троє' -> 3)
    casualty_nouns: frozenset[str] = frozenset()  # 'people', 'людей': the counted of a toll
    toll_kinds: frozenset[str] = frozenset()  # 'Four people were killed': placed by the sentence or dateline
    light_verb_kinds: frozenset[str] = frozenset()  # kinds a light verb's subject does ('accepted his resignation': not)
    affected_persons: frozenset[str] = frozenset()  # kinds whose affected are persons only (Detention)
    needs_affected: frozenset[str] = frozenset()  # kinds that are no event without an affected (Appointment)
    genitive_agent: frozenset[str] = frozenset()  # kinds whose noun's bare genitive imposes it ('санкции США')
    needs_body: frozenset[str] = frozenset()  # kinds that are no event without an organisation or country (Sale)
    affected_bodies: frozenset[str] = frozenset()  # kinds whose affected is never a person (Withdrawal: a union left)
    event_affected: frozenset[str] = frozenset()  # kinds whose affected may be a named event ('protests against Brexit')
    addressed: frozenset[str] = frozenset()  # kinds brought to a body ('скаргу до суду'): that body is not affected
    agent_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> titles of its agents (Judge)
    agent_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> nouns whose named body acts (union)
    feminine_pronouns: frozenset[str] = frozenset()
    masculine_pronouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()  # 'company', 'авиакомпания': a bare noun for a firm
    member_nouns: frozenset[str] = frozenset()  # 'investor', 'адвокат': X's people act, not X (members.py)
    demonstratives: frozenset[str] = frozenset()  # 'this', 'данный': "данного проекта" (coref.classified)
    person_source_words: frozenset[str] = frozenset()  # 'według': "Według Kowala" is Kowal's claim
    verb_particles: frozenset[str] = frozenset()  # 'ще': opens another verb ('на осъдената ... ще кандидатства в X')
    past_singular_endings: tuple[tuple[str, str], ...] = ()  # (ending, gender), longest first: "Dodała" f
    surname_endings: tuple[tuple[str, str], ...] = ()  # (ending, gender), longest first: 'Петрова' f, 'Kowalski' m
    editorial_forms: frozenset[str] = frozenset()  # 'напомним': the outlet's voice
    relative_pronouns: frozenset[str] = frozenset()  # 'who', 'который': "X, who said"
    object_relatives: frozenset[str] = frozenset()  # 'kterého', 'якого': "X, whom Y killed"
    object_clitics: frozenset[str] = frozenset()  # 'ki ga': the relative pronoun is the object
    possessive_pronouns: frozenset[str] = frozenset()  # 'his', 'jeho': "X is his friend"
    between_preps: frozenset[str] = frozenset()  # 'між', 'między': names of the noun before them
    prepositions: frozenset[str] = frozenset()  # 'на', 'для': a name right after one is no speaker
    passive_agents: frozenset[str] = frozenset()  # 'przez', 'от': the doer after a passive
    impersonal_endings: tuple[str, ...] = ()  # 'aresztowano': names in its clause are objects
    nominal_endings: tuple[str, ...] = ()  # 'uwolnienie': a noun trigger (its names are not agents)
    other_senses: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> words of another sense nearby
    active_participle_endings: tuple[str, ...] = ()  # 'je prispel': after 'be', a past tense, not a passive
    idioms: tuple[tuple[str, ...], ...] = ()  # 'у ході': word forms of phrases whose words are no trigger
    participant_nouns: frozenset[str] = frozenset()  # 'protester': names the event's participants itself
    separable_particles: frozenset[str] = frozenset()  # 'ein' of 'traf … ein': the verb is 'eintreffen'
    past_auxiliaries: frozenset[str] = frozenset()  # 'wurde': a past or passive auxiliary, not 'werden' (will)
    perfect_auxiliaries: frozenset[str] = frozenset()  # 'hat … getroffen': the window reaches back to 'hat'
    copulas: frozenset[str] = frozenset()  # 'be': "X is the head of Y"
    past_copulas: frozenset[str] = frozenset()  # 'was', 'был': a past copula (forms)
    becoming_verbs: frozenset[str] = frozenset()  # 'become': "X became the head of Y"
    office_verbs: dict[str, str] = field(default_factory=dict)  # 'head' -> 'Head': "X heads Y"
    board_verbs: dict[str, str] = field(default_factory=dict)  # 'входить' -> 'Board Member' (with an organ noun)
    organ_nouns: frozenset[str] = frozenset()  # 'board', 'совет': "heads the board of Y"

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of the language's titles ('голова', 'president')."""
        return frozenset(w for key in self.titles for w in key)

    @cached_property
    def phrases(self) -> dict[tuple[str, ...], str]:
        """Multi-word triggers ('take to the streets', 'выйти на улица'): word tuple -> kind."""
        return {tuple(k.split()): v for k, v in self.triggers.items() if " " in k}

    @cached_property
    def phrases_by_word(self) -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
        """:attr:`phrases` longest first, each under its first word: (rank in that order, words, kind)."""
        ranked = sorted(self.phrases.items(), key=lambda p: -len(p[0]))
        out: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for rank, (words, kind) in enumerate(ranked):
            out.setdefault(words[0], []).append((rank, words, kind))
        return {word: tuple(entries) for word, entries in out.items()}

    @cached_property
    def cue_phrases(self) -> dict[tuple[str, ...], str]:
        """Modality cues as word tuples -> 'negation' / 'planned' / 'demand' / 'denial' / 'hearsay' / 'hypothetical'."""
        out: dict[tuple[str, ...], str] = {}
        for name in ("negation", "planned", "demand", "denial", "hearsay", "hypothetical"):
            for cue in getattr(self, name):
                out.setdefault(tuple(cue.split()), name)
        return out

    @cached_property
    def title_starts(self) -> frozenset[str]:
        """The first words of the titles (a token starting none begins no title)."""
        return frozenset(key[0] for key in self.titles)


def facts_data(name: str) -> Any:
    """A language-neutral file of ``ontology/facts/`` (triggers.json, titles.json, media.json, regions.json)."""
    return read_json(f"ontology/facts/{name}")


def _phrases(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its lower-case words, matched word by word."""
    return tuple(tuple(p.lower().split()) for p in phrases)


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@functools.lru_cache(maxsize=None)
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (empty sets for a language without data)."""
    data = language_data(lang)
    trig, titles = facts_data("triggers.json"), facts_data("titles.json")
    triggers: dict[str, str] = {}
    roles: dict[str, tuple[Role, Role]] = {}
    for kind, spec in trig["events"].items():
        roles[kind] = (Role(spec.get("subject", "agent")), Role(spec.get("object", "affected")))
        for lemma in data.events.triggers.get(kind, ()):
            triggers.setdefault(lemma.lower(), kind)
    cues = data.cues
    return Lexicon(
        lang=lang,
        triggers=triggers,
        roles=roles,
        people_only=frozenset(kind for kind, spec in trig["events"].items() if spec.get("people_only")),
        affected_persons=frozenset(kind for kind, spec in trig["events"].items() if spec.get("affected_persons")),
        needs_affected=frozenset(kind for kind, spec in trig["events"].items() if spec.get("needs_affected")),
        genitive_agent=frozenset(kind for kind, spec in trig["events"].items() if spec.get("genitive_agent")),
        affected_bodies=frozenset(kind for kind, spec in trig["events"].items() if spec.get("affected_bodies")),
        event_affected=frozenset(kind for kind, spec in trig["events"].items() if spec.get("event_affected")),
        addressed=frozenset(kind for kind, spec in trig["events"].items() if spec.get("addressed")),
        needs_body=frozenset(kind for kind, spec in trig["events"].items() if spec.get("needs_body")),
        agent_titles={kind: frozenset(spec["agent_titles"]) for kind, spec in trig["events"].items()
                      if spec.get("agent_titles")},
        agent_nouns={kind: _lower(words) for kind, words in data.events.agent_nouns.items()},
        passive_aux=_lower(data.events.passive_aux),
        titles={tuple(k.lower().split()): v for k, v in data.titles.titles.items()},
        spokesperson_titles=frozenset(titles.get("spokesperson", ())),
        employment_titles=frozenset(titles.get("employment", ())),
        membership_titles=frozenset(titles.get("membership", ())),
        national_titles=frozenset(titles.get("national", {}).get("titles", ())),
        reporting=_lower(cues.reporting_verbs),
        source_phrases=_phrases(cues.source_phrases),
        citing_phrases=_phrases(cues.citing_phrases),
        guest_phrases=_phrases(cues.guest_phrases),
        interview_phrases=_phrases(cues.interview_phrases),
        pronouns=_lower(cues.pronouns),
        place_preps=_lower(cues.place_preps),
        to_preps=_lower(cues.to_preps),
        membership=_lower(cues.membership),
        of_words=_lower(cues.of_words),
        clause_breaks=_lower(cues.clause_breaks),
        first_person=_lower(cues.first_person),
        offers=_lower(data.events.offers),
        participation=_lower(data.events.participation),
        participation_pronouns=_lower(data.events.participation_pronouns),
        other_occasion_prefixes=tuple(sorted(_lower(data.events.other_occasion_prefixes))),
        restating_openers=_phrases(data.events.restating_openers),
        implicit_person=frozenset(trig.get("implicit", {}).get("person", ())),
        implicit_place=frozenset(trig.get("implicit", {}).get("place", ())),
        gatherings=frozenset(trig.get("implicit", {}).get("gatherings", ())),
        articles=_lower(cues.articles),
        from_preps=_lower(cues.from_preps),
        conjunctions=_lower(cues.conjunctions),
        pair_words=_lower(cues.pair_words),
        topic_preps=_lower(cues.topic_preps),
        landform_nouns=_lower(cues.landform_nouns),
        about_this=_phrases(cues.about_this),
        continuation_phrases=_phrases(cues.continuation_phrases),
        former=_lower(data.titles.former),
        former_prefixes=tuple(sorted(_lower(data.titles.former_prefixes), key=len, reverse=True)),
        object_place=frozenset(kind for kind, spec in trig["events"].items() if spec.get("object_place")),
        negation=_lower(data.events.negation),
        planned=_lower(data.events.planned),
        demand=_lower(data.events.demand),
        denial=_lower(data.events.denial),
        hearsay=_lower(data.events.hearsay),
        hypothetical=_lower(data.events.hypothetical),
        receiving_verbs=_lower(data.events.receiving_verbs),
        light_verbs=_phrases(data.events.light_verbs),
        light_containers=_lower(data.events.light_containers),
        reaction_verbs=_phrases(data.events.reaction_verbs),
        approvals=_lower(data.events.approvals),
        partner_preps=_lower(data.events.partner_preps),
        toll_kinds=frozenset(kind for kind, spec in trig["events"].items() if spec.get("toll")),
        numbers={w.lower(): int(n) for n, words in data.events.numbers.items() for w in words},
        casualty_nouns=_lower(data.events.casualty_nouns),
        light_verb_kinds=frozenset(kind for kind, spec in trig["events"].items() if spec.get("light_verb")),
        feminine_pronouns=_lower(cues.feminine_pronouns),
        masculine_pronouns=_lower(cues.masculine_pronouns),
        organisation_nouns=_lower(cues.organisation_nouns),
        member_nouns=_lower(cues.member_nouns),
        person_source_words=_lower(cues.person_source_words),
        verb_particles=_lower(cues.verb_particles),
        demonstratives=_lower(cues.demonstratives),
        editorial_forms=_lower(cues.editorial_forms),
        relative_pronouns=_lower(cues.relative_pronouns),
        object_relatives=_lower(cues.object_relatives),
        object_clitics=_lower(cues.object_clitics),
        possessive_pronouns=_lower(cues.possessive_pronouns),
        between_preps=_lower(cues.between_preps),
        prepositions=_lower(cues.prepositions),
        passive_agents=_lower(data.events.passive_agents),
        impersonal_endings=tuple(_lower(data.events.impersonal_endings)),
        nominal_endings=tuple(_lower(data.events.nominal_endings)),
        other_senses={kind: _lower(words) for kind, words in data.events.other_senses.items()},
        active_participle_endings=tuple(_lower(data.events.active_participle_endings)),
        idioms=_phrases(data.events.idioms),
        participant_nouns=_lower(data.events.participant_nouns),
        separable_particles=_lower(data.events.separable_particles),
        past_auxiliaries=_lower(data.events.past_auxiliaries),
        perfect_auxiliaries=_lower(data.events.perfect_auxiliaries),
        copulas=_lower(data.titles.copulas),
        past_copulas=_lower(data.titles.past_copulas),
        becoming_verbs=_lower(data.titles.becoming_verbs),
        office_verbs={k.lower(): v for k, v in data.titles.office_verbs.items()},
        board_verbs={k.lower(): v for k, v in data.titles.board_verbs.items()},
        organ_nouns=_lower(data.titles.organ_nouns),
        past_singular_endings=tuple(sorted(((e.lower(), g) for g, ends in cues.past_singular_endings.items() for e in ends),
                                           key=lambda eg: -len(eg[0]))),
        surname_endings=tuple(sorted(((e.lower(), g) for g, ends in cues.surname_endings.items() for e in ends),
                                     key=lambda eg: -len(eg[0]))),
    )
