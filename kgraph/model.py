"""The plain data types that flow between kgraph's stages.

corpus → language pipelines → mentions → entities → facts → graph → store and exports.
Each stage takes and returns these dataclasses; none of them knows about RDF.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path

__all__ = [
    "Article",
    "ArticleMeta",
    "EntityType",
    "RefKind",
    "EntityRef",
    "PUBLISHER_REF",
    "Problem",
    "Sentence",
    "Mention",
    "Entity",
    "Fact",
    "Event",
    "Claim",
    "ArticleExtraction",
]


class EntityType(str, Enum):
    """The kinds of named thing the contract types with schema.org classes."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    PRODUCT = "Product"  # a made thing named like a brand: a vaccine, a pipeline, an aircraft model


@dataclass(frozen=True)
class ArticleMeta:
    """What a crawler or archive says about an article besides its text (news-please's fields).

    Every field is optional: a bare ``.txt`` file has an empty ``ArticleMeta``.
    """

    url: str = ""
    headline: str = ""
    published: dt.date | None = None  # the publication date the source gives
    modified: dt.date | None = None
    captured: dt.date | None = None  # when a crawler fetched the page (WARC-Date): a fallback date
    publisher: str = ""  # the outlet: its site name, else its domain
    domain: str = ""  # the outlet's host name, when known
    authors: tuple[str, ...] = ()
    description: str = ""
    language: str = ""  # as declared by the source (ISO 639-1 after normalising), "" if none

    def __bool__(self) -> bool:
        return any((self.url, self.headline, self.published, self.modified, self.captured,
                    self.publisher, self.domain, self.authors, self.description, self.language))

    def digest(self) -> str:
        """A stable text of the fields, for cache keys ("" when there is no metadata)."""
        return repr(tuple(getattr(self, f) for f in self.__dataclass_fields__)) if self else ""


@dataclass(frozen=True)
class Article:
    """One decoded news article.

    ``text`` is the article's text exactly as kgraph stores it (``nif:isString``): the decoded
    file, or a record's text, or the text extracted from an HTML page; every offset in kgraph
    (mentions, sentences) refers to it, in code points. ``body_start`` is where the text after a
    crawl marker such as `` date 2022-01-11 - `` begins (0 when there is none). ``record`` says
    where in ``path`` a record-per-line or archive file holds the article ("line 3"), "" when the
    file is the article.
    """

    id: str
    path: Path
    text: str
    lang: str
    date: dt.date | None = None
    date_precision: str = "day"  # "day", "month" or "year": how much of ``date`` the source gave
    body_start: int = 0
    encoding: str = "utf-8"
    sha256: str = ""
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    record: str = ""


@dataclass(frozen=True)
class Problem:
    """A file that could not be (fully) read: reported by name, never fatal to the build."""

    path: Path
    code: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.path}: [{self.code}] {self.message}"


@dataclass(frozen=True)
class Sentence:
    article_id: str
    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in an article.

    ``normal`` is the name in its dictionary form (nominative, lemma) in the article's
    language; ``text`` is exactly ``article.text[begin:end]``.
    """

    article_id: str
    lang: str
    begin: int
    end: int
    text: str
    type: EntityType
    normal: str
    gazetteer_id: str | None = None  # id of the gazetteer entry that matched, if any
    cued: bool = False  # its type said by words around it in the article ('pandemia COVID-19'), not a model's guess


@dataclass
class Entity:
    """One real-world thing, with every mention of it across the corpus."""

    key: str  # stable, IRI-safe local name
    type: EntityType
    labels: dict[str, str] = field(default_factory=dict)  # lang -> preferred label
    alt_labels: dict[str, set[str]] = field(default_factory=dict)  # lang -> other variants
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None  # "Q…" only when certain
    geonames: int | None = None


class RefKind(str, Enum):
    """What an :class:`EntityRef` points at."""

    MENTION = "m"  # a mention of the article, by its offsets
    GAZETTEER = "g"  # a gazetteer entry the text implies (a country named by its adjective)
    PUBLISHER = "p"  # the outlet that published the article, named by its metadata


@dataclass(frozen=True)
class EntityRef:
    """What a fact, event or claim names before entities are resolved across the corpus
    (:class:`kgraph.resolve.refs.EntityRefs` answers which entity it is). Written ``m:<begin>:<end>``,
    ``g:<gazetteer id>`` or ``p:`` (:meth:`parse` reads that back); ordered as written."""

    kind: RefKind
    begin: int = 0  # MENTION: the mention's offsets in the article text
    end: int = 0
    entry: str = ""  # GAZETTEER: the entry's id

    @classmethod
    def mention(cls, begin: int, end: int) -> EntityRef:
        return cls(RefKind.MENTION, begin, end)

    @classmethod
    def gazetteer(cls, entry_id: str) -> EntityRef:
        if not entry_id:
            raise ValueError("a gazetteer ref needs an entry id")
        return cls(RefKind.GAZETTEER, entry=entry_id)

    @classmethod
    def parse(cls, text: str) -> EntityRef:
        """The ref ``str(ref)`` wrote; ValueError for anything else."""
        kind, _, rest = text.partition(":")
        if kind == RefKind.MENTION.value:
            begin, _, end = rest.partition(":")
            return cls.mention(int(begin), int(end))
        if kind == RefKind.GAZETTEER.value and rest:
            return cls.gazetteer(rest)
        if text == "p:":
            return PUBLISHER_REF
        raise ValueError(f"not an entity reference: {text!r}")

    def __str__(self) -> str:
        if self.kind is RefKind.MENTION:
            return f"m:{self.begin}:{self.end}"
        return f"{self.kind.value}:{self.entry}"

    def __lt__(self, other: EntityRef) -> bool:
        return str(self) < str(other)


PUBLISHER_REF = EntityRef(RefKind.PUBLISHER)


@dataclass(frozen=True)
class Fact:
    """A relation between two entities, stated by one sentence of one article."""

    subject: EntityRef  # a mention of the article or a gazetteer entry
    predicate: str  # local name in the kgraph / schema.org vocabulary, e.g. "memberOf"
    object: EntityRef  # as subject
    sentence: Sentence
    title: str | None = None  # for positions: "President", "Head", ...
    qualifier: str | None = None  # for positions: "former" ("former prime minister", "бывший", "były")


class Role(StrEnum):
    """How an entity takes part in an event (kg:agent, kg:affected, kg:participant)."""

    AGENT = "agent"
    AFFECTED = "affected"
    PARTICIPANT = "participant"


class EventStatus(StrEnum):
    """kg:status of an event not stated as having happened (none: it happened)."""

    PLANNED = "planned"
    DENIED = "denied"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"  # only supposed, in a condition ('if the flight was cancelled'), or possible


@dataclass(frozen=True)
class Event:
    """Something that happened, with who took part in which role, where and when."""

    key: str  # stable: "<article id>/<sentence begin>/<kind>"
    kind: str  # class local name in ontology/kgraph.ttl, e.g. "Detention"
    sentence: Sentence
    trigger: str
    participants: tuple[tuple[Role, EntityRef], ...] = ()
    place: EntityRef | None = None
    date: dt.date | None = None
    date_precision: str = "day"
    status: EventStatus | None = None  # None: stated as having happened
    casualties: int | None = None  # 'Four people were killed': the dead, hurt or ill its clause counts (kg:casualtyCount)


@dataclass(frozen=True)
class Claim:
    """Who said or reported what: an attributed statement about an event or a fact."""

    key: str
    source: EntityRef  # the speaker or outlet
    sentence: Sentence
    about: str | None = None  # event key, if the statement reports an event
    concerns: tuple[EntityRef, ...] = ()  # what the reported content is about (its arguments)
    quotes: str | None = None  # the key of the claim it reports ("как передает агентство X, сообщил пресс-секретарь Y": X's claim quotes Y's)


@dataclass
class ArticleExtraction:
    """Everything one article yields, before entities are resolved across the corpus."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
