"""A light, conservative coreference for the fact extractor: what a word that names nobody stands for.

- a personal pronoun ("she said", "он заявил"): the last person named before whose given name is
  not of the other gender (pymorphy3's or SGJP's given names; unknown names agree with both);
- a bare title ("the minister said", "министр заявил", "premier powiedział"): the person last named
  with that title in the article (a title followed by a name is that name's, not a reference);
- a bare company noun ("the airline", "авиакомпания", "przewoźnik"; ``organisation_nouns`` of
  ``cues.json``): the last organisation named before that is no outlet (by name, or cited as a source);
- the article's topic: its most named organisation or event, the one a claim that names nobody
  is about ("Jak podaje X, tego dnia odwołanych zostanie 600 lotów" in a report on one company).
"""
from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgraph.model import EntityRef, EntityType, Mention, RefKind

if TYPE_CHECKING:
    from .context import ArticleContext

__all__ = ["pronoun_gender", "person_gender", "agrees", "title_of", "titled_person", "organisation_for_noun",
           "referent", "classified", "person_gender_of", "topic", "same_name", "verb_gender", "dropped_speaker", "is_person_like",
           "person_after_title", "person_for_noun", "is_outlet"]

_LATIN_REACH = 6  # a title this close before a person's name is that name's title


def pronoun_gender(ctx: ArticleContext, token: Token) -> str | None:
    """'f' / 'm' for a gendered personal pronoun of the language's lists, else None."""
    low = token.text.lower()
    if low in ctx.lex.feminine_pronouns:
        return "f"
    if low in ctx.lex.masculine_pronouns:
        return "m"
    return None


def person_gender(ctx: ArticleContext, m: Mention) -> str | None:
    """The gender of a person's given name (the first word of its normal form), else of the surname's
    gendered ending (cues.json ``surname_endings``: 'Петрова', 'Kowalska'), None when neither tells."""
    words = (m.normal or m.text).split()
    if len(words) < 2:
        return None  # a surname alone says nothing of its bearer here
    return _given_name_gender(words[0], ctx.lang) or surname_gender(ctx, words[-1])


def surname_gender(ctx: ArticleContext, word: str) -> str | None:
    """'f' / 'm' for a surname on a gendered ending of the language ('Петрова', 'Kowalski')."""
    low = word.lower()
    return next((g for ending, g in ctx.lex.surname_endings if low.endswith(ending) and len(low) > len(ending) + 1), None)


def _verb_gender_after(ctx: ArticleContext, m: Mention) -> str | None:
    """The gender of a past verb right after the name, its subject ('Х заявила', 'X powiedział')."""
    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    from .tense import is_verb_form

    after = doc[span.end]
    return verb_gender(ctx, after) if is_verb_form(after, ctx.lang) else None


_BY_RUSSIAN = ("bg", "mk")  # Cyrillic languages without a dictionary of their own: Russian's given names


@functools.lru_cache(maxsize=20_000)
def _given_name_gender(word: str, lang: str) -> str | None:
    if lang in ("ru", "uk") or (lang in _BY_RUSSIAN and not word.isascii()):
        from kgraph.nlp.inflection import given_name_gender

        return given_name_gender(word, lang if lang in ("ru", "uk") else "ru")  # 'Тереза', 'Анна' are spelled alike
    if word.isascii() or lang in ("pl", "cs", "sl", "de", "en"):
        from kgraph.nlp.morfeusz import given_name_gender as sgjp_gender

        return sgjp_gender(word)
    return None


def agrees(ctx: ArticleContext, m: Mention, gender: str | None) -> bool:
    """A person may stand for a pronoun of ``gender`` (always, when either gender is unknown)."""
    if gender is None:
        return True
    known = person_gender_of(ctx, m)
    return known is None or known == gender


def person_gender_of(ctx: ArticleContext, m: Mention) -> str | None:
    """A person's gender from any of the article's mentions of the same name (the full name may
    come first, the surname after), else, for a one-word name, from the word as a given name, else
    from the past verbs right after the name's mentions, when they agree."""
    own = person_gender(ctx, m)
    if own is not None:
        return own
    last = (m.normal or m.text).split()[-1:] or [""]
    for other in ctx.mentions:
        if other.type == EntityType.PERSON and (other.normal or other.text).split()[-1:] == last:
            found = person_gender(ctx, other)
            if found is not None:
                return found
    words = (m.normal or m.text).split()
    if len(words) == 1:  # named by one word only: a given name the dictionary knows ('prorokowi Eliaszowi')
        found = _given_name_gender(words[0], ctx.lang)
        if found is not None:
            return found
    # a foreign name no dictionary tells the gender of: the past verbs it is the subject of ('X заявила')
    said = {g for other in ctx.mentions if other.type == EntityType.PERSON
            and (other.normal or other.text).split()[-1:] == last and (g := _verb_gender_after(ctx, other)) is not None}
    return said.pop() if len(said) == 1 else None


def title_of(ctx: ArticleContext, token: Token) -> str | None:
    """The canonical title a one-word title names ('министр' → Minister), also written in pieces
    the tokenizer split ("прем'єр-міністр"); None for any other word."""
    found = ctx.lex.titles.get((token.lemma_.lower(),)) or ctx.lex.titles.get((token.text.lower(),))
    if found is None:
        word = _glued(token)
        found = ctx.lex.titles.get((word,)) if word else None
    return found


def _glued(token: Token) -> str | None:
    """The whole word a token is a piece of (no space around its pieces), None for a token alone."""
    doc = token.doc
    lo = hi = token.i
    while lo > 0 and not doc[lo - 1].whitespace_ and not doc[lo - 1].is_punct or lo > 0 and doc[lo - 1].text in "'’ʼ-" \
            and not doc[lo - 1].whitespace_ and lo - 1 > 0 and not doc[lo - 2].whitespace_:
        lo -= 1
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and (not doc[hi + 1].is_punct or doc[hi + 1].text in "'’ʼ-"):
        hi += 1
    return doc[lo: hi + 1].text.lower() if hi > lo else None


def _names_follow(ctx: ArticleContext, token: Token, person: bool) -> bool:
    """A name right after the word: its classifier ("компания Газпром", ``person`` False: any name
    next to it) or a title phrase ending in a person's name ("министр иностранных дел Германии Иван
    Петров", ``person`` True: a person within a few words, no punctuation or verb between)."""
    if not person:
        return name_after_noun(ctx, token) is not None
    return person_after_title(ctx, token) is not None


def person_after_title(ctx: ArticleContext, token: Token) -> Mention | None:
    """The person a title word introduces: named within a few words after it, no punctuation or
    verb between ("министр иностранных дел Германии Иван Петров")."""
    doc = token.doc
    for t in doc[token.i + 1: token.i + 1 + _LATIN_REACH]:
        m = ctx.mention_at(t)
        if m is not None and m.type == EntityType.PERSON:
            return m  # a name first: 'Сайфул' is no past verb on '-л'
        if (t.is_punct and t.text not in ("-", "–")) or t.pos_ in ("VERB", "AUX") \
                or t.lemma_.lower() in ctx.lex.reporting or verb_gender(ctx, t) is not None:
            return None  # "prezes firmy poinformował ambasadora X": X is not the chairman (no tagger says so)
    return None


def verb_gender(ctx: ArticleContext, verb: Token) -> str | None:
    """'f' / 'm' for a past-tense verb of one person's form ("powiedziała", "заявил", "додав"; the
    ``past_singular_endings`` of ``cues.json``), None for any other form (plural, present, neuter)."""
    low = verb.text.lower()
    return next((gender for ending, gender in ctx.lex.past_singular_endings if low.endswith(ending)), None)


def dropped_speaker(ctx: ArticleContext, verb: Token, reach: int = 600) -> Mention | None:
    """"Dodała, że ...", "Заявил, что ...": a reporting verb in a person's past form that begins its
    sentence or clause with no subject takes the person quoted last, shortly before, of that
    gender (pro-drop languages); None when anything but punctuation or a conjunction precedes it."""
    gender = verb_gender(ctx, verb)
    if gender is None or (ctx.has_parse and any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children)):
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].is_quote or doc[j].text in "–—-" or doc[j].text.lower() in ctx.lex.conjunctions
                      or doc[j].lemma_.lower() in ctx.lex.passive_aux and doc[j].text.lower() != doc[j].lemma_.lower()):
        j -= 1  # also past the auxiliary of a compound past: '«...,« je povedal', '"...", е казал'

    if j >= 0 and doc[j].text not in {".", ",", "!", "?", ":", ";", "…"} and not verb.is_sent_start:
        return None
    sentence = verb.sent
    named_here = [m for m in ctx.mentions if sentence.start_char <= m.begin and m.end <= sentence.end_char]
    recent = [m for m in ctx.speakers if 0 <= verb.idx - m.end <= reach and agrees(ctx, m, gender)]
    if not recent or any(same_name(recent[-1], m) for m in named_here):
        return None  # "Poinformował, że Kowal i Brenner omówili": not Brenner, quoted before, who informs of Brenner
    return recent[-1]


def relative_speaker(ctx: ArticleContext, verb: Token) -> Mention | None:
    """"X, who said ...", "X, который заявил", "X, który kiedyś powiedział": the person named right
    before the comma and relative pronoun that open the verb's clause (past at most two words
    between the pronoun and the verb, none of them a name or a punctuation mark)."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and verb.i - j <= 3 and doc[j].text.lower() not in ctx.lex.relative_pronouns:
        if doc[j].is_punct or ctx.mention_at(doc[j]) is not None:
            return None
        j -= 1
    if j < 2 or doc[j].text.lower() not in ctx.lex.relative_pronouns or doc[j - 1].text != ",":
        return None
    m = ctx.mention_at(doc[j - 2])
    return m if m is not None and m.type == EntityType.PERSON else None


def titled_person(ctx: ArticleContext, token: Token) -> Mention | None:
    """"the minister said": the person last named with that title before the token (the titles
    the article gave so far, :attr:`ArticleContext.titled`); None when a name follows the title or
    the article gave it to nobody."""
    if ctx.mention_at(token) is not None:
        return None
    title = title_of(ctx, token)
    if title is None or _names_follow(ctx, token, person=True):
        return None
    body = _body_after(ctx, token)
    holders = [m for t, m, org in ctx.titled if m.end <= token.idx and (t == title or t.endswith(" " + title))
               and (body is None or org is None or _same_body(ctx, org, body))]
    return holders[-1] if holders else None


def _body_after(ctx: ArticleContext, token: Token) -> Mention | None:
    """"Президент США", "the minister of Ruritania": the country or body a bare title names right
    after it (past of-words, articles and adjectives), None when it names none."""
    doc = token.doc
    for t in doc[token.i + 1: token.i + 4]:
        m = ctx.mention_at(t)
        if m is not None:
            return m if m.type in (EntityType.PLACE, EntityType.ORGANIZATION) else None
        low = t.text.lower()
        if not (low in ctx.lex.of_words or low in ctx.lex.articles or t.pos_ == "ADJ"):
            return None
    return None


def _same_body(ctx: ArticleContext, org: EntityRef, body: Mention) -> bool:
    """The body a holder's title named (a ref) is the one named now (the same gazetteer entry or name)."""
    if org.kind is RefKind.GAZETTEER:
        return org.entry == body.gazetteer_id
    named = next((m for m in ctx.mentions if m.begin == org.begin and m.end == org.end), None)
    return named is not None and (same_name(named, body) or bool(named.gazetteer_id) and named.gazetteer_id == body.gazetteer_id)


def _is_company(ctx: ArticleContext, m: Mention) -> bool:
    from .relations import is_media_name

    return m.type == EntityType.ORGANIZATION and not is_media_name(ctx, m) and not _after_media_word(ctx, m) \
        and not _after_reporting_verb(ctx, m) and not any(same_name(m, c) for c in ctx.cited) and not _alone(ctx, m)


def _alone(ctx: ArticleContext, m: Mention) -> bool:
    """A name that is its sentence by itself ("КИЇВ. 3 липня. УНН."): a dateline's or credit's agency, no company acting."""
    span = ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None:
        return False
    return all(t.is_punct or t.is_space or span.start <= t.i < span.end for t in span[0].sent)


def is_outlet(ctx: ArticleContext, m: Mention) -> bool:
    """An organisation named as an outlet: a media word in its name or right before it."""
    from .relations import is_media_name

    return m.type == EntityType.ORGANIZATION and (is_media_name(ctx, m) or _after_media_word(ctx, m))


def _after_reporting_verb(ctx: ArticleContext, m: Mention) -> bool:
    """"як повідомляє X", "pisze X", "сообщает X": X, the source quoted, is no company acting."""
    span = ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.parsed.doc[span.start - 1]
    return before.text.lower() in ctx.lex.reporting or (before.lemma_ or "").lower() in ctx.lex.reporting


def _after_media_word(ctx: ArticleContext, m: Mention) -> bool:
    """"передает канал X", "podaje stacja X", "the channel X reported": X is an outlet, the word
    before it says so (the media cues of media.json)."""
    from .media import media_lexicon

    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = doc[span.start - 1].text.lower()
    return any(word == cue or (len(cue) >= 4 and word.startswith(cue)) for cue in media_lexicon(ctx.lang).cues)


def organisation_for_noun(ctx: ArticleContext, token: Token) -> Mention | None:
    """"the airline cancelled", "авиакомпания отменила": the last company named before the bare noun;
    with none named before (a lead that names it later: "a German organisation filed a complaint ...
    The German organisation Grüne Ufer filed it"), the one company the article introduces after it
    with the same noun right before its name."""
    lemma, low = token.lemma_.lower(), token.text.lower()
    if ctx.mention_at(token) is not None or (lemma not in ctx.lex.organisation_nouns and low not in ctx.lex.organisation_nouns):
        return None
    if _names_follow(ctx, token, person=False):
        return None  # "компания Газпром": the noun is the name's classifier
    if _plural_only(ctx, token):
        return None  # "sankcje przeciw firmom zaangażowanym w projekt": firms, no one company
    before = [m for m in ctx.mentions if m.end <= token.idx and _is_company(ctx, m)]
    if not before:
        return _introduced_after(ctx, token, lemma)
    return _salient(ctx, before)


def _salient(ctx: ArticleContext, before: list[Mention]) -> Mention:
    """The company a bare noun stands for among those named before it: the last one, unless that one
    is introduced in passing -- named once only in the article, right after a company noun of its
    own -- and the article's topic is another company named before ('So a competitor, the airline
    X, said it hired 140 pilots. On 27 September the company said ...': the article's airline)."""
    last = before[-1]
    main = topic(ctx)
    if main is None or same_name(main, last) or sum(same_name(m, last) for m in ctx.mentions) > 1 \
            or not _classified_once(ctx, last):
        return last
    earlier = [m for m in before if same_name(m, main)]
    return earlier[-1] if earlier else last


def _plural_only(ctx: ArticleContext, token: Token) -> bool:
    """Every reading of the noun is a plural: by the tagger where it tells, else by the dictionary
    (pl: SGJP, ru and uk: pymorphy3): 'firmom', 'компаніям', not 'компанії' (also the singular's
    genitive)."""
    number = token.morph.get("Number", [])
    if number:
        return "Plur" in number and "Sing" not in number
    word = token.text.lower()
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import tags

        numbers = {t.split(":")[1] for t in tags(word) if t.startswith("subst:") and t.count(":") >= 2}
        return numbers == {"pl"}
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import all_readings

        readings = [p for p in all_readings(word, ctx.lang) if p.tag.POS == "NOUN"]
        return bool(readings) and all("plur" in p.tag.grammemes for p in readings)
    return False


def _classified_once(ctx: ArticleContext, m: Mention) -> bool:
    """The name stands right after a company noun ('авіакомпанія X', 'linia X')."""
    span = ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    return noun.lemma_.lower() in ctx.lex.organisation_nouns or noun.text.lower() in ctx.lex.organisation_nouns


def _introduced_after(ctx: ArticleContext, token: Token, lemma: str) -> Mention | None:
    """The one organisation named right after the noun ``lemma`` (past at most two lower-case
    adjectives: 'organizacja ekologiczna X') later in the article; None for none or several."""
    named: dict[str, Mention] = {}
    for t in token.doc[token.i + 1:]:
        if t.lemma_.lower() != lemma or ctx.mention_at(t) is not None:
            continue
        m = name_after_noun(ctx, t)
        if m is not None and _is_company(ctx, m):
            named.setdefault(_key(m), m)
    return next(iter(named.values())) if len(named) == 1 else None


def name_after_noun(ctx: ArticleContext, token: Token) -> Mention | None:
    """The name right after a noun, past at most two lower-case adjectives ('компания X',
    'organizację terrorystyczną X'): the noun classifies it; None when no name follows."""
    doc = token.doc
    j = token.i + 1
    while j < len(doc) and j - token.i <= 2 and doc[j].text.islower() and ctx.mention_at(doc[j]) is None \
            and _adjective(ctx, doc[j]):
        j += 1
    return ctx.mention_at(doc[j]) if j < len(doc) else None


def _adjective(ctx: ArticleContext, token: Token) -> bool:
    """An adjective by the tagger, or (Polish, untagged) by SGJP only ('ekologiczna', not 'kupiła')."""
    if token.pos_:
        return token.pos_ == "ADJ"
    if ctx.lang != "pl" or not token.is_alpha:
        return False
    from kgraph.nlp.morfeusz import analyse

    classes = analyse(token.text).classes
    return "adj" in classes and not classes & {"fin", "praet", "subst", "prep", "conj"}


def company_of_country_noun(ctx: ArticleContext, token: Token, country_of) -> Mention | None:
    """"Российская компания владеет 122 судами": a bare company noun after a country's adjective
    stands for the company the article is about (named before it at least twice and more often
    than any other), unless the article gives that company another country by its adjective
    ('сингапурской компании X'); ``country_of(word)`` is the country id a word's adjective names, or None."""
    lemma, low = token.lemma_.lower(), token.text.lower()
    if ctx.mention_at(token) is not None or token.i == 0 or (lemma not in ctx.lex.organisation_nouns
                                                            and low not in ctx.lex.organisation_nouns):
        return None
    country = country_of(token.doc[token.i - 1].text)
    if country is None or name_after_noun(ctx, token) is not None:
        return None
    before = [m for m in ctx.mentions if m.end <= token.idx and _is_company(ctx, m)]
    if not before:
        return None
    ranked = Counter(_key(m) for m in before).most_common(2)
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    main = next(m for m in reversed(before) if _key(m) == ranked[0][0])
    stated = {country_of(ctx.parsed.doc[t.i - 1].text) for t in _first_tokens(ctx, main) if t.i > 0}
    stated |= {country_of(ctx.parsed.doc[t.i - 2].text) for t in _first_tokens(ctx, main)
               if t.i > 1 and ctx.parsed.doc[t.i - 1].lemma_.lower() in ctx.lex.organisation_nouns}
    return main if not (stated - {None, country}) else None


def _first_tokens(ctx: ArticleContext, m: Mention) -> list[Token]:
    """The first token of each mention of the same name as ``m`` in the article (past an opening quote)."""
    doc = ctx.parsed.doc
    out = []
    for other in ctx.mentions:
        if other.type == m.type and same_name(other, m):
            span = doc.char_span(other.begin, other.end, alignment_mode="expand")
            if span is not None:
                j = span.start
                while j > 0 and (doc[j - 1].is_quote or doc[j - 1].text in "«„“\""):
                    j -= 1
                out.append(doc[j])
    return out


def company_of_members(ctx: ArticleContext, token: Token) -> Mention | None:
    """"собрание акционеров", "zgromadzenie akcjonariuszy", "a meeting of shareholders": a member
    noun (cues.json ``member_nouns``: shareholders, staff, crews) with no name after it stands for
    the people of the company the article is about (named most often before it, then last); that company."""
    lemma, low = token.lemma_.lower(), token.text.lower()
    if ctx.mention_at(token) is not None or (lemma not in ctx.lex.member_nouns and low not in ctx.lex.member_nouns):
        return None
    if _names_follow(ctx, token, person=False):
        return None  # "акционеры Нордэйр": the name is said
    before = [m for m in ctx.mentions if m.end <= token.idx and _is_company(ctx, m)]
    if not before:
        return None
    counts = Counter(m.normal for m in before)  # the company the article is about: named most, then last
    return max(reversed(before), key=lambda m: counts[m.normal])


def referent(ctx: ArticleContext, token: Token) -> Mention | None:
    """What a pronoun, bare title, bare company noun, person noun or "this" noun stands for (None for any other word)."""
    if ctx.is_pronoun(token) and not ctx.is_first_person(token):
        return ctx.person_for_pronoun(token)
    return titled_person(ctx, token) or organisation_for_noun(ctx, token) or classified(ctx, token) \
        or person_for_noun(ctx, token)


def person_for_noun(ctx: ArticleContext, token: Token) -> Mention | None:
    """"the lawyer will apply ... , the lawyer Ann Vale said": a bare person noun in the singular
    (``person_nouns`` of media.json) stands for the one person the article introduces with that
    noun, before or after it; None when it introduces nobody with it, or two people, or a name
    follows the noun."""
    from .media import media_lexicon

    lemma = token.lemma_.lower()
    if ctx.mention_at(token) is not None or lemma not in media_lexicon(ctx.lang).person_nouns \
            or not _singular(token, lemma) or person_after_title(ctx, token) is not None:
        return None
    introduced: dict[str, Mention] = {}
    for t in token.doc:
        if t.i != token.i and t.lemma_.lower() == lemma and _singular(t, lemma):
            m = person_after_title(ctx, t)
            if m is not None:
                introduced.setdefault(_key(m), m)
    return next(iter(introduced.values())) if len(introduced) == 1 else None


def _singular(token: Token, lemma: str) -> bool:
    """No plural by the tagger, and no more than two letters added to the lemma (where no tagger
    tells: 'адвокатът' but not 'адвокатите', 'adwokata' but not 'adwokaci')."""
    if "Plur" in token.morph.get("Number", []):
        return False
    low = token.text.lower()
    return low.startswith(lemma) and len(low) - len(lemma) <= 2


def classified(ctx: ArticleContext, token: Token) -> Mention | None:
    """"tego projektu", "данного проекта", "this pipeline": after a demonstrative, a noun the article
    puts right before a name somewhere ("projekt Nord X", "газопровода «X»") stands for that name,
    as last named before the noun; None when the noun classifies no name or several."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text.lower() not in ctx.lex.demonstratives or ctx.mention_at(token) is not None \
            or _names_follow(ctx, token, person=False) or not token.is_alpha or token.text != token.text.lower():
        return None
    lemma = token.lemma_.lower()
    named: list[Mention] = []
    for m in ctx.mentions:
        if m.type == EntityType.PERSON:
            continue
        span = doc.char_span(m.begin, m.end, alignment_mode="expand")
        j = span.start - 1 if span is not None else -1
        while j >= 0 and (doc[j].is_quote or doc[j].text in "«„“\""):
            j -= 1
        if j >= 0 and j != token.i and doc[j].lemma_.lower() == lemma and ctx.mention_at(doc[j]) is None:
            named.append(m)
    if len({_key(m) for m in named}) != 1:
        return None
    before = [m for m in ctx.mentions if m.end <= token.idx and same_name(m, named[0])]
    return before[-1] if before else None


def topic(ctx: ArticleContext) -> Mention | None:
    """The article's most named organisation or event (named at least three times, and more often
    than any other, in any inflected form), None when none stands out. Persons are left out: a
    person named most is mostly the one who speaks, and another's words are not about them."""
    named = [m for m in ctx.mentions if m.type in (EntityType.ORGANIZATION, EntityType.EVENT) and not _is_media(ctx, m)]
    counts = Counter(_key(m) for m in named)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    top = [m for m in named if _key(m) == ranked[0][0]]
    return max(top, key=lambda m: (len(m.normal.split()), -m.begin))  # the fullest name, first


def _key(m: Mention) -> str:
    """One key for the inflected forms of a name in one article: its gazetteer id, else the type and
    the first letters of its last word ('Борис Карпов', 'Карпова'; 'Skyjet', 'Skyjeta')."""
    if m.gazetteer_id:
        return m.gazetteer_id
    words = (m.normal or m.text).lower().split() or [""]
    return f"{m.type.name}:{words[-1][:5]}"


def same_name(a: Mention, b: Mention) -> bool:
    """Two mentions of one name in an article, in any inflected form."""
    return _key(a) == _key(b)


def is_person_like(ctx: ArticleContext, m: Mention) -> bool:
    """A person, or a name the reader typed otherwise that shares its stem with a person the article
    names ('Razę' after 'Taimore Raza')."""
    if m.type == EntityType.PERSON:
        return True
    word = (m.normal or m.text).lower().split()[-1:] or [""]
    for other in ctx.mentions:
        if other.type == EntityType.PERSON:
            last = (other.normal or other.text).lower().split()[-1:] or [""]
            n = max(3, min(len(word[0]), len(last[0])) - 1)
            if len(word[0]) >= 3 and word[0][:n] == last[0][:n]:
                return True
    return False


def _is_media(ctx: ArticleContext, m: Mention) -> bool:
    from .relations import is_media_name

    return m.type == EntityType.ORGANIZATION and is_media_name(ctx, m)
