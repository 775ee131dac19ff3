"""Media facts: an outlet's channel on a platform, state media of a country, a person shown in a
video an outlet published. Vocabulary: ``media.json`` of each language folder (``kgraph/lang/<iso>/``), the
platforms in ``ontology/facts/media.json``."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.lang import all_language_data, language_data

from kgraph.model import EntityRef, EntityType, Fact, Mention

from .context import ArticleContext, SentenceView
from .lexicon import facts_data
from .refs import gazetteer_ref
from .world import World

__all__ = ["MediaLexicon", "media_lexicon", "media_relations"]

_LINK_MARKS = {",", "-", "–", "—", "'", "’", "‘", "«", "»", "\"", "„", "”", "“"}


@functools.lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """What may stand between an outlet and its channel: marks, and every language's conjunctions
    and possessive endings ('and', 'и', "'s")."""
    words = {w.lower() for data in all_language_data() for w in (*data.cues.conjunctions, *data.cues.possessives)}
    return frozenset(_LINK_MARKS | words)


@dataclass(frozen=True)
class MediaLexicon:
    platforms: dict[str, str]
    channel: tuple[str, ...]
    cues: tuple[str, ...]
    video: frozenset[str]
    publish: frozenset[str]
    air: tuple[str, ...]
    state: tuple[str, ...]
    relations: dict[str, str]
    person_nouns: frozenset[str]
    credit: frozenset[str]


@functools.lru_cache(maxsize=None)
def media_lexicon(lang: str) -> MediaLexicon:
    """The media words of ``lang`` (lower case) and the platforms every language names."""
    media = language_data(lang).media

    def words(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w.lower() for w in values)

    return MediaLexicon(
        platforms={k.lower(): v for k, v in facts_data("media.json")["platforms"].items()},
        channel=words(media.channel_words), cues=words(media.media_cues), video=frozenset(words(media.video_words)),
        publish=frozenset(words(media.publish_verbs)), air=words(media.air_words), state=words(media.state_words),
        relations={k.lower(): v for k, v in media.relation_words.items()},
        person_nouns=frozenset(words(media.person_nouns)), credit=frozenset(words(media.credit_words)),
    )


def _has(text: str, stems: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(s in low for s in stems)


def _platform(ctx: ArticleContext, ml: MediaLexicon, w: World, token: Token, outlet: Mention | None = None) -> EntityRef | None:
    """The platform a token names ("Telegram", "telegram-каналах", "Telegramu"), as an entity ref."""
    low = token.text.lower()
    name = next((n for stem, n in ml.platforms.items() if stem in low), None)
    if name is None:
        return None
    m = ctx.mention_at(token)
    if m is not None and m is not outlet and m.type == EntityType.ORGANIZATION:
        return ctx.ref(m)
    if m is not None:
        return None
    entry = next((e for e in w.gazetteer.lookup(name) if e.type == EntityType.ORGANIZATION), None)
    return gazetteer_ref(entry.id) if entry is not None else None


def _span(tokens: list[Token], m: Mention) -> tuple[int, int]:
    idx = [i for i, t in enumerate(tokens) if m.begin <= t.idx < m.end]
    return (idx[0], idx[-1] + 1) if idx else (-1, -1)


def _skippable(ctx: ArticleContext, t: Token) -> bool:
    return t.text.lower() in _links() or t.pos_ in ("ADJ", "ADP", "PUNCT") and t.text not in ".!?;:" \
        or t.text.lower() in ctx.lex.of_words


def channels_on_platforms(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"the telegram channel X", "in the Telegram channels and Instagram of X", "канал X в Telegram",
    "na kanale Telegramu X": outlet X publishes on the platform."""
    ml, tokens, out = media_lexicon(ctx.lang), view.tokens(), []
    for m in view.mentions:
        if m.type == EntityType.PLACE or _has(m.text, tuple(ml.platforms)):
            continue
        start, end = _span(tokens, m)
        if start < 0:
            continue
        platforms: list[EntityRef] = []
        channel = _has(m.text, ml.channel)
        adjacent = False
        for j in range(start - 1, max(start - 7, -1), -1):
            t = tokens[j]
            ref = _platform(ctx, ml, w, t, m)
            if ref is not None:
                platforms.append(ref)
                adjacent = adjacent or j == start - 1
                channel = channel or _has(t.text, ml.channel)
            elif _has(t.text, ml.channel) and ctx.mention_at(t) is None:
                channel = True
            elif ctx.mention_at(t) is not None or not _skippable(ctx, t):
                break
        if channel:
            for j in range(end, min(end + 3, len(tokens))):
                ref = _platform(ctx, ml, w, tokens[j], m)
                if ref is not None:
                    platforms.append(ref)
                    break
                if not tokens[j].pos_ == "ADP":
                    break
        if platforms and (channel or adjacent and m.type == EntityType.ORGANIZATION):
            out += [Fact(ctx.ref(m), "publishesOn", p, view.sentence) for p in dict.fromkeys(platforms)]
    return out


def state_media(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"X's state television channels A and B", "государственные телеканалы X A и B",
    "kazachska państwowa telewizja A": each outlet is owned by the country."""
    ml, tokens, out = media_lexicon(ctx.lang), view.tokens(), []
    for k, t in enumerate(tokens):
        if ctx.mention_at(t) is not None or not any(t.text.lower().startswith(s) for s in ml.state):
            continue
        cue = next((i for i in range(k + 1, min(k + 3, len(tokens))) if _has(tokens[i].text, ml.cues)), None)
        if cue is None:
            continue
        country = _country_near(ctx, tokens, k, cue, w)
        if country is None:
            continue
        for m in _listed_after(ctx, tokens, cue, ml):
            out.append(Fact(ctx.ref(m), "ownedBy", country, view.sentence))
    return out


def _country_ref(ctx: ArticleContext, t: Token, w: World) -> EntityRef | None:
    m = ctx.mention_at(t)
    if m is not None:
        return ctx.ref(m) if m.type == EntityType.PLACE and w.is_country(m.gazetteer_id) else None
    entry = w.demonym(t.text)
    return gazetteer_ref(entry.id) if entry is not None else None


def _country_near(ctx: ArticleContext, tokens: list[Token], k: int, cue: int, w: World) -> EntityRef | None:
    """The country before the state word ("Kazakhstan's", "Kazakh") or right after the media word."""
    for j in range(k - 1, max(k - 4, -1), -1):
        ref = _country_ref(ctx, tokens[j], w)
        if ref is not None:
            return ref
        if tokens[j].text.lower() not in _links():
            break
    if cue + 1 < len(tokens):
        return _country_ref(ctx, tokens[cue + 1], w)
    return None


def _listed_after(ctx: ArticleContext, tokens: list[Token], cue: int, ml: MediaLexicon) -> list[Mention]:
    """The organisations listed right after a media word ("channels A, B and C")."""
    found: list[Mention] = []
    j = cue + 1
    while j < len(tokens) and j <= cue + 10:
        t = tokens[j]
        m = ctx.mention_at(t)
        if m is not None:
            if m.type == EntityType.ORGANIZATION and m not in found:
                found.append(m)
        elif not (t.text.lower() in _links() or _has(t.text, ml.cues)):
            break
        j += 1
    return found


def appearances(ctx: ArticleContext, view: SentenceView, w: World, outlets: list[Mention]) -> list[Fact]:
    """"The video was published on channel X" / "видео показывали в эфире телеканала X": the person
    the video shows (named in the sentence, else the person the text is about just before)
    appeared on the outlet."""
    ml, tokens = media_lexicon(ctx.lang), view.tokens()
    keys = {t.lemma_.lower() for t in tokens} | {t.text.lower() for t in tokens}
    if not keys & ml.video or not (keys & ml.publish or any(_has(t.text, ml.air) for t in tokens)):
        return []
    media = [m for m in view.mentions if m.type == EntityType.ORGANIZATION
             and not _has(m.text, tuple(ml.platforms)) and (m in outlets or _is_media(ctx, tokens, m, ml))]
    if not media:
        return []
    publishers = {t.i for t in tokens if t.lemma_.lower() in ml.publish}
    persons = [m for m in view.mentions if m.type == EntityType.PERSON
               and not ((root := ctx.root_of(m)) is not None and root.dep_.startswith("nsubj") and root.head.i in publishers)]
    person = persons[0] if persons else ctx.person_for_pronoun(tokens[0])
    if person is None:
        return []
    return [Fact(ctx.ref(person), "appearedOn", ctx.ref(m), view.sentence) for m in media]


def _is_media(ctx: ArticleContext, tokens: list[Token], m: Mention, ml: MediaLexicon) -> bool:
    """An outlet: its name has a media word ("X TV"), or one stands just before it ("телеканала «X»")."""
    if _has(m.text, ml.cues):
        return True
    start, _ = _span(tokens, m)
    for j in range(start - 1, max(start - 4, -1), -1):
        if _has(tokens[j].text, ml.cues) and ctx.mention_at(tokens[j]) is None:
            return True
        if tokens[j].text.lower() not in _links() and ctx.mention_at(tokens[j]) is None:
            return False
    return False


def accounts_on_platforms(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """"Джерело: X в Twitter", "X napisał na Twitterze": a person or body named right before a place
    preposition and a platform, in a sentence with a reporting verb or on a line opening with a
    colon ("Source: X on Twitter"), speaks on that platform (publishes on it)."""
    ml, tokens, out = media_lexicon(ctx.lang), view.tokens(), []
    preps = ctx.lex.place_preps - ctx.lex.from_preps  # 'в', 'na'; not 'z', 'from'
    reported = any(_reports(ctx, t) for t in tokens)
    for m in view.mentions:
        if m.type not in (EntityType.PERSON, EntityType.ORGANIZATION) or _has(m.text, tuple(ml.platforms)):
            continue
        start, end = _span(tokens, m)
        if 0 <= end < len(tokens) and _reports(ctx, tokens[end]):
            end += 1  # "X написав у Facebook": the verb between the speaker and the platform
        if start < 0 or end + 1 >= len(tokens) or tokens[end].text.lower() not in preps:
            continue
        if not (reported or start > 0 and tokens[start - 1].text == ":"):
            continue
        ref = _platform(ctx, ml, w, tokens[end + 1], m)
        if ref is not None and ref != ctx.ref(m):
            out.append(Fact(ctx.ref(m), "publishesOn", ref, view.sentence))
    return out


def _reports(ctx: ArticleContext, t: Token) -> bool:
    return t.lemma_.lower() in ctx.lex.reporting or t.text.lower() in ctx.lex.reporting


def media_relations(ctx: ArticleContext, view: SentenceView, w: World) -> list[Fact]:
    """Every media fact of a sentence."""
    channels = channels_on_platforms(ctx, view, w)
    known = {(f.subject, f.object) for f in channels}
    channels += [f for f in accounts_on_platforms(ctx, view, w) if (f.subject, f.object) not in known]
    owned = state_media(ctx, view, w)
    refs = {f.subject for f in channels + owned}
    outlets = [m for m in view.mentions if ctx.ref(m) in refs]
    return channels + owned + appearances(ctx, view, w, outlets)
