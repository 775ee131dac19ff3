"""What one language tells the stages: a frozen :class:`LanguageData` of small typed records.

Each record is read from one JSON file of the language's folder (``kgraph/lang/<iso>/``); a file
the folder does not have gives the record's empty defaults. The files, their keys and which
stage reads them are listed in ``kgraph/lang/README.md``. Values are kept as written (the stages
lower-case or invert them as they need).
"""
from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, get_args, get_origin

from kgraph.errors import KgraphError
from kgraph.resources import read_json

__all__ = ["Declaration", "LanguageData", "DateWords", "EventWords", "TitleWords", "CueWords", "MediaWords",
           "NameWords", "InstitutionWords", "Abbreviations", "BoilerplateMarkers", "RECORD_FILES", "load_data"]

Words = tuple[str, ...]


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Declaration:
    """What ``kgraph/lang/<iso>/__init__.py`` says of its language."""

    code: str  # ISO 639-1
    script: str  # ISO 15924 of the usual script ('Latn', 'Cyrl')
    capitalises_every_name_word: bool = False  # English: a lowercase word ends a name
    pipeline: str | None = None  # the factory in the folder's pipeline.py; None: the fallback's
    data_files: tuple[str, ...] = ()  # the JSON files beside it (names from RECORD_FILES)


@dataclass(frozen=True)
class DateWords:
    """dates.json: month and weekday names, relative days, ordinals and date syntax."""

    months: Mapping[str, Words] = field(default_factory=_empty)  # "1".."12" -> forms
    weekdays: Mapping[str, Words] = field(default_factory=_empty)  # "0" (Monday).."6" -> forms
    relative: Mapping[str, Words] = field(default_factory=_empty)  # day offset -> words ('yesterday')
    anaphoric: Mapping[str, Words] = field(default_factory=_empty)  # day offset from the last date stated -> words ('the next day')
    ordinals: Mapping[str, Words] = field(default_factory=_empty)  # "1".."31" -> ordinal words
    weekday_prefixes: Words = ()
    weekday_bare: bool = False
    weekday_suffixes: Words = ()
    month_prefixes: Words = ()
    day_suffixes: Words = ()
    day_month_joiners: Words = ()
    day_of_month_words: Words = ()
    month_day_order: bool = False
    year_first: bool = False  # Baltic: the year opens a full date ('2022 m. kovo 5 d.', '2022. gada 5. martā')
    year_markers: Words = ()
    year_prefixes: Words = ()
    numeric_separators: Words = (".",)
    exact_case: Words = ()
    header_words: Words = ()  # 'Published', 'Дата': a header line's key that gives the publication date
    limit_words: Words = ()  # 'until', 'до', 'do', 'bis': a date after them is a deadline, not when it happened
    range_words: Words = ()  # 'to', 'по', 'do', 'bis': between two days of a range ('1 stycznia do 19 czerwca 2018')
    relative_years: Mapping[str, Words] = field(default_factory=_empty)  # year offset -> words after a day or
    # month ('next year', 'наступного року'): '29 March next year' is the year after the base date's
    as_of_words: Words = ()  # 'as of', 'станом на': a paragraph opening on one and a day is a snapshot of that day


@dataclass(frozen=True)
class EventWords:
    """events.json: trigger lemmas per event kind (the kinds are ontology/facts/triggers.json's)."""

    triggers: Mapping[str, Words] = field(default_factory=_empty)
    numbers: Mapping[str, Words] = field(default_factory=_empty)  # "1".."20" -> number words ('three', 'троє')
    casualty_nouns: Words = ()  # 'people', 'людей', 'osób' (forms): 'Four people were killed' counts the dead
    offers: Words = ()
    participation: Words = ()
    restating_openers: Words = ()  # 'jest to', 'это', 'this is' opening a sentence: its event noun is the one told before
    other_occasion_prefixes: Words = ()  # 'last', 'следующ', 'ostatni': right before an event noun they name
    # another occasion of its kind than the one the article dated ('at the last meeting')
    participation_pronouns: Words = ()  # 'nim', 'нём', 'it' (forms): "X will take part in it" stands for the event
    # the sentence before named
    passive_aux: Words = ()
    negation: Words = ()  # 'not', 'не': a negated trigger states no event
    planned: Words = ()  # 'will', 'plan', 'будет', 'планировать': the event is planned, not past
    demand: Words = ()  # 'demand', 'call for', 'потребовать': "demanded his release" is an Appeal
    denial: Words = ()  # 'deny', 'отрицать': the event is denied
    hearsay: Words = ()  # 'allegedly', 'якобы': the event is only reported
    hypothetical: Words = ()  # 'if', 'in case', 'если', 'possible': the event is only supposed or possible
    receiving_verbs: Words = ()  # 'receive', 'получить': "X received aid" — X is the one aided, not its giver
    light_verbs: Words = ()  # 'approve', 'провести', 'przeprowadzić': with an event noun as their object they state
    # that event, their subject and objects its participants ('провели обмен пленными', 'imposed sanctions')
    reaction_verbs: Words = ()  # 'condemn', 'осудить', 'potępić': their subject reacts to the event noun
    # they govern, it did not do it ('the minister condemned the attack')
    light_containers: Words = ()  # 'пакет', 'round': the only nouns that may stand between a light verb and
    # its event noun ('утвердил пакет санкций'; but 'схвалив текст угоди' approved a text, signed nothing)
    impersonal_endings: Words = ()  # 'aresztowano', 'скасовано': an impersonal form, its names are objects
    nominal_endings: Words = ()  # lemma endings of nouns ('uwolnienie', 'звільнення'): a noun trigger
    agent_nouns: Mapping[str, Words] = field(default_factory=_empty)  # kind -> nouns (forms) whose
    # organisation, named right after them, is the kind's agent ('związek zawodowy X' strikes, is not struck)
    other_senses: Mapping[str, Words] = field(default_factory=_empty)  # kind -> words that, next to its
    # trigger, show the word's other sense ('пакет акций': shares, no Rally)
    active_participle_endings: Words = ()  # 'je prispel', 'е заявил': 'be' + l-participle is a past, not a passive
    idioms: Words = ()  # 'у ході' (in the course of): fixed phrases whose words are no trigger ('хода', a march)
    participant_nouns: Words = ()  # 'protester', 'протестующий': a trigger naming the event's own
    # participants; the subject of the clause it stands in ('the minister met the protesters') is none
    separable_particles: Words = ()  # German 'ein', 'fest': at a clause's end they make the verb before
    # another ('traf … ein' is 'eintreffen', arrived; 'nahm … fest' is 'festnehmen', detained)
    past_auxiliaries: Words = ()  # German 'wurde', 'worden': forms of a future auxiliary's lemma that make
    # a past or a passive ('wurde … festgenommen', was detained), no planned event
    perfect_auxiliaries: Words = ()  # German 'hat', 'ist': a finite auxiliary whose participle ends the
    # clause ('X hat sich am Dienstag in Prag mit Y getroffen'): the trigger's window reaches back to it
    passive_agents: Words = ()  # 'przez', 'от', 'by': after a passive, the name they open is the doer
    # ('była więziona przez X': X held her)
    approvals: Words = ()  # 'погодити', 'согласовать', 'uzgodnić' (lemmas, phrases): an Agreement trigger
    # that, with no partner ('with X', two parties), is one body approving its own plan or position: a Vote
    partner_preps: Words = ()  # 'з', 'с', 'z', 'with': the name after one is the partner of an approval verb


@dataclass(frozen=True)
class TitleWords:
    """titles.json: position titles (lemmas) -> canonical English title; ministry stems."""

    titles: Mapping[str, str] = field(default_factory=_empty)
    organisation_stems: Words = ()
    former: Words = ()  # 'former', 'бывший', 'były': the position is no longer held
    former_prefixes: Words = ()  # 'ex-', 'экс-': glued to the title ("экс-канцлер")
    copulas: Words = ()  # 'be', 'являться', 'być' (lemmas): "X is the head of Y" (a past form: a former position)
    past_copulas: Words = ()  # 'was', 'был', 'był' (forms): a past copula where the pipeline gives no tense
    becoming_verbs: Words = ()  # 'become', 'стать', 'zostać': "X became the head of Y" (held since, not former)
    office_verbs: Mapping[str, str] = field(default_factory=_empty)  # 'head', 'возглавлять' -> canonical title
    board_verbs: Mapping[str, str] = field(default_factory=_empty)  # 'входить' (в совет директоров) -> title
    organ_nouns: Words = ()  # 'board', 'совет', 'zarząd' (lemmas): a body's organ between the verb and its name


@dataclass(frozen=True)
class CueWords:
    """cues.json: the small words the fact patterns look for."""

    reporting_verbs: Words = ()
    source_phrases: Words = ()
    guest_phrases: Words = ()  # 'gościem', 'гостем' (of source_phrases or not): the outlet named hosted the person before
    citing_phrases: Words = ()  # 'з посиланням на', 'citing' (of source_phrases): the source named is the one relayed
    interview_phrases: Words = ()  # 'в эфире', 'w rozmowie z': the name after them carried the words, it did not speak
    pronouns: Words = ()
    first_person: Words = ()
    place_preps: Words = ()
    to_preps: Words = ()
    from_preps: Words = ()  # 'from', 'из': a person from a country
    membership: Words = ()
    of_words: Words = ()
    clause_breaks: Words = ()
    articles: Words = ()  # 'the', 'a'
    conjunctions: Words = ()  # 'and', 'и', 'i', 'oraz'
    pair_words: Words = ()  # 'both', 'beide', 'оба', 'obaj' (forms): "Both leaders signed": the two named before
    topic_preps: Words = ()  # 'про', 'o', 'on': "закон про вибори", a noun after one after a noun is a topic
    landform_nouns: Words = ()  # 'kanał', 'протока' (forms): a name apposed to one a preposition governs is no speaker
    possessives: Words = ()  # "'s": glued to a name
    about_this: Words = ()  # 'об этом', 'o tym': the claim is about what the sentence before said
    continuation_phrases: Words = ()  # 'в частности', 'ponadto' opening a sentence: it goes on with the one before
    feminine_pronouns: Words = ()  # 'she', 'она': stands for a woman named before
    masculine_pronouns: Words = ()  # 'he', 'он': stands for a man named before
    organisation_nouns: Words = ()  # 'the company', 'авиакомпания' (lemmas): the firm named before
    past_singular_endings: Mapping[str, Words] = field(default_factory=_empty)  # 'f': ['ла'], 'm': ['л']: "Dodała, że"
    surname_endings: Mapping[str, Words] = field(default_factory=_empty)  # 'f': ['ова'], 'm': ['ов']: a surname's gender
    editorial_forms: Words = ()  # 'напомним', 'przypomnijmy': the outlet's own voice, no one else's claim
    relative_pronouns: Words = ()  # 'who', 'который', 'który' (forms): "X, who said" is X speaking
    prepositions: Words = ()  # 'на', 'для', 'pro': a person's name right after one is no speaker ('сигурността на X')
    between_preps: Words = ()  # 'між', 'między', 'between': the names after them are of the noun right
    # before ('кордон між X та Y'), not of a trigger further back
    object_relatives: Words = ()  # 'kterého', 'którego', 'якого' (forms): "X, whom Y killed": X is the
    # object of the clause they open, the name after its verb its subject
    object_clitics: Words = ()  # 'ga', 'jo' (forms): right after a relative pronoun they make it the clause's
    # object ('X, ki ga je ustanovil Y': Y founded X), as an ``object_relatives`` word does
    possessive_pronouns: Words = ()  # 'his', 'его', 'jeho' (forms): "X is his friend": the person named before X
    member_nouns: Words = ()  # 'investor', 'адвокат', 'pilot' (lemmas): "investors of X demand": X does not
    demonstratives: Words = ()  # 'this', 'этот', 'tego' (forms): "this project" is the name the article called a project
    person_source_words: Words = ()  # 'według', 'podle' (one-word source phrases): a person's name right after speaks
    verb_particles: Words = ()  # 'ще' (forms): a particle that opens a finite verb ('ще кандидатства'); a noun
    # trigger in a prepositional phrase takes no place after it (the verb's, of its own subject)


@dataclass(frozen=True)
class MediaWords:
    """media.json: outlets, channels, videos and acquaintances."""

    channel_words: Words = ()
    media_cues: Words = ()
    video_words: Words = ()
    publish_verbs: Words = ()
    air_words: Words = ()
    state_words: Words = ()
    relation_words: Mapping[str, str] = field(default_factory=_empty)
    person_nouns: Words = ()
    credit_words: Words = ()  # 'фото', 'ілюстрація', 'fot.' (forms): 'Фото: X' ending a sentence credits outlet X with it


@dataclass(frozen=True)
class NameWords:
    """names.json: head words that type a name, and spans that are not names."""

    event_heads: Words = ()
    organization_heads: Words = ()
    named_after_heads: Words = ()  # 'інститут', 'fundacj': word beginnings of bodies named after a person ('Інститут Петра Гончаренка')
    not_names: Words = ()
    media_heads: Words = ()
    place_heads: Words = ()  # 'republika', 'moře': a place's head word (lemma)
    particles: Words = ()  # 'von', 'de', 'bin': lowercase words inside a person's name
    organization_inner: Words = ()  # 'zahraničních', 'věcí': lowercase words that go on a body's name
    person_endings: Words = ()  # '-ová', '-ski': endings of surnames (lower case)
    case_endings: Mapping[str, str] = field(default_factory=_empty)  # oblique ending -> nominative ending
    case_groups: Mapping[str, Words] = field(default_factory=_empty)  # a case -> the endings a name's words
    # take in it, after a consonant, a 'j' or another stem ('instrumental': 'om', 'em', 'jem'): the words of
    # one person's name share a case, so the ending one word lost tells which the others lose
    j_after: Words = ()  # 'r', 'i': letters after which a foreign name takes a 'j' before its case ending
    # ('Millerjem', 'Renzija'; elsewhere a 'j' is the name's own: 'Aleksejem')
    man_vowels: Words = ()  # 'o': a vowel a man's name ends in that a case form of a woman's name on '-a'
    # ends in too ('Carvello' / 'Angelo'): beside a surname or alone such a word is taken for the man's
    oblique_endings: Words = ()  # '-rjem', '-om': endings no name in the nominative has; a person's name
    # one of whose words ends so, each other word ending in an ending of the same case, is in that case
    thing_case_endings: Words = ()  # '-u', '-em': oblique endings a one-word name of a place, body or thing
    # no dictionary knows loses after a consonant ('Brindonu' -> 'Brindon', 'Tarvexitem' -> 'Tarvexit')
    lemma_endings: Mapping[str, str] = field(default_factory=_empty)  # a proper lemma's ending the dictionary
    # gives for a case form -> the base form's ('Irskem' -> 'Irsko' -> 'Irska')
    place_preps: Words = ()  # 'w', 'v': after one of them a single name no dictionary knows is a place
    seat_heads: Words = ()  # 'sąd', 'soud': bodies named with their seat ('Sąd Okręgowy w Lublinie')
    adjective_endings: Words = ()  # '-ní', '-ski': endings of adjectives' lemmas ('Severni tok': 'severen')
    adjective_cases: Mapping[str, str] = field(default_factory=_empty)  # an adjective's ending -> its
    # nominative ('ího' -> 'í'), '' where that goes by the noun's gender ('ého': 'ý', 'á' or 'é')
    adjective_nominatives: Mapping[str, str] = field(default_factory=_empty)  # gender 'm'/'f'/'n' -> ending
    noun_genders: Mapping[str, str] = field(default_factory=_empty)  # a noun lemma's ending -> its gender (else 'm')
    possessive_endings: Words = ()  # 'ova', 'ův': endings of possessive adjectives made from names ('Mayeva')
    derived_endings: Words = ()  # '-ová', '-ova', '-ův': a surname made a woman's or a possessive ('Mayová', 'Trumpov')
    product_heads: Words = ()  # 'gazociąg', 'вакцина': right before a name, it names a product
    outbreak_heads: Words = ()  # 'pandemia', 'эпидемия': right before a name, it names an outbreak (an event)
    event_endings: Words = ()  # 'exit', 'ексит': a one-word name coined on one names an event ('Brexit')
    organization_endings: Words = ()  # 'air', 'oil', 'bank': a one-word name coined on one after a stem of three
    # letters or more names a company, in every language's text ('Norvair', 'Tarnoil'), unless a full person's name holds it
    capitalises_nouns: bool = False  # German: every noun is capitalised, so a word the dictionary knows
    # is a name only as a surname after a given name or through the gazetteer
    genitive_modifiers: bool = False  # Baltic: a body's or place's words before its last are genitives
    # that keep their form ('Lietuvos Respublikos Seimo' -> 'Lietuvos Respublikos Seimas')
    organization_cues: Words = ()  # 'společnost', 'авиакомпания': right before a bare name, the kind of organisation it names
    place_cues: Words = ()  # 'město', 'село': right before a bare name, the kind of place it names
    organization_preps: Words = ()  # 'з': after a body's head a preposition opening its lower-case tail,
    # a genitive plural ('Державної служби з надзвичайних ситуацій', 'агентства з питань ...'); in the
    # Latin-script reader, any lower-case words up to a clear end ('Úřad pro ochranu hospodářské soutěže')
    infinitive_endings: Words = ()  # 'ti', 'at': endings of verbs' lemmas; a word of another form whose
    # lemma ends so is a verb and ends no body's tail ('Agencija za zdravila | sporoča')


@dataclass(frozen=True)
class InstitutionWords:
    """institutions.json: the names of state bodies every country has, by kind."""

    kinds: Mapping[str, Words] = field(default_factory=_empty)
    connectors: Words = ()  # 'of', 'the', 'der': dropped at the edges of a body's name
    state_words: Words = ()  # 'republic', 'федерации': dropped when a country is named


@dataclass(frozen=True)
class Abbreviations:
    """abbreviations.json: lower-case abbreviations that end with a stop inside a sentence."""

    abbreviations: Words = ()


@dataclass(frozen=True)
class BoilerplateMarkers:
    """boilerplate.json: lines that open a page's boilerplate tail (comments, share widgets), and the
    page's furniture sentences (a typo notice, a cookie notice, a reprint or copyright notice)."""

    tail_openers: Words = ()
    furniture: Words = ()  # regular expressions: a match and the rest of its line are no article text


@dataclass(frozen=True)
class PlaceWords:
    """places.json: where an event was when no place is named ('the Polish border')."""

    place_nouns: Words = ()  # 'border', 'граница', 'granica': a country's adjective before them names a place in it
    division_nouns: Words = ()  # 'province', 'провинция', 'województwo' (lemmas): "X (Punjab province)" puts X in it


RECORD_FILES: dict[str, type] = {
    "dates.json": DateWords, "events.json": EventWords, "titles.json": TitleWords, "cues.json": CueWords,
    "media.json": MediaWords, "names.json": NameWords, "institutions.json": InstitutionWords,
    "abbreviations.json": Abbreviations, "boilerplate.json": BoilerplateMarkers, "places.json": PlaceWords,
}


@dataclass(frozen=True)
class LanguageData:
    """Everything the stages know of one language (empty records where it has no file)."""

    code: str
    script: str
    capitalises_every_name_word: bool = False
    has_pipeline: bool = False
    dates: DateWords = DateWords()
    events: EventWords = EventWords()
    titles: TitleWords = TitleWords()
    cues: CueWords = CueWords()
    media: MediaWords = MediaWords()
    names: NameWords = NameWords()
    institutions: InstitutionWords = InstitutionWords()
    abbreviations: Abbreviations = Abbreviations()
    boilerplate: BoilerplateMarkers = BoilerplateMarkers()
    places: PlaceWords = PlaceWords()




def _convert(hint: Any, value: Any, where: str) -> Any:
    """``value`` as the type ``hint`` says (lists become tuples, objects read-only mappings)."""
    origin = get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where} must be a list of strings")
        return tuple(value)
    if origin is Mapping:
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be an object")
        item = get_args(hint)[1]
        return MappingProxyType({str(k): _convert(item, v, f"{where}.{k}") for k, v in value.items()})
    if hint is str and isinstance(value, str) or hint is bool and isinstance(value, bool):
        return value
    raise ValueError(f"{where} must be a {getattr(hint, '__name__', hint)}")


def _record(record: type, raw: Any, label: str) -> Any:
    """One record from the JSON object of its file (keys starting with '_' are comments)."""
    hints = typing.get_type_hints(record)
    if not isinstance(raw, dict):
        raise KgraphError("E951", name=label, reason="the file must hold one JSON object")
    unknown = sorted(k for k in raw if not k.startswith("_") and k not in hints)
    if unknown:
        raise KgraphError("E951", name=label, reason=f"unknown keys {unknown} (known: {sorted(hints)})")
    try:
        return record(**{k: _convert(hints[k], v, k) for k, v in raw.items() if not k.startswith("_")})
    except ValueError as error:
        raise KgraphError("E951", name=label, reason=str(error)) from error


def load_data(declaration: Declaration) -> LanguageData:
    """The :class:`LanguageData` of a declared language, read from its folder's files."""
    records: dict[str, Any] = {}
    for name in declaration.data_files:
        if name not in RECORD_FILES:
            raise KgraphError("E951", name=f"lang/{declaration.code}/{name}",
                              reason=f"not a language data file (known: {sorted(RECORD_FILES)})")
        label = f"lang/{declaration.code}/{name}"
        records[name.removesuffix(".json")] = _record(RECORD_FILES[name], read_json(label), label)
    return LanguageData(code=declaration.code, script=declaration.script,
                        capitalises_every_name_word=declaration.capitalises_every_name_word,
                        has_pipeline=declaration.pipeline is not None, **records)
