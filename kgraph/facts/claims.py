"""Who said or reported what: reporting verbs and source phrases ("according to X", "передаёт X").

A reporting verb with no named speaker ("it was reported", "officials said") is the claim of the
outlet that published the article, when the metadata names it (``p:``); else it is no claim.
"""
from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.model import Claim, EntityRef, EntityType, Event, Mention, Role

from .attributes import of_a_noun_after
from .args import clause_tokens, is_infinitive, is_nominal, may_be_nominative
from .cited import cited_mentions
from .context import ArticleContext, SentenceView
from .coref import (agrees, dropped_speaker, organisation_for_noun, person_after_title, person_gender_of,
                    pronoun_gender, referent, relative_speaker, same_name, title_of, titled_person, topic)
from .events import event_key
from .media import media_lexicon
from .members import of_members
from .quotes import earlier_quoted
from .refs import PUBLISHER_REF, gazetteer_ref
from .scopes import bare_title_holders
from .tense import is_verb_form
from .when import by_tense, clause_dates, is_past, nearest_date, publication_day, reporting_dates, sentence_dates
from .where import statement_place
from .world import world

__all__ = ["sentence_claims", "MAX_CONCERNS"]

MAX_CONCERNS = 6
_SPEAKERS = (EntityType.PERSON, EntityType.ORGANIZATION)
_PRONOUN_REACH = 600  # characters back a source phrase's pronoun looks for its person
_QUOTE_END = frozenset({"-", "–", "—", "”", "\"", "»", "“"})
_TITLE_REACH = 8  # words after a reporting verb in which a title may open its speaker's phrase


def sentence_claims(ctx: ArticleContext, view: SentenceView, events: list[Event], anchor) -> tuple[list[Claim], list[Event]]:
    """Claims of a sentence (one per source) and the Statement events that made them."""
    about = next((e.key for e in events if e.kind != "Statement"), None)
    claims: dict[EntityRef, Claim] = {}
    sources: dict[EntityRef, Mention] = {}
    statements: list[Event] = []
    cited = cited_mentions(ctx, view.tokens())  # "в эфире X": X carried the words
    found = sorted(_sources(ctx, view, cited), key=lambda f: (f[1].lemma_.lower() not in ctx.lex.reporting,
                                                                f[0] is None or f[0].type != EntityType.PERSON))
    # a reporting verb's speaker first, a person before an organisation: the Statement's agent is who
    # spoke, not the outlet ("в ефірі X повідомив Y", "как передает агентство X, сообщил пресс-секретарь Y")
    found += _told(ctx, view, found)  # "mówił wcześniej X Name": X reports what Name told it
    speakers = [speaker for speaker, _, _ in found if speaker is not None]
    said_by_verb = any(cue.lemma_.lower() in ctx.lex.reporting for _, cue, _ in found)
    carriers = cited if said_by_verb else []  # "w rozmowie z X powiedział": X did not speak
    before = _said_before(ctx, view)
    continued = _continued(ctx, view)
    ctx.cited.extend(s for s, cue, _ in found if s is not None and s.type == EntityType.ORGANIZATION
                     and cue.lemma_.lower() not in ctx.lex.reporting)  # "как сообщает X": an outlet, not "the company"
    for speaker, cue, scope in found:
        if speaker is None:
            _publisher_claim(ctx, view, about, scope, claims)
            continue
        ref = ctx.ref(speaker)
        if ref in claims:
            continue
        if speaker.type == EntityType.PERSON:
            ctx.speakers.append(speaker)
        scope = scope + [s for s in speakers if s is not speaker]  # "X said, quoted by Y": Y's claim is about X
        scope = scope + [m for m in before if m is not speaker]  # "Об этом сообщает Y": about the sentence before
        if speaker.type == EntityType.ORGANIZATION:  # "В частности, пишет Y, инвесторы ...": Y goes on reporting
            scope = scope + [m for m in continued if m is not speaker and not _same_entity(ctx, m, speaker)]
        scope = scope + _referents(ctx, view, cue, speaker)  # "..., the airline said": who the words name
        scope = scope + [m for m in bare_title_holders(ctx, view) if m is not speaker]  # "the minister's successor"
        scope = scope + [m for m in earlier_quoted(ctx, view, cue)  # '"A. B," he said': A's names too
                         if m is not speaker and not _same_entity(ctx, m, speaker)]
        described = _own_phrase(ctx, view, speaker)  # "Official X of the ministry, Name": the ministry is his, not his topic
        relaying = _relaying(ctx, view, found, speaker, cue)  # "..., передає X з посиланням на Y": X relays Y's words
        named = [ctx.ref(m) for m in scope if ctx.ref(m) != ref and not any(m is o for o in described)
                 and not any(same_name(m, o) for o in relaying)  # nor another mention of X ('Про це', the one before)
                 and not (speaker.type == EntityType.PERSON and _bracketed(view, m) and _named_outlet(ctx, m))]
        named += _demonyms(ctx, view, cue, speaker, {m.gazetteer_id for m in scope})  # "the German union should"
        concerns = tuple(dict.fromkeys(named))[:MAX_CONCERNS]
        main = topic(ctx)
        if not concerns and main is not None and ctx.ref(main) != ref and _same_entity(ctx, main, speaker) is False \
                and not _international(main):
            concerns = (ctx.ref(main),)  # words that name nobody are about what the article is about
        key = f"{view.sentence.article_id}/{view.sentence.begin}/claim/{speaker.begin}"
        claims[ref] = Claim(key, ref, view.sentence, about, concerns)
        sources[ref] = speaker
        if not statements and speaker not in carriers:
            own = sentence_dates(view.sentence, ctx.lang, anchor, ctx.parsed.article.text)
            dates = reporting_dates(clause_dates(own, cue, ctx.has_parse, view.tokens(), ctx.lex), cue, ctx.has_parse,
                                    view.tokens(), ctx.lex)
            when = nearest_date(dates, cue.idx)
            if when is not None:
                when = by_tense(when, anchor, ctx.lang, planned=False, past=is_past(cue, ctx.lang))
            else:
                when = publication_day(cue, anchor, ctx.lang)
            statements.append(Event(
                event_key(view.sentence.article_id, view.sentence.begin, "Statement"), "Statement", view.sentence,
                cue.text, ((Role.AGENT, ref),), statement_place(ctx, view, cue), when.value if when else None,
                when.precision if when else "day"))
    relayers = {ctx.ref(o) for s, c, _ in found if s is not None for o in _relaying(ctx, view, found, s, c)}
    return _quoting(ctx, list(claims.values()), sources, relayers), statements


def _named_outlet(ctx: ArticleContext, m: Mention) -> bool:
    """The article names ``m`` as an outlet somewhere, with a media word ('портал X', 'X TV'). An
    outlet's name in brackets in a person's words is its credit, not what they are about ('(в
    отношениях X)'); an outlet reporting another's report is about it."""
    from .coref import is_outlet

    return m.type == EntityType.ORGANIZATION and any(same_name(m, o) and is_outlet(ctx, o) for o in ctx.mentions)


def _bracketed(view: SentenceView, m: Mention) -> bool:
    """The name stands inside brackets of the sentence ('(в отношениях X)')."""
    depth = 0
    for t in view.tokens():
        if t.idx >= m.begin:
            return depth > 0
        depth += (t.text == "(") - (t.text == ")")
    return False


def _relaying(ctx: ArticleContext, view: SentenceView, found: list[tuple[Mention | None, Token, list[Mention]]],
              speaker: Mention, cue: Token) -> list[Mention]:
    """The outlets that carry the speaker's words, none of what they are about: an organisation
    the sentence names as a source by a phrase that relays ('як повідомляє X', 'цитиран от X',
    'according to X'; not one of the ``citing_phrases``), every other source when the speaker is
    named by a citing phrase ('передає X з посиланням на Y': X relays Y), and the outlet the
    words were told to (:func:`_told_outlets`)."""
    tokens = view.tokens()
    citing = _phrase_at(ctx, tokens, cue, ctx.lex.citing_phrases)
    out = []
    for other, other_cue, _ in found:
        if other is None or other is speaker or other.type != EntityType.ORGANIZATION or _same_entity(ctx, other, speaker):
            continue
        if _phrase_at(ctx, tokens, other_cue, ctx.lex.citing_phrases):
            continue  # 'з посиланням на Y': Y is relayed, its words are what the others report
        relays = citing or (other_cue.lemma_.lower() not in ctx.lex.reporting
                            and _phrase_at(ctx, tokens, other_cue, ctx.lex.source_phrases))
        if relays:
            out.append(other)
    return out + _told_outlets(ctx, view, speaker, cue)


def _told_outlets(ctx: ArticleContext, view: SentenceView, speaker: Mention, cue: Token) -> list[Mention]:
    """The organisation right after a reporting verb (past adverbs and a media word) and before the
    person after it who spoke, no punctuation between: whom the words were told ('mówił wcześniej X
    Name', 'сказав агентству X Name'); never a body of the speaker's title ('powiedział
    przewodniczący Komitetu X Name')."""
    tokens = view.tokens()
    if speaker.type != EntityType.PERSON or cue.idx >= speaker.begin \
            or any(t.is_punct for t in tokens if cue.idx < t.idx < speaker.begin):
        return []
    own = _own_phrase(ctx, view, speaker)
    cues = media_lexicon(ctx.lang).cues
    for t in (t for t in tokens if cue.idx < t.idx < speaker.begin):
        m = ctx.mention_at(t)
        if m is not None:
            ok = m.type == EntityType.ORGANIZATION and t.idx == m.begin and not any(m is o for o in own)
            return [m] if ok else []
        if not (t.is_alpha and t.is_lower) or title_of(ctx, t) is not None \
                or t.pos_ in ("NOUN", "PROPN") and not any(c in t.text.lower() for c in cues):
            return []
    return []


def _told(ctx: ArticleContext, view: SentenceView, found: list[tuple[Mention | None, Token, list[Mention]]]
          ) -> list[tuple[Mention | None, Token, list[Mention]]]:
    """Each outlet a person told the words to, as a source of the same cue: its report is about him
    and what he said (it quotes his claim), not the names of his title."""
    named = [s for s, _, _ in found if s is not None]
    out: list[tuple[Mention | None, Token, list[Mention]]] = []
    for speaker, cue, scope in found:
        if speaker is None:
            continue
        for outlet in _told_outlets(ctx, view, speaker, cue):
            if not any(outlet is s for s in named):
                named.append(outlet)
                own = _own_phrase(ctx, view, speaker)
                out.append((outlet, cue, [speaker] + [m for m in scope if m is not outlet and not any(m is o for o in own)]))
    return out


def _phrase_at(ctx: ArticleContext, tokens: list[Token], cue: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``phrases`` starts at the cue (also with a person's pronoun after its first word)."""
    k = next((k for k, t in enumerate(tokens) if t.i == cue.i), None)
    return k is not None and any(p[0] == cue.text.lower() and _phrase_length(ctx, tokens, k, p) for p in phrases)


def _international(m: Mention) -> bool:
    """An international body the gazetteer knows (an organisation of no country: the EU, the UN):
    an article that keeps naming one is set in its affairs (Brexit talks), so words naming nobody
    are not thereby about it, as they are about a firm the article reports on."""
    entry = world().entry(m.gazetteer_id) if m.gazetteer_id else None
    return entry is not None and entry.type == EntityType.ORGANIZATION and entry.country is None


_TITLE_BEFORE = 3  # words of a title between a preposition and a name ('від міського голови X')


def _after_preposition(ctx: ArticleContext, token: Token) -> bool:
    """The name opening at ``token`` stands after a preposition, right after it or past its title,
    the title's adjectives and its complement ('вимагали від міського голови X', 'zażądali od
    burmistrza miasta X'): the one addressed, not a speaker. A noun that is no title and none's
    complement ('в понедельник пресс-секретарь X') ends the phrase: X follows no preposition."""
    doc = token.doc
    words = ctx.lex.title_words

    def is_title(word: Token) -> bool:
        return word.text[:1].islower() and (word.text.lower() in words or word.lemma_.lower() in words)

    titled = False
    for step, k in enumerate(range(token.i - 1, max(-1, token.i - 2 - _TITLE_BEFORE), -1)):
        word = doc[k]
        if word.text.lower() in ctx.lex.prepositions:
            return titled or step == 0
        if not word.text[:1].islower():
            return False
        if is_title(word):
            titled = True
            continue
        if step == 0 and k > 0 and is_title(doc[k - 1]):
            continue  # the title's complement: 'burmistrza miasta X'
        nominal = word.pos_ in ("NOUN", "PROPN") if ctx.has_parse else is_nominal(ctx, word)
        if not titled or nominal or is_verb_form(word, ctx.lang):
            return False
    return False


def _quoting(ctx: ArticleContext, claims: list[Claim], sources: dict[EntityRef, Mention],
             relayers: Collection[EntityRef] = ()) -> list[Claim]:
    """"Как передает агентство X, сообщил пресс-секретарь Y", "В интервю за X той каза": with one person speaking in the
    sentence, each organisation's claim is its report of his words (it quotes his claim, and concerns
    what his does), and the outlets are none of what he spoke about. With no person and two
    organisations, the one a relaying phrase names ('цитиран от X'), else the one named after a media
    word ('agencja', 'агентство'), reports the other."""
    originals = [c for c in claims if c.source in sources and sources[c.source].type == EntityType.PERSON]
    bodies = [c for c in claims if c.source in sources and sources[c.source].type == EntityType.ORGANIZATION]
    if not originals and len(bodies) == 2:  # "Firma X twierdzi, że ... - podaje agencja Y": the agency reports X
        media = [c for c in bodies if c.source in relayers]
        if len(media) != 1:
            media = [c for c in bodies if _named_as_media(ctx, sources[c.source])]
        originals = [c for c in bodies if c not in media] if len(media) == 1 else []
    if len(originals) != 1:
        return claims
    original = originals[0]
    outlets = {c.source for c in bodies if c is not original}
    if not outlets:
        return claims
    spoken = tuple(r for r in original.concerns if r not in outlets)
    return [replace(c, quotes=original.key, concerns=tuple(dict.fromkeys(c.concerns + spoken))[:MAX_CONCERNS])
            if c.source in outlets else replace(c, concerns=spoken) if c is original else c
            for c in claims]


_OWN_REACH = 6  # words a title phrase spans before its person ('szef Rady Nordyckiej Name')


def _own_phrase(ctx: ArticleContext, view: SentenceView, speaker: Mention) -> list[Mention]:
    """The names that describe the speaker, not what was said: those of the title phrase right before
    the name ('Официальный представитель МИД Норвегии Name', 'przewodniczący KN Name') or right after
    it past a comma ('Name, minister więziennictwa w prowincji X'), its full name or acronym in
    brackets beside it ('Європейська агенція … (ENA)'), and a person joined to it by a conjunction
    before it with that person's title phrase ('szef X Name i przewodniczący Y Name2 zadeklarowali')."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.idx == speaker.begin), None)
    if pos is None:
        return []
    out: list[Mention] = []
    start = _title_start(ctx, tokens, pos, out)
    if speaker.type == EntityType.PERSON and start >= 2 and tokens[start - 1].text.lower() in ctx.lex.conjunctions:
        other = ctx.mention_at(tokens[start - 2])
        if other is not None and other.type == EntityType.PERSON:
            first = next((k for k, t in enumerate(tokens) if t.idx == other.begin), start - 2)
            out.append(other)
            _title_start(ctx, tokens, first, out)
    end = next((k for k in range(pos, len(tokens)) if tokens[k].idx >= speaker.end), len(tokens))
    if end + 1 < len(tokens) and tokens[end].text == "," and title_of(ctx, tokens[end + 1]) is not None:
        for t in tokens[end + 1:]:
            if t.is_punct or t.text.lower() in ctx.lex.clause_breaks or t.lemma_.lower() in ctx.lex.reporting:
                break
            m = ctx.mention_at(t)
            if m is not None and m is not speaker and m not in out:
                out.append(m)
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
        m = ctx.mention_at(tokens[end + 1])
        if m is not None and m not in out:
            out.append(m)
    if pos >= 2 and tokens[pos - 1].text == "(" and end < len(tokens) and tokens[end].text == ")":
        for k in range(pos - 2, max(-1, pos - 6), -1):  # 'Європейська агенція з безпеки (EBA)': the name before
            m = ctx.mention_at(tokens[k])
            if m is not None:
                if m not in out:
                    out.append(m)
                break
            if not (tokens[k].is_alpha and tokens[k].is_lower):
                break
    return out


def _title_start(ctx: ArticleContext, tokens: list[Token], pos: int, out: list[Mention]) -> int:
    """Where the title phrase right before ``tokens[pos]`` starts (``pos`` without one); the names
    inside it are added to ``out``."""
    inside: list[Mention] = []
    for k in range(pos - 1, max(-1, pos - 1 - _OWN_REACH), -1):
        t = tokens[k]
        if t.is_punct and t.text not in "-–" or t.text.lower() in ctx.lex.clause_breaks \
                or t.lemma_.lower() in ctx.lex.reporting or t.text.lower() in ctx.lex.conjunctions:
            return pos
        m = ctx.mention_at(t)
        if m is not None and m not in inside:
            inside.append(m)
        if m is None and title_of(ctx, t) is not None:
            out.extend(x for x in inside if x not in out)
            return k
    return pos


def _named_as_media(ctx: ArticleContext, m: Mention) -> bool:
    """The name has a media word or comes right after one ('agencja X', 'агентство X', 'X TV')."""
    cues = media_lexicon(ctx.lang).cues
    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    words = [m.text.lower()] + ([doc[span.start - 1].text.lower()] if span is not None and span.start > 0 else [])
    return any(c in w for w in words for c in cues)


def _referents(ctx: ArticleContext, view: SentenceView, cue: Token, speaker: Mention) -> list[Mention]:
    """Who the pronouns, bare titles and company nouns of the reported words stand for (the
    speaker's own words left out: "X said he would" is about X, who is the claim's author)."""
    if ctx.has_parse:
        tokens = [t for c in cue.children if c.dep_ not in ("punct", "nsubj", "nsubj:pass", "agent") for t in c.subtree]
    else:
        tokens = [t for t in view.tokens() if t.i != cue.i]
    out: list[Mention] = []
    for t in tokens:
        m = referent(ctx, t) if ctx.mention_at(t) is None else None
        if m is not None and m is not speaker and m not in out and _same_entity(ctx, m, speaker) is False:
            out.append(m)
    return out


def _demonyms(ctx: ArticleContext, view: SentenceView, cue: Token, speaker: Mention, named: set[str | None]
              ) -> list[EntityRef]:
    """The countries the reported words of a reporting verb name by their adjective ("німецький
    союз повинен": Germany): its clause less its subject by the parse, else the words on the other
    side of the verb from the speaker. Never the speaker's own phrase ("the German minister said",
    "podaje X, rzecznik belgijskich związków") nor a country also named by its name."""
    if cue.lemma_.lower() not in ctx.lex.reporting:
        return []
    if ctx.has_parse:
        tokens = [t for c in cue.children if c.dep_ not in ("punct", "nsubj", "nsubj:pass", "agent") for t in c.subtree]
    else:
        before = speaker.begin < cue.idx
        tokens = [t for t in view.tokens() if (t.i > cue.i if before else t.i < cue.i)]
        starts = {p[0] for p in ctx.lex.source_phrases}  # '... je povedal po poročanju francoske agencije'
        cut = next((k for k, t in enumerate(tokens) if t.text.lower() in starts), len(tokens)) if before else len(tokens)
        tokens = tokens[:cut]
    out: list[EntityRef] = []
    for t in tokens:
        country = world().demonym(t.text) if ctx.mention_at(t) is None and t.is_alpha else None
        if country is not None and country.id not in named:
            out.append(gazetteer_ref(country.id))
    return out


def _same_entity(ctx: ArticleContext, a: Mention, b: Mention) -> bool:
    """Two mentions of one name in the article ('Борис Джонсон', 'Джонсона')."""
    return a.type == b.type and same_name(a, b)


def _said_before(ctx: ArticleContext, view: SentenceView) -> list[Mention]:
    """"Об этом сообщает X", "Informoval o tom server X", "Про це заявив X": the claim is about what the
    sentence before said, so its names are the claim's concerns (none without such a phrase)."""
    words = [t.text.lower() for t in view.tokens()]
    if not any(tuple(words[i:i + len(p)]) == p for p in ctx.lex.about_this for i in range(len(words))):
        return []
    i = next((i for i, v in enumerate(ctx.views) if v is view), 0)
    main = topic(ctx)  # "Об этом сообщает X" closing a report: X reports what the article is about
    return _paragraph_before(ctx, i) + _nouns_before(ctx, i) + ([main] if main is not None else [])


def _nouns_before(ctx: ArticleContext, i: int) -> list[Mention]:
    """The companies the bare company nouns of the sentence before sentence ``i`` stand for
    ("Німецька організація подала скаргу. Про це повідомляє X": X reports on that organisation)."""
    if i == 0:
        return []
    out: list[Mention] = []
    for t in ctx.views[i - 1].tokens():
        m = organisation_for_noun(ctx, t)
        if m is not None and m not in out:
            out.append(m)
    return out


def _continued(ctx: ArticleContext, view: SentenceView) -> list[Mention]:
    """"В частности, пишет X, ...", "Ponadto, jak podaje X, ...": a sentence opening with a
    continuation phrase goes on with the sentence before in its paragraph; that sentence's names."""
    words = [t.text.lower() for t in view.tokens()[:4] if not t.is_punct]
    if not any(tuple(words[:len(p)]) == p for p in ctx.lex.continuation_phrases):
        return []
    i = next((i for i, v in enumerate(ctx.views) if v is view), 0)
    if i == 0 or "\n" in ctx.parsed.article.text[ctx.views[i - 1].sentence.end: view.sentence.begin]:
        return []
    return list(ctx.views[i - 1].mentions)


def _paragraph_before(ctx: ArticleContext, i: int, reach: int = 4) -> list[Mention]:
    """The mentions of the sentence before sentence ``i``, then of those before it in the same
    paragraph (at most ``reach`` sentences): what "this" reported there is, nearest first."""
    text = ctx.parsed.article.text
    out: list[Mention] = []
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        out += ctx.views[j].mentions
        if j > 0 and "\n" in text[ctx.views[j - 1].sentence.end: ctx.views[j].sentence.begin]:
            break
    return out


def _publisher_claim(ctx: ArticleContext, view: SentenceView, about: str | None, scope: list[Mention],
                     claims: dict[EntityRef, Claim]) -> None:
    """The outlet's claim for a reporting verb without a named speaker (none without metadata)."""
    if not ctx.parsed.article.meta.publisher or PUBLISHER_REF in claims:
        return
    concerns = tuple(dict.fromkeys(ctx.ref(m) for m in scope))[:MAX_CONCERNS]
    key = f"{view.sentence.article_id}/{view.sentence.begin}/claim/publisher"
    claims[PUBLISHER_REF] = Claim(key, PUBLISHER_REF, view.sentence, about, concerns)


def _sources(ctx: ArticleContext, view: SentenceView, cited: list[Mention]
             ) -> Iterator[tuple[Mention | None, Token, list[Mention]]]:
    """(speaker, cue, what is said about): the speaker None for a reporting verb naming none;
    never a name ``cited`` by an interview phrase."""
    tokens = view.tokens()
    phrased = list(_phrase_sources(ctx, view, tokens))
    by_token: dict[int, list[tuple[Mention | None, Token, list[Mention]]]] = {}
    hosts: dict[int, Mention] = {}  # id of an outlet a guest phrase names -> its guest
    for k, found in phrased:
        by_token.setdefault(k, []).append(found)
        guest = by_token[k][0][0]
        if len(by_token[k]) == 2 and found[0] is not None and guest is not None and guest.type == EntityType.PERSON \
                and found[0].type == EntityType.ORGANIZATION and (found[1].text.lower(),) in ctx.lex.guest_phrases:
            hosts[id(found[0])] = guest
    for k, t in enumerate(tokens):
        if k > 0 and tokens[k - 1].text.lower() in ctx.lex.negation:
            pass  # "firma nie zaproponowała oferty", "не сообщил": a verb negated reports nothing
        elif t.lemma_.lower() in ctx.lex.reporting and ctx.mention_at(t) is None and not is_infinitive(ctx, t):
            # "EMA continues to cooperate and to notify", "refused to comment": an infinitive says nothing
            speaker = _speaker_parsed(ctx, t) if ctx.has_parse else _speaker_window(ctx, view, t)
            if speaker is not None and id(speaker) in hosts:
                speaker = hosts[id(speaker)]  # "X, który był gościem Y, ocenił": X spoke, Y hosted him
            if speaker in cited or any(j > k and found[0] is speaker for j, found in phrased):
                speaker = None  # "В интервю за телевизия X той каза", "je povedal po poročanju agencije X": X carried the words
            speaker = speaker or relative_speaker(ctx, t)  # "X, który powiedział": X
            speaker = speaker or dropped_speaker(ctx, t)  # "Dodała, że ...": the woman quoted just before
            if t.text.lower() in ctx.lex.editorial_forms:
                speaker = None  # "Напомним, X отменил ...": the outlet's voice, not X's words
            yield speaker, t, _scope(ctx, view, t, speaker)
        yield from by_token.get(k, ())
    yield from _credits(ctx, view, tokens)


_CREDIT_MARKS = frozenset({":", ".", "/", "|", "-", "–", "—", "©"})


def _credits(ctx: ArticleContext, view: SentenceView, tokens: list[Token]
             ) -> Iterator[tuple[Mention, Token, list[Mention]]]:
    """'Рейси скасовано / Ілюстрація X.', 'Fot. X': a credit word (media.json ``credit_words``), then
    an organisation's name that ends the sentence: the caption is that outlet's, about the names
    it gives. A name with more words after it is no credit ('на фото X вітає Y')."""
    credit = [tuple(w.split()) for w in media_lexicon(ctx.lang).credit]
    words = [x.text.lower().rstrip(".") for x in tokens]
    for k, t in enumerate(tokens):
        if not any(tuple(words[k - len(c) + 1 : k + 1]) == c for c in credit if len(c) <= k + 1):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].text in _CREDIT_MARKS:
            j += 1
        m = ctx.mention_at(tokens[j]) if j < len(tokens) else None
        if m is None or m.type != EntityType.ORGANIZATION or tokens[j].idx != m.begin or not _can_speak(ctx, m):
            continue
        rest = [x for x in tokens[j:] if x.idx >= m.end]
        if not all(x.is_punct for x in rest):
            continue
        about = [o for o in view.mentions if o is not m and o.end <= t.idx]
        i = next((i for i, v in enumerate(ctx.views) if v is view), 0)
        if not about and i > 0:  # 'Фото: X.' on its own: the caption is the sentence before
            about = list(ctx.views[i - 1].mentions)
        yield m, t, about


def _phrase_sources(ctx: ArticleContext, view: SentenceView, tokens: list[Token]
                    ) -> Iterator[tuple[int, tuple[Mention, Token, list[Mention]]]]:
    """(where, (source, cue, what is said about)) of each source phrase naming its source; a guest
    phrase's ('gościem X') the person before it, whom the outlet hosted, first."""
    for k, t in enumerate(tokens):
        word = t.text.lower()
        for phrase in ctx.lex.source_phrases + tuple(p for p in ctx.lex.guest_phrases if p not in ctx.lex.source_phrases):
            if phrase[0] != word:
                continue
            n = _phrase_length(ctx, tokens, k, phrase)
            if n:
                speaker = _pronoun_source(ctx, tokens, k, n)
                if speaker is None and not (k + n < len(tokens) and _gendered(ctx, tokens[k + n])):
                    speaker = _first_source_after(ctx, tokens, k + n, strict=len(phrase) == 1)  # not "according to his aide, X"
                if speaker is None:
                    continue
                guest = _guest(ctx, tokens, k) if phrase in ctx.lex.guest_phrases else None
                if guest is not None and speaker.type == EntityType.ORGANIZATION:
                    yield k, (guest, t, [m for m in view.mentions if m is not guest and m is not speaker])
                yield k, (speaker, t, [m for m in view.mentions if m is not speaker])


def _guest(ctx: ArticleContext, tokens: list[Token], k: int) -> Mention | None:
    """The person a guest phrase at ``k`` is said of: the last one named before it in the sentence,
    no other name between ('X, który był w poniedziałek gościem Y')."""
    for t in reversed(tokens[:k]):
        m = ctx.mention_at(t)
        if m is not None:
            return m if m.type == EntityType.PERSON and _can_speak(ctx, m) else None
    return None


def _phrase_length(ctx: ArticleContext, tokens: list[Token], k: int, phrase: tuple[str, ...]) -> int:
    """How many tokens from k spell the source phrase (0: none), also with a person's pronoun after
    its first word ("по его словам", "за її словами" for "по словам", "за словами")."""
    words = tuple(x.text.lower() for x in tokens[k: k + len(phrase) + 1])
    if words[:len(phrase)] == phrase:
        return len(phrase)
    if len(phrase) > 1 and len(words) == len(phrase) + 1 and _gendered(ctx, tokens[k + 1]) \
            and words[:1] + words[2:] == phrase:
        return len(phrase) + 1
    return 0


def _gendered(ctx: ArticleContext, token: Token) -> bool:
    """A third person's gendered pronoun ('him', 'niego', 'его', 'її'), never 'I' or 'we'."""
    return pronoun_gender(ctx, token) is not None and not ctx.is_first_person(token)


def _pronoun_source(ctx: ArticleContext, tokens: list[Token], k: int, n: int) -> Mention | None:
    """"According to him", "Według niego", "по его словам", "jego zdaniem": the person the phrase's
    pronoun stands for (the one quoted last, else named last, of its gender); a pronoun after the
    phrase counts only when no noun follows it ("according to his aide" is the aide's)."""
    inside = [x for x in tokens[k: k + n] if _gendered(ctx, x)]
    after = tokens[k + n] if k + n < len(tokens) else None
    if not inside and after is not None and _gendered(ctx, after) and not after.text[:1].isupper() and not (
            k + n + 1 < len(tokens) and tokens[k + n + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        inside = [after]  # not a capital pronoun opening the next sentence the split missed ('..., пише Він заявив')
    if not inside or ctx.mention_at(inside[0]) is not None:
        return None
    m = ctx.speaker_for_pronoun(inside[0])
    if m is None or m.type != EntityType.PERSON or not _can_speak(ctx, m):
        return None
    gender = pronoun_gender(ctx, inside[0])
    if gender is not None and person_gender_of(ctx, m) != gender and any(
            o.type == EntityType.PERSON and not same_name(o, m) and 0 <= inside[0].idx - o.end <= _PRONOUN_REACH
            and agrees(ctx, o, gender) for o in ctx.mentions):
        return None  # "singer X ... that Y was filmed. According to her": of X and Y, neither known a woman: no one
    return m


def _speaker_parsed(ctx: ArticleContext, verb: Token) -> Mention | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") or (child.dep_ == "prep" and child.lemma_.lower() == "by"):
            target = child
            if child.dep_ in ("agent", "prep"):
                target = next((c for c in child.children if c.dep_ == "pobj"), child)
            m = ctx.mention_at(target)
            if m is None and ctx.is_pronoun(target):
                m = ctx.speaker_for_pronoun(target)
            if m is None:  # "Глава МИД Германии Хайко Маас назвал": the person named beside the title, not its body
                member = target.lemma_.lower() in ctx.lex.member_nouns  # "Адвокат X, Y, сказал": Y, the lawyer, spoke
                near = [x for c in sorted(target.children, key=lambda c: (member and c.doc[c.i - 1].text != ",", c.dep_ == "nmod"))
                        if c.dep_ in ("compound", "appos", "flat", "nmod", "conj")
                        and (x := ctx.mention_at(c)) is not None and not of_members(ctx, x)]
                m = next((x for x in near if x.type == EntityType.PERSON), near[0] if near else None)
            if m is None or m.type != EntityType.PERSON:  # "the minister said", "Президент США заявил": the one named before
                m = titled_person(ctx, target) or m or organisation_for_noun(ctx, target)
            if m is not None and m.type in _SPEAKERS and _can_speak(ctx, m):
                return m
    return None


def _speaker_window(ctx: ArticleContext, view: SentenceView, verb: Token) -> Mention | None:
    clause = clause_tokens(ctx, view, verb, window=6)
    doc = verb.doc
    if any((x.text in _QUOTE_END or x.is_quote) and (x.whitespace_ or x.i > 0 and doc[x.i - 1].whitespace_)
           for x in doc[max(0, verb.i - 2): verb.i]):  # a quote or dash standing apart, not the "'" of "Прем'єр"
        clause = [t for t in clause if t.i > verb.i]  # "„...jej uwolnienie” – mówił X": the speaker follows
    found: list[tuple[Token, Mention]] = []
    governed: list[Mention] = []
    for t in clause:
        m = ctx.mention_at(t)
        if m is None and ctx.is_pronoun(t):
            m = ctx.person_for_pronoun(t)
        if m is None:
            m = titled_person(ctx, t) or organisation_for_noun(ctx, t)
        if m is not None and t.idx == m.begin and m.type == EntityType.PERSON and _after_preposition(ctx, t):
            governed.append(m)  # "призова X да гарантира сигурността на Y": Y, after a preposition, said nothing
        elif m is not None and t.idx == m.begin and m.type == EntityType.PERSON and _oblique_name(ctx, t, m):
            governed.append(m)  # "wyrok w sprawie 30-letniego X ogłosił sędzia Y": X, in the genitive, said nothing
        elif m is not None and t.idx == m.begin and m.type == EntityType.ORGANIZATION and _classified_after_preposition(ctx, t):
            governed.append(m)  # "przed wyjazdem za kanał X prezydent zapewniał": X, the preposition's, said nothing
        elif m is not None and t.idx == m.begin and m.type == EntityType.ORGANIZATION and of_a_noun_after(ctx, t, verb):
            governed.append(m)  # "політики розкритикували замовлення ЄС": the EU's order, not the EU, was spoken of
        if m is not None and any(m is g for g in governed):
            continue
        if m is not None and m.type in _SPEAKERS and _can_speak(ctx, m) and not (t.idx == m.begin and of_members(ctx, m)):
            found.append((t, m))  # "piloci X zapowiedzieli": the pilots speak, not X
    if verb.i > 0 and doc[verb.i - 1].text == "," and any(t.i > verb.i for t, _ in found):
        found = [(t, m) for t, m in found if t.i > verb.i]  # "…, повідомили у компанії": the speaker follows
    best: tuple[int, Mention] | None = None
    for t, m in found:
        d = abs(t.i - verb.i)
        if m.type != EntityType.PERSON or _cut_off(ctx, verb, t, found):
            d += len(clause)  # a person first: "said the chairman of KR Name", "в ефірі X повідомив лікар, Name"
        if best is None or d < best[0]:
            best = (d, m)
    return _person_after(ctx, best[1]) if best else _titled_after(ctx, view, verb)


def _classified_after_preposition(ctx: ArticleContext, t: Token) -> bool:
    """The name opening at ``t`` is the apposition of a classifier noun a preposition governs ('za
    kanał X', 'через протоку X'): a landform (cues.json ``landform_nouns``), media or company noun;
    a preposition of place ('w kanale X', 'в компании X заявили') leaves it a source."""
    doc = t.doc
    i = t.i - 1
    if i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper() and ctx.mention_at(doc[i]) is None:
        i -= 1  # the name's first word the reader left out ('kanał La | X')
    if i < 1:
        return False
    noun, prep = doc[i], doc[i - 1]
    low, lemma = noun.text.lower(), noun.lemma_.lower()
    if not noun.is_alpha or not noun.is_lower or prep.text.lower() not in ctx.lex.prepositions or prep.text.lower() in ctx.lex.place_preps:
        return False
    cues = media_lexicon(ctx.lang).cues
    return bool({low, lemma} & (ctx.lex.landform_nouns | ctx.lex.organisation_nouns)) \
        or any(low.startswith(c) for c in cues if len(c) >= 4)


def _oblique_name(ctx: ArticleContext, t: Token, m: Mention) -> bool:
    """By the dictionary (pl, ru, uk), the person's name is in an oblique case, so no verb's subject:
    each of its words the dictionary knows has no nominative reading ('Piotra Zielińskiego'), or the
    adjective right before it, which agrees with it, has none ('30-letniego', 'покойного'). Elsewhere
    (no dictionary of cases), the name's own words differ from its nominative in their endings
    ('ženy Novákovou vyzvaly': 'Nováková')."""
    if ctx.lang not in ("pl", "ru", "uk"):
        return _inflected(m)
    doc = t.doc
    words = [x.text for x in doc[t.i: t.i + len(m.text.split())] if x.is_alpha]
    if words and all(_case_known(ctx, w) and not _nominative_reading(ctx, w) for w in words):
        return True
    if t.i == 0:
        return False
    before = doc[t.i - 1].text.split("-")[-1]
    return before.isalpha() and before.islower() and _adjective(ctx, before) and not _nominative_reading(ctx, before)


def _inflected(m: Mention) -> bool:
    """Some word of the name is its nominative's with another ending, none is other ('Novákovou'
    of 'Nováková'): the name is in an oblique case."""
    said, base = m.text.split(), (m.normal or m.text).split()
    if len(said) != len(base) or said == base:
        return False
    return all(a == b or a[:3].lower() == b[:3].lower() and a.lower() != b.lower() for a, b in zip(said, base))


def _readings(ctx: ArticleContext, word: str) -> list[tuple[str, set[str]]]:
    """(part of speech, cases) of each dictionary reading of the word (pl: SGJP; ru, uk: pymorphy3's known words)."""
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import tags

        parts = [tag.split(":") for tag in tags(word)]
        return [(p[0], set(p[2].split("."))) for p in parts if len(p) >= 3]
    from kgraph.nlp.inflection import readings

    cases = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "inst", "loct": "loc", "voct": "voc"}
    out = []
    for p in readings(word, ctx.lang):
        grammemes = set(p.tag.grammemes)
        out.append((str(p.tag.POS or ""), {cases[g] for g in grammemes if g in cases}))
    return out


def _case_known(ctx: ArticleContext, word: str) -> bool:
    return bool(_readings(ctx, word))


def _nominative_reading(ctx: ArticleContext, word: str) -> bool:
    return any("nom" in cases for _, cases in _readings(ctx, word))


def _adjective(ctx: ArticleContext, word: str) -> bool:
    readings = _readings(ctx, word)
    return bool(readings) and all(pos in ("adj", "ADJF", "PRTF") for pos, _ in readings)


def _titled_after(ctx: ArticleContext, view: SentenceView, verb: Token) -> Mention | None:
    """"Это заявил в интервью французским СМИ еврокомиссар по экономике Иван Петров": with no
    speaker in the verb's window, the person a title in the nominative introduces after the verb
    and its adverbials (no comma, clause break or other verb between), further than the window."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == verb.i), None)
    if pos is None:
        return None
    for j in range(pos + 1, min(pos + 1 + _TITLE_REACH, len(tokens))):
        t = tokens[j]
        if t.is_punct or t.text.lower() in ctx.lex.clause_breaks or t.pos_ in ("VERB", "AUX") \
                or t.lemma_.lower() in ctx.lex.reporting or ctx.mention_at(t) is not None:
            return None
        if title_of(ctx, t) is not None:
            k = j - 1
            while k > pos and world().demonym(tokens[k].text) is not None:
                k -= 1  # "с британския министър": the word before the title's adjectives
            if k > pos and tokens[k].is_alpha and tokens[k].is_lower and len(tokens[k].text) <= 3:
                return None  # "каза на пресконференция с министъра X": X is with the speaker, not speaking
            m = person_after_title(ctx, t) if may_be_nominative(ctx, t) else None
            return m if m is not None and _can_speak(ctx, m) and not of_members(ctx, m) else None
    return None


def _person_after(ctx: ArticleContext, m: Mention) -> Mention:
    """"повідомив фінансовий директор компанії X Пол Y": the person named right after an
    organisation (its officer) speaks, not the organisation."""
    if m.type != EntityType.ORGANIZATION:
        return m
    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    nxt = ctx.mention_at(doc[span.end]) if span is not None and span.end < len(doc) else None
    return nxt if nxt is not None and nxt.type == EntityType.PERSON and _can_speak(ctx, nxt) else m


def _cut_off(ctx: ArticleContext, verb: Token, t: Token, found: list[tuple[Token, Mention]]) -> bool:
    """"Jak podaje agencja X, minister Y ...": past a comma, with an organisation between the verb
    and the comma, the person is in the reported clause, not the reporting one."""
    lo, hi = sorted((t.i, verb.i))
    commas = [x.i for x in ctx.parsed.doc[lo:hi] if x.text == ","]
    if not commas:
        return False
    edge = commas[0] if t.i > verb.i else commas[-1]
    return any(m.type == EntityType.ORGANIZATION and (verb.i < o.i < edge if t.i > verb.i else edge < o.i < verb.i)
               for o, m in found)


def _first_source_after(ctx: ArticleContext, tokens: list[Token], start: int, strict: bool = False) -> Mention | None:
    """The source a phrase names; after a one-word phrase ("za", "według", prepositions of many uses)
    only an organisation right after it, or after a media word ("według którego za obrazę X" names none),
    or a person right after one of the ``person_source_words`` ("Według Kowala", "Според Петров")."""
    cues = media_lexicon(ctx.lang).cues
    people = strict and start > 0 and tokens[start - 1].text.lower() in ctx.lex.person_source_words
    for j in range(start, min(start + (2 if strict else 6), len(tokens))):
        m = ctx.mention_at(tokens[j])
        if m is None and strict and not any(c in tokens[j].text.lower() for c in cues):
            return None  # "za agencją X" names a source; "za granicą", "za kanałem" do not
        if m is None and tokens[j].text in (",", ";", ":"):
            return None  # "по мнению профсоюзов, рабочие X": the unions, unnamed, hold the view, not X
        if m is not None:
            typed = not strict or m.type == EntityType.ORGANIZATION or people and j == start and m.type == EntityType.PERSON
            ok = m.type in _SPEAKERS and _can_speak(ctx, m) and typed
            return m if ok else None
    return None


def _can_speak(ctx: ArticleContext, m: Mention) -> bool:
    """Not a platform ("на Facebooku" is where words were posted, not who said them) and not a
    common noun a reader took for a name ("Адвокат", "Premier")."""
    ml = media_lexicon(ctx.lang)
    low = m.text.lower()
    if any(stem in low for stem in ml.platforms):
        return False
    words = low.split()
    lemma = " ".join(t.lemma_.lower() for t in ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand") or ())
    nouns = set(ml.person_nouns) | set(ml.relations)
    return not (len(words) == 1 and ((low,) in ctx.lex.titles or (lemma,) in ctx.lex.titles or low in nouns or lemma in nouns))


def _scope(ctx: ArticleContext, view: SentenceView, verb: Token, speaker: Mention | None) -> list[Mention]:
    """What the statement is about: mentions of the reported clause (the verb's subtree less the
    speaker's phrase); without a parser, the rest of the sentence."""
    if not ctx.has_parse:
        return [m for m in view.mentions if m is not speaker]
    speaker_root = ctx.root_of(speaker) if speaker is not None else None
    outside = {t.i for t in speaker_root.subtree} if speaker_root is not None and speaker_root.head.i == verb.i else set()
    inside = {t.i for c in verb.children if c.dep_ not in ("punct",) for t in c.subtree} - outside
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:  # "X called it unacceptable, writes Y": Y reports the clause
        inside |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    return [m for m in view.mentions if m is not speaker and any(
        t.i in inside for t in (ctx.root_of(m),) if t is not None)]
