"""The arguments of a trigger word: syntactic ones where the language has a parser, a clause window
where it has none. Each argument is (slot, mention) with slot one of subject, object, place, to, and
owner: the firm or person whose people the subject is ("the pilots of X strike": X is struck against,
an object; :mod:`kgraph.facts.members`)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.model import EntityType, Mention

from .context import ArticleContext, SentenceView
from .coref import organisation_for_noun, titled_person
from .members import members_before, of_members
from .tense import is_verb_form

__all__ = ["arguments", "is_passive", "is_nominal", "is_infinitive", "nominal_args", "clause_tokens", "place_preposition",
           "may_be_nominative"]

_SUBJ = ("nsubj", "csubj", "poss", "agent", "nsubj:pass", "nsubjpass")
_CLAUSE = {"ccomp", "advcl", "relcl", "acl:relcl", "parataxis", "csubj", "xcomp", "acl"}
_MAX_HOPS = 5
_WINDOW = 10
_NOMINAL_REACH = 7  # 'wyrok w sprawie 30-letniego X': the names a verbal noun governs
_MEMBERS_REACH = 4  # more words after a member noun right after it ('strajk pilotów i personelu ... linii X')
Arg = tuple[str, Mention]


def is_passive(ctx: ArticleContext, trigger: Token) -> bool:
    """A passive or impersonal trigger ("was detained", "aresztowano", "скасовано"): its names are objects."""
    if ctx.has_parse:
        return any("pass" in c.dep_ for c in trigger.children)
    doc = trigger.doc
    if trigger.text.lower().endswith(ctx.lex.impersonal_endings) and ctx.lex.impersonal_endings:
        return True
    if ctx.lex.active_participle_endings and trigger.text.lower().endswith(ctx.lex.active_participle_endings):
        return False  # 'je prispel', 'je uhitila', 'е заявил': 'be' makes the past tense here, not a passive
    if _passive_participle(ctx, trigger):
        return True  # 'X, обвиненная в ...', 'Y skazaną w 2010 r.': the one named is charged, sentenced
    if any(doc[j].lemma_.lower() in ctx.lex.passive_aux or doc[j].text.lower() in ctx.lex.passive_aux
           for j in range(max(0, trigger.i - 2), trigger.i)):  # lemmas, or forms a lemmatiser misreads ('była')
        return True
    # verb-final clauses ('wurde in Warschau festgenommen'): a past auxiliary earlier in the sentence
    # and the trigger a participle, not the infinitive ('wird … festnehmen' is a future)
    return bool(ctx.lex.past_auxiliaries) and trigger.text.lower() != (trigger.lemma_ or "").lower() and any(
        t.text.lower() in ctx.lex.past_auxiliaries for t in trigger.sent if abs(t.i - trigger.i) <= _WINDOW)


def _passive_participle(ctx: ArticleContext, trigger: Token) -> bool:
    """By the dictionary (pl, ru, uk), the trigger is a passive participle ('oskarżona', 'обвиненная',
    'звинувачена') and no finite verb or noun."""
    word = trigger.text
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import tags

        kinds = {tag.split(":")[0] for tag in tags(word)}
        return "ppas" in kinds and not kinds & {"fin", "praet", "ger"}
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import readings

        known = readings(word, ctx.lang)
        return any("pssv" in p.tag.grammemes for p in known) and not any(p.tag.POS in ("VERB", "INFN") for p in known)
    return False


def is_nominal(ctx: ArticleContext, trigger: Token) -> bool:
    """A noun trigger ("uwolnienie", "zarzutu", "звільнення") where no parser tags it: SGJP's or
    pymorphy3's readings, else the language's ``nominal_endings`` (events.json) on its form."""
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import is_noun

        return is_noun(trigger.text)
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import is_noun as is_cyrillic_noun

        return is_cyrillic_noun(trigger.text, ctx.lang)
    return bool(ctx.lex.nominal_endings) and trigger.text.lower().endswith(ctx.lex.nominal_endings)


def nominal_args(ctx: ArticleContext, view: SentenceView, trigger: Token, args: list[Arg]) -> list[Arg]:
    """Without a parser, the arguments of a verbal noun are the names it governs: the one right
    before it ("jej uwolnienie") and those just after it ("uwolnienie Asi X"), as objects; a name
    further off belongs to another clause ("X oczyścił Y z zarzutu": X is not charged); the firm whose
    staff act ("piloci X zapowiedzieli strajk", ``owner``) is the one the noun's event is against."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    if pos is None:
        return []
    after = []
    reach = _NOMINAL_REACH + (_MEMBERS_REACH if pos + 1 < len(tokens) and _member_noun(ctx, tokens[pos + 1]) else 0)
    for t in tokens[pos + 1: pos + 1 + reach]:  # its complements, up to a punctuation mark
        if t.is_punct and t.text not in ("-", "–"):
            break
        after.append(t.i)
    near = set(after) | ({tokens[pos - 1].i} if pos > 0 else set())
    out: list[Arg] = []
    for slot, m in args:
        span = [t.i for t in tokens if m.begin <= t.idx < m.end]
        if not span:  # named in an earlier sentence: the bare noun of this one standing for it ('strajk pilotów linii')
            span = [i for i in near if ctx.mention_at(trigger.doc[i]) is None and _bare_referent(ctx, trigger.doc[i]) is m]
        firm = slot == "owner" and m.type == EntityType.ORGANIZATION and _verb_between(ctx, tokens, m, pos)
        if slot in ("place", "to") or firm or set(span) & near or _pronoun_before(ctx, tokens, pos, m):
            out.append((slot if slot in ("place", "to", "owner") else "object", m))  # 'pilots of X announced a strike'
    return out


def _member_noun(ctx: ArticleContext, t: Token) -> bool:
    """'strajk pilotów i personelu pokładowego linii X': a member noun (cues ``member_nouns``) right
    after the event noun opens a phrase that ends with their firm, further than the usual reach."""
    return t.lemma_.lower() in ctx.lex.member_nouns or t.text.lower() in ctx.lex.member_nouns


def _verb_between(ctx: ArticleContext, tokens: list[Token], m: Mention, pos: int) -> bool:
    """'piloci X zapowiedzieli … strajk': a verb stands between the name and the noun after it (the
    staff of X do the noun's event; 'Zdaniem prawnika X, zakaz …' has none)."""
    return any(m.end <= t.idx and is_verb_form(t, ctx.lang) for t in tokens[:pos])


def _pronoun_before(ctx: ArticleContext, tokens: list[Token], pos: int, m: Mention) -> bool:
    """"jej uwolnienie": the possessive right before the noun stands for ``m``."""
    return pos > 0 and ctx.is_pronoun(tokens[pos - 1]) and ctx.person_for_pronoun(tokens[pos - 1]) is m


def arguments(ctx: ArticleContext, view: SentenceView, trigger: Token) -> list[Arg]:
    """The trigger's arguments, pronouns replaced by the person they stand for."""
    found = _parsed_args(ctx, view, trigger) if ctx.has_parse else _window_args(ctx, view, trigger)
    out: list[Arg] = []
    seen: set[tuple[int, int]] = set()
    for slot, mention in found:
        if (mention.begin, mention.end) not in seen:
            seen.add((mention.begin, mention.end))
            out.append((slot, mention))
    return out


# -- with a dependency parse (en, ru) ----------------------------------------------------------

def _parsed_args(ctx: ArticleContext, view: SentenceView, trigger: Token) -> Iterator[Arg]:
    for mention in view.mentions:
        root = ctx.root_of(mention)
        if root is None or root.i == trigger.i:
            continue
        slot = _path_slot(ctx, root, trigger)
        if slot == "subject" and of_members(ctx, mention):
            slot = "owner"  # "Бортпроводники X бастуют": the crews strike, against X
        if slot:
            yield _placed(ctx, slot, mention)
    yield from _pronoun_args(ctx, trigger)
    if trigger.dep_ in ("relcl", "acl:relcl", "acl") and not any(c.dep_ in _SUBJ and ctx.mention_at(c) for c in trigger.children):
        person = _antecedent(ctx, trigger.head)
        if person is not None:  # 'X, обвиненная в ...': a passive participle's noun is the one acted on
            yield ("object" if trigger.dep_ == "acl" and _passive_participle(ctx, trigger) else "subject"), person
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ in ("VERB", "AUX"):
        yield from _light_verb_args(ctx, view, trigger.head, trigger)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        yield from _light_verb_args(ctx, view, trigger.head.head, trigger, objects=True)
    elif trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and trigger.head.pos_ == "VERB":
        yield from _where_of(ctx, view, trigger.head)  # "vaccination began in Germany": where is the verb's
    if trigger.dep_ in ("conj", "xcomp") and trigger.pos_ == "VERB" and not any(c.dep_ in _SUBJ for c in trigger.children):
        yield from _shared_subject(ctx, view, trigger.head)


def _path_slot(ctx: ArticleContext, token: Token, trigger: Token) -> str | None:
    """Walk up from a mention's root to the trigger; the slot by the last dependency, None if too far."""
    prep = None
    for _ in range(_MAX_HOPS):
        head = token.head
        if head.i == token.i:
            return None
        prep = prep or _case_marker(token)
        if head.i == trigger.i:
            return _slot(ctx, token.dep_, prep)
        if head.pos_ in ("VERB", "AUX") or token.dep_ in _CLAUSE or (token.dep_ == "conj" and token.pos_ == "VERB"):
            return None
        if token.dep_ in ("prep", "pobj", "case"):
            prep = prep or (token.lemma_.lower() if token.dep_ in ("prep", "case") else None)
        token = head
    return None


def _case_marker(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return child.lemma_.lower()
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.lemma_.lower()
    return None


def _slot(ctx: ArticleContext, dep: str, prep: str | None) -> str:
    if dep in _SUBJ:
        return "object" if "pass" in dep else "subject"
    if prep and prep in ctx.lex.to_preps:
        return "to"
    if prep and prep in ctx.lex.place_preps:
        return "place"
    return "object"


def _placed(ctx: ArticleContext, slot: str, mention: Mention) -> Arg:
    """A place named after a locative preposition is where ('pilots in Germany will strike':
    Germany is no agent); any other slot keeps its role."""
    if slot in ("place", "to") and mention.type != EntityType.PLACE:
        return "object", mention
    if slot in ("subject", "object") and mention.type == EntityType.PLACE:
        root = ctx.root_of(mention)
        for _ in range(_MAX_LISTED):  # 'в Италии, Португалии и Бельгии': the list's first place has the preposition
            if root is None or root.dep_ != "conj" or _case_marker(root) is not None or root.head.i == root.i:
                break
            root = root.head
        if root is not None and _case_marker(root) in ctx.lex.place_preps:
            return "place", mention
    return slot, mention


def _pronoun_args(ctx: ArticleContext, trigger: Token) -> Iterator[Arg]:
    """Pronouns, bare titles and company nouns as subject or object ("she was detained", "the
    airline cancelled"): the entity they stand for (:mod:`kgraph.facts.coref`)."""
    for child in trigger.children:
        if child.dep_ not in _SUBJ + ("obj", "dobj", "iobj") or ctx.mention_at(child) is not None:
            continue
        found = ctx.person_for_pronoun(child) if ctx.is_pronoun(child) else _bare_referent(ctx, child)
        if found is not None:
            yield ("object" if "pass" in child.dep_ or child.dep_ in ("obj", "dobj", "iobj") else "subject"), found


def _bare_referent(ctx: ArticleContext, token: Token) -> Mention | None:
    return titled_person(ctx, token) or organisation_for_noun(ctx, token)


def _antecedent(ctx: ArticleContext, token: Token) -> Mention | None:
    """The person a relative clause hangs on, up through of-phrases, conjuncts and appositions."""
    for _ in range(6):
        mention = ctx.mention_at(token)
        if mention is not None and mention.type == EntityType.PERSON:
            return mention
        if token.head.i == token.i or token.dep_ not in ("pobj", "prep", "conj", "appos", "nmod", "compound"):
            return None
        token = token.head
    return None


def _shared_subject(ctx: ArticleContext, view: SentenceView, verb: Token) -> Iterator[Arg]:
    """"X was released and taken home": a conjoined verb shares the first one's subject; "the
    parliament of X agreed to send": the subject phrase's named part stands for it."""
    for mention in view.mentions:
        root = ctx.root_of(mention)
        if root is None:
            continue
        if root.head.i == verb.i and root.dep_ in _SUBJ:
            yield _slot(ctx, root.dep_, None), mention
        elif root.head.i != verb.i and _path_slot(ctx, root, verb) == "subject" and mention.type != EntityType.PERSON \
                and not of_members(ctx, mention):
            yield "subject", mention
    yield from (a for a in _pronoun_args(ctx, verb) if a[0] == "subject")


def _light_verb_args(ctx: ArticleContext, view: SentenceView, verb: Token, noun: Token,
                     objects: bool = False) -> Iterator[Arg]:
    """"X sent a note to Y", "X held a meeting in Z", "X paraded Y for a confession": the verb's
    subject, its to/in phrases (and its object when the trigger hangs on a preposition)."""
    for mention in view.mentions:
        root = ctx.root_of(mention)
        if root is None:
            continue
        slot = _path_slot(ctx, root, verb)
        if slot == "subject" and of_members(ctx, mention):
            yield "owner", mention
            continue
        if slot in ("to", "place") and mention.type == EntityType.PLACE and _governor(root).i not in (verb.i, noun.i):
            continue  # 'filed a complaint with the court in X against the construction': the court's city
        if slot in ("subject", "to", "place") or (objects and slot == "object" and root.head.i == verb.i):
            yield _placed(ctx, slot, mention)
    yield from _pronoun_args(ctx, verb)


def _governor(root: Token) -> Token:
    """The word a place's phrase hangs on: past a list ('in X, Y and Z') and its preposition."""
    for _ in range(_MAX_LISTED):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    head = root.head
    return head.head if root.dep_ == "pobj" and head.dep_ == "prep" else head


def _where_of(ctx: ArticleContext, view: SentenceView, verb: Token) -> Iterator[Arg]:
    """"Протесты прошли в Минске", "vaccination began in Germany": a noun trigger that is the
    subject of a verb takes the verb's place (its in/to phrases), not its other arguments."""
    for mention in view.mentions:
        root = ctx.root_of(mention)
        if root is not None and mention.type == EntityType.PLACE and _path_slot(ctx, root, verb) in ("place", "to"):
            yield _placed(ctx, "place", mention)


# -- without a parser (pl): the clause around the trigger ------------------------------------

def clause_tokens(ctx: ArticleContext, view: SentenceView, trigger: Token, window: int = _WINDOW) -> list[Token]:
    """Tokens of the trigger's clause: up to the nearest clause break on each side, at most ``window`` away."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    if pos is None:
        return []
    lo = pos
    while lo > 0 and pos - lo < window and not _breaks(ctx, tokens[lo - 1]) and not _reports(ctx, tokens[lo - 1]):
        lo -= 1
    if lo > 0 and pos - lo >= window and ctx.lex.perfect_auxiliaries:
        lo = _perfect_auxiliary_clause(ctx, tokens, lo)
    hi = pos
    while hi + 1 < len(tokens) and hi - pos < window and not _breaks(ctx, tokens[hi + 1]):
        hi += 1
    return tokens[lo: hi + 1]


_AUXILIARY_REACH = 12  # tokens past the window a clause's finite auxiliary may stand ('hat … getroffen')
_SUBJECT_REACH = 4  # tokens before that auxiliary its subject may take ('Bundesministerin Anna Kask hat')


def _perfect_auxiliary_clause(ctx: ArticleContext, tokens: list[Token], lo: int) -> int:
    """Where a verb-final clause begins: a window that stopped short of the finite auxiliary of its
    participle ('X hat sich am Dienstag in Prag mit Y getroffen') reaches back to it and its subject."""
    k = lo - 1
    while k >= 0 and lo - k <= _AUXILIARY_REACH and not _breaks(ctx, tokens[k]) and not tokens[k].is_punct:
        if tokens[k].text.lower() in ctx.lex.perfect_auxiliaries:
            j = k
            while j > 0 and k - j < _SUBJECT_REACH and not _breaks(ctx, tokens[j - 1]) and not tokens[j - 1].is_punct:
                j -= 1
            return j
        k -= 1
    return lo


def _breaks(ctx: ArticleContext, token: Token) -> bool:
    """A clause break of cues.json, or a relative pronoun in the object's case ('kterého')."""
    word = token.text.lower()
    return word in ctx.lex.clause_breaks or word in ctx.lex.object_relatives


def _reports(ctx: ArticleContext, token: Token) -> bool:
    """A reporting verb before a comma ('sagte, drei Menschen seien getötet worden'): the names
    before it are its speaker's, not the reported event's."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in {",", ":"} or not token.text[:1].islower():
        return False  # 'ogłosić w piątek strajk' (announce a strike) reports nothing
    return token.text.lower() in ctx.lex.reporting or (token.lemma_ or "").lower() in ctx.lex.reporting


def place_preposition(ctx: ArticleContext, token: Token, _hops: int = 0) -> str | None:
    """The locative or directional preposition a place name stands after, past at most two
    adjectives or place nouns ('w całej Europie', 'w pendżabskim mieście X', 'в Німеччині'), even
    where the trigger's clause window begins after it, or the one of the place it is listed after
    ('в Італії, Португалії та Бельгії': all three are where, none acts); None when there is none."""
    from .where import skippable

    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 4), -1):
        word = doc[i]
        if i == token.i - 1 and _hops < _MAX_LISTED and (word.text == "," or word.text.lower() in ctx.lex.conjunctions):
            first = _listed_after(ctx, token, word)
            return place_preposition(ctx, first, _hops + 1) if first is not None else None
        if word.is_sent_end or word.is_punct or ctx.mention_at(word) is not None:
            return None
        text = word.text.lower()
        if text in ctx.lex.place_preps or text in ctx.lex.to_preps:
            return text
        if i == token.i - 3 or not skippable(word.text, ctx.lang):
            return None
    return None


_MAX_LISTED = 8  # places listed one after another under one preposition


def _listed_after(ctx: ArticleContext, token: Token, joint: Token) -> Token | None:
    """The first word of the place named right before ``joint`` (a comma or a conjunction before
    ``token``), when ``token`` may stand in that place's case: 'в Італії, Португалії' (both
    locative); not 'w Niemczech i Francja' (a nominative, the next verb's subject) — by the
    dictionary (pl, ru, uk), any case elsewhere."""
    if joint.i == 0:
        return None
    doc = token.doc
    before = ctx.mention_at(doc[joint.i - 1])
    if before is None or before.type != EntityType.PLACE:
        return None
    span = doc.char_span(before.begin, before.end, alignment_mode="expand")
    if span is None or span.start >= token.i:
        return None
    if ctx.lang in ("pl", "ru", "uk") and _nominative(ctx, token) and not _nominative(ctx, span[0]):
        return None
    return span[0]


def _coordinated_head(ctx: ArticleContext, view: SentenceView, clause: list[Token], trigger: Token) -> list[Token]:
    """The names the window cut off a coordination it begins inside: 'X in kitajski koncern Y sta …
    podpisala', 'X i długa nazwa Y zawarli …' — the first name of the clause before the trigger,
    past at most four lowercase words, follows a conjunction after another name (and names
    listed before it with commas): those tokens, to go before the clause ([] when there are none)."""
    start = view.span.start
    if not clause or clause[0].i <= start:
        return []
    first = next((m for t in clause if t.i < trigger.i and (m := ctx.mention_at(t)) is not None), None)
    doc = trigger.doc
    name = doc.char_span(first.begin, first.end, alignment_mode="expand") if first is not None else None
    if name is None:
        return []
    i, lowercase = name.start - 1, 0
    while i > start and doc[i].text.lower() not in ctx.lex.conjunctions:
        word = doc[i]
        if (lowercase == 4 or not word.is_alpha or not word.text[:1].islower() or _breaks(ctx, word)
                or ctx.mention_at(word) is not None):
            return []
        lowercase, i = lowercase + 1, i - 1
    lo = clause[0].i
    while i > start and doc[i].text.lower() in ctx.lex.conjunctions | {","}:
        before = ctx.mention_at(doc[i - 1])
        if before is None or before.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            break
        span = doc.char_span(before.begin, before.end, alignment_mode="expand")
        if span is None or span.start < start:
            break
        lo, i = min(lo, span.start), span.start - 1
    return list(doc[lo: clause[0].i]) if lo < clause[0].i else []


def _window_args(ctx: ArticleContext, view: SentenceView, trigger: Token) -> Iterator[Arg]:
    clause = _name_continued(ctx, view, clause_tokens(ctx, view, trigger))
    clause = _coordinated_head(ctx, view, clause, trigger) + clause
    passive = is_passive(ctx, trigger)
    found = list(_window_slots(ctx, clause, trigger, passive))
    opener = _relative_opener(ctx, view, clause)
    if opener is not None and clause[0].text.lower() in ctx.lex.object_clitics:
        opener = _OBJECT_RELATIVE  # 'X, ki ga je ustanovil Y': the clitic makes the relative the object
    if (opener in ctx.lex.object_relatives or opener == _OBJECT_RELATIVE) and not passive:  # "X, kterého zavraždil Y": Y killed X
        found = [("subject" if slot == "object" and k == _first_actor(ctx, found, trigger) else slot, m)
                 for k, (slot, m) in enumerate(found)]
    yield from found
    if not clause or not _verbal(ctx, trigger):
        return  # 'X said that for the transition period …': a noun takes no dropped subject
    if opener is not None and (passive or opener in ctx.lex.object_relatives or opener == _OBJECT_RELATIVE):
        antecedent = _dropped_subject(ctx, view, clause[0])  # "X, która była więziona", "X, kterého …": X is the one
        if antecedent is not None and not any(slot == "object" and m is antecedent for slot, m in found):
            yield "object", antecedent
    elif not passive and not any(slot == "subject" for slot, _ in found) and not _own_subject(ctx, clause, trigger):
        subject = _dropped_subject(ctx, view, clause[0])
        if subject is not None:  # 'Журналіста X, який …, затримала поліція': an accusative before is acted on
            first = ctx.parsed.doc.char_span(subject.begin, subject.end, alignment_mode="expand")
            before = first.doc[first.start - 1].text.lower() if first is not None and first.start > 0 else ""
            located = before in ctx.lex.place_preps or before in ctx.lex.from_preps  # 'na Stansted, które …'
            yield ("object" if first is not None and (_only_oblique(ctx, first[0]) or located) else "subject"), subject


def _name_continued(ctx: ArticleContext, view: SentenceView, clause: list[Token]) -> list[Token]:
    """A window cut right after a name that goes on with 'from' and another name ('перехідний
    період … з урахуванням виходу Британії | з ЄС'): the two are one phrase, the window takes the
    second name too."""
    if len(clause) > 1 and clause[-1].text.lower() in ctx.lex.from_preps:
        clause = clause[:-1]  # cut on the preposition itself
    if not clause or ctx.mention_at(clause[-1]) is None:
        return clause
    tokens = view.tokens()
    k = next((k for k, t in enumerate(tokens) if t.i == clause[-1].i), len(tokens))
    if k + 2 >= len(tokens) or tokens[k + 1].text.lower() not in ctx.lex.from_preps:
        return clause
    name = ctx.mention_at(tokens[k + 2])
    if name is None or tokens[k + 2].idx != name.begin or name is ctx.mention_at(clause[-1]):
        return clause
    return clause + [t for t in tokens[k + 1:] if t.idx < name.end]


_OBJECT_RELATIVE = "\0object"  # a relative pronoun made the object by the clitic after it


def _relative_opener(ctx: ArticleContext, view: SentenceView, clause: list[Token]) -> str | None:
    """The relative pronoun right before the clause window ('X, która …', 'X, kterého …'), if any."""
    if not clause or clause[0].i == view.span.start:
        return None
    word = clause[0].doc[clause[0].i - 1].text.lower()
    return word if word in ctx.lex.relative_pronouns or word in ctx.lex.object_relatives else None


def _first_actor(ctx: ArticleContext, found: list[Arg], trigger: Token) -> int | None:
    """The index of the first person or organisation named after the trigger."""
    return next((k for k, (slot, m) in enumerate(found) if slot == "object" and m.begin > trigger.idx
                 and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)), None)


def _verbal(ctx: ArticleContext, trigger: Token) -> bool:
    """The trigger may be a verb form (by the dictionary where there is one: SGJP, pymorphy3), not
    only a noun or an adjective ('перехідного періоду', 'угоди', 'wypuszczenie')."""
    word = trigger.text.lower()
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import analyse

        classes = analyse(word).classes
        return not classes or bool(classes & _PL_VERB_CLASSES)
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import readings

        known = readings(word, ctx.lang)
        return not known or any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for p in known)
    return not is_nominal(ctx, trigger)


def is_infinitive(ctx: ArticleContext, token: Token) -> bool:
    """The word is only an infinitive ('повідомляти', 'powiedzieć', 'сообщить', 'oznámit') or, in
    Polish, a gerund ('skomentowania'): what someone would, could or refused to say, not words said."""
    word = token.text.lower()
    if ctx.has_parse:
        return "Inf" in token.morph.get("VerbForm", [])
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import analyse

        classes = analyse(word).classes  # 'odmówił skomentowania': a gerund alone says nothing either
        return bool(classes) and classes <= {"inf", "ger"}
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import readings

        known = readings(word, ctx.lang)  # pymorphy3's Ukrainian tags it 'VERB,impf infn', its Russian 'INFN'
        return bool(known) and all(p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in known)
    return ctx.lang in ("cs", "sk", "sl", "hr") and word == (token.lemma_ or "").lower() and word.endswith(("t", "ti", "ci"))


_PL_VERB_CLASSES = frozenset({"fin", "praet", "impt", "inf", "pcon", "pant", "ppas", "pact", "bedzie", "imps", "winien"})


def _speaker_of_report(ctx: ArticleContext, token: Token, trigger: Token) -> bool:
    """The name stands right after a reporting verb other than the trigger, past at most three
    words ('Jak poinformował X, …', '… - mówił wcześniej AFP X', 'заявила прем'єр-міністр X'):
    it is that verb's speaker, no party of the event the sentence reports."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 5), -1):
        word = doc[i]
        if i == trigger.i or word.is_punct or word.is_sent_end or word.text.lower() in ctx.lex.clause_breaks:
            return False
        if word.text.lower() in ctx.lex.reporting or (word.lemma_ or "").lower() in ctx.lex.reporting:
            return True
    return False


def _agent_after(ctx: ArticleContext, token: Token, trigger: Token) -> bool:
    """After a passive trigger, the name follows a doer's preposition past at most three words
    ('była więziona przez islamistyczną organizację X', 'арестуван от полицията')."""
    doc = token.doc
    for i in range(token.i - 1, max(trigger.i, token.i - 5), -1):
        word = doc[i]
        if word.is_punct or ctx.mention_at(word) is not None:
            return False
        if word.text.lower() in ctx.lex.passive_agents:
            return True
    return False


def _own_subject(ctx: ArticleContext, clause: list[Token], trigger: Token) -> bool:
    """The clause has a subject of its own, so nobody before it is its dropped one (ru/uk, by the
    dictionary): a plural verb ('…, що … загинули троє людей') or a noun in the nominative before
    the verb ('…, що поліція затримала X')."""
    if ctx.lang not in ("ru", "uk"):
        return False
    from kgraph.nlp.inflection import is_nominative_noun, is_plural_verb

    return is_plural_verb(trigger.text, ctx.lang) or any(
        t.i < trigger.i and t.text[:1].islower() and is_nominative_noun(t.text, ctx.lang) for t in clause) \
        or _first_noun_nominative(ctx, clause, trigger)


def _first_noun_nominative(ctx: ArticleContext, clause: list[Token], trigger: Token) -> bool:
    """The clause's first lower-case noun before the verb, after no preposition, may be a nominative
    ('…, що англійський суд 18 червня заборонив …': an inanimate noun's nominative is also its
    accusative, and it is the clause's subject)."""
    from kgraph.nlp.inflection import readings

    for k, t in enumerate(clause):
        if t.i >= trigger.i:
            return False
        if not t.text[:1].islower() or not t.is_alpha:
            continue
        if _finite_verb(ctx, t) or is_infinitive(ctx, t):
            return False  # 'який не хотів залишати місто, затримала …': the noun is another verb's object
        known = readings(t.text, ctx.lang)
        if not known or not all(p.tag.POS == "NOUN" for p in known):
            continue  # an adjective, a verb, a preposition: on to the next word
        before = clause[k - 1].text.lower() if k > 0 else ""
        return before not in ctx.lex.prepositions and before not in ctx.lex.place_preps \
            and before not in ctx.lex.to_preps and any("nomn" in p.tag.grammemes for p in known)
    return False


def _dropped_subject(ctx: ArticleContext, view: SentenceView, first: Token) -> Mention | None:
    """"X said that [he] asked for help": a clause after a complementiser with no subject of its own
    takes the nearest person or organisation before the complementiser (pro-drop languages)."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == first.i), 0)
    if pos == 0 or not _breaks(ctx, tokens[pos - 1]) or tokens[pos - 1].is_punct:
        return None
    for t in reversed(tokens[:pos - 1]):
        m = ctx.mention_at(t)
        if m is not None and m.type in (EntityType.PERSON, EntityType.ORGANIZATION):
            return m
    return None


def _finite_verb(ctx: ArticleContext, token: Token) -> bool:
    """Every reading of the word is a finite verb ('przegłosowała', 'заявив'), by the dictionary
    (pl, ru, uk; False elsewhere)."""
    word = token.text.lower()
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import analyse

        classes = analyse(word).classes
        return bool(classes) and classes <= {"fin", "praet", "bedzie", "impt"}
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import readings

        known = readings(word, ctx.lang)
        return bool(known) and all(p.tag.POS == "VERB" and "infn" not in p.tag.grammemes for p in known)
    return False


def _nominative(ctx: ArticleContext, token: Token) -> bool:
    """Some reading of the word is a nominative ('Izba', 'Рада'; not 'Угорщини'), by the dictionary."""
    word = token.text
    if ctx.lang == "pl":
        return any("nom" in cases for cases in _pl_cases(word))
    from kgraph.nlp.inflection import all_readings

    return any("nomn" in p.tag.grammemes for p in all_readings(word, ctx.lang))


_PREP_PHRASE_REACH = 3  # words before a name the preposition of its phrase may stand ('За вихід країни X')


def _in_prep_phrase(ctx: ArticleContext, token: Token) -> bool:
    """A preposition stands a few words before the name, no verb or punctuation between ('За вихід
    Естонії', 'Za wyjściem Estonii'; not 'Президент Молдови зустрівся', the title's country)."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 1 - _PREP_PHRASE_REACH), -1):
        word = doc[i]
        low = word.text.lower()
        if word.is_punct or ctx.mention_at(word) is not None or is_verb_form(word, ctx.lang) and not is_nominal(ctx, word):
            return False
        if low in ctx.lex.prepositions or low in ctx.lex.place_preps or low in ctx.lex.to_preps \
                or low in ctx.lex.from_preps or low in ctx.lex.topic_preps or word.pos_ == "ADP":
            return True
    return False


def _only_oblique(ctx: ArticleContext, token: Token) -> bool:
    """The dictionary knows the name's first word (pl, ru, uk; Cyrillic in ru and uk) and gives it no
    nominative reading: 'За вихід Естонії з альянсу проголосувало…' — a genitive before the verb is
    no subject ('Естонія підписала' is one; a word it does not know may be)."""
    word = token.text
    if ctx.lang == "pl":
        cases = _pl_cases(word)
        return bool(cases) and not any("nom" in c for c in cases)
    if ctx.lang in ("ru", "uk") and any("\u0400" <= ch <= "\u04ff" for ch in word):
        from kgraph.nlp.inflection import readings

        known = readings(word, ctx.lang)
        return bool(known) and not any("nomn" in p.tag.grammemes for p in known)
    return False


def _pl_cases(word: str) -> list[list[str]]:
    """The cases of each of Morfeusz's readings of a Polish word that declines ('subst:sg:gen.acc:m1' → gen, acc)."""
    from kgraph.nlp.morfeusz import tags

    return [tag.split(":")[2].split(".") for tag in tags(word) if tag.count(":") >= 2]


def may_be_nominative(ctx: ArticleContext, token: Token) -> bool:
    """Some reading of the word is a nominative, or the language has no dictionary to say (pl, ru,
    uk have one): 'міністр', not 'міністру'."""
    return ctx.lang not in ("pl", "ru", "uk") or _nominative(ctx, token)


def may_be_genitive(ctx: ArticleContext, token: Token) -> bool:
    """Some reading of the word is a genitive, or it does not decline ('США', 'UE'), or the language
    has no dictionary to say (pl, ru, uk have one): 'помощи США', not 'помощи Украине' (to Ukraine)."""
    if ctx.lang == "pl":
        known = _pl_cases(token.text)
        return not known or any("gen" in cases for cases in known)
    if ctx.lang in ("ru", "uk"):
        from kgraph.nlp.inflection import all_readings

        readings = all_readings(token.text, ctx.lang)
        return not readings or any({"gent", "Fixd"} & set(p.tag.grammemes) for p in readings)
    return True


def _subject_of_verb_after(ctx: ArticleContext, mention: Mention) -> bool:
    """The name, in the nominative, stands right before a finite verb, as its subject: 'przed szczytem
    … Izba Gmin przegłosowała ustawę' — the House voted, it took no part in the summit ('okres dla X
    rozpocznie się' keeps X)."""
    doc = ctx.parsed.doc
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and _finite_verb(ctx, doc[span.end]) and _nominative(ctx, span[0])


def _between_other(ctx: ArticleContext, token: Token, trigger: Token) -> bool:
    """The name follows a 'between' preposition ('між', 'między'), past other names and
    conjunctions, that stands after another word than the trigger: 'угода між X та Y' names the
    parties, 'угоди … кордону між X та Y' the ends of a border."""
    doc = token.doc
    for i in range(token.i - 1, max(trigger.i, token.i - 8), -1):
        word = doc[i]
        if word.text.lower() in ctx.lex.between_preps:
            return i - 1 != trigger.i
        joins = word.text.lower() in ctx.lex.conjunctions or (len(word.text) == 1 and word.is_alpha)  # 'a', 'и'
        if word.is_punct or not (ctx.mention_at(word) is not None or joins):
            return False
    return False


def _window_slots(ctx: ArticleContext, clause: list[Token], trigger: Token, passive: bool) -> Iterator[Arg]:
    noun = not _verbal(ctx, trigger)
    for token in clause:
        mention = ctx.mention_at(token)
        bare = mention is None
        if bare:
            mention = ctx.person_for_pronoun(token) if ctx.is_pronoun(token) else _bare_referent(ctx, token)
        if mention is not None and (bare or token.idx == mention.begin):
            if _speaker_of_report(ctx, token, trigger):
                continue  # 'Jak poinformował X, Y i Z rozmawiali': X spoke, he talked with no one
            if not bare and token.i > trigger.i + 2 and _between_other(ctx, token, trigger):
                continue  # 'угоди … уникнути кордону між X та Y': the border is between them
            if noun and not bare and token.i > trigger.i and _subject_of_verb_after(ctx, mention):
                continue  # 'przed szczytem X przegłosowała': the name is the next verb's subject
            if passive and token.i > trigger.i and mention.type != EntityType.PLACE and _agent_after(ctx, token, trigger):
                yield "subject", mention  # 'więziona przez X': X held her
                continue
            prep = place_preposition(ctx, token) if mention.type == EntityType.PLACE else None
            if prep is None and token.i > 0 and not token.doc[token.i - 1].is_sent_end:
                prep = token.doc[token.i - 1].text.lower()  # the window may start past "в"
            if prep in ctx.lex.to_preps and mention.type == EntityType.PLACE:
                yield "to", mention
            elif prep in ctx.lex.place_preps and mention.type == EntityType.PLACE:
                yield "place", mention
            elif token.i < trigger.i:
                if bare and prep in ctx.lex.prepositions:
                    continue  # 'делото срещу нея стана причина за убийството': she is no doer
                members = not passive and (of_members(ctx, mention) if not bare  # "piloci X strajkują": against X
                                           else not ctx.is_pronoun(token) and members_before(ctx, token))
                oblique = not bare and (prep in ctx.lex.from_preps or prep in ctx.lex.place_preps  # 'na Stansed', 'w X'
                                        or _only_oblique(ctx, token) and _in_prep_phrase(ctx, token))
                yield ("object" if passive or oblique else "owner" if members else "subject"), mention
            else:
                yield "object", mention
