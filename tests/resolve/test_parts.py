"""Exact incremental resolution: the parts no rule reads across, and a memo of the last build's
parts, give the entities of resolving the whole corpus after any additions, edits and deletions."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import Entity, EntityType, Mention
from kgraph.resolve.core import resolve_raw
from kgraph.resolve.build import disambiguate
from kgraph.resolve.gazetteer_link import Linker
from kgraph.resolve.names import acronym_spelling_keys, spelled_keys, spells_acronym
from kgraph.resolve.parts import ResolveMemo, parts, resolve_parts
from kgraph.resolve.state import mention_order

from .helpers import Doc, entity_of, same

PER, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE
EVT, PRO = EntityType.EVENT, EntityType.PRODUCT


def _articles() -> dict[str, list[Mention]]:
    """Invented news: people named in full and by surname, in Latin and Cyrillic, inflected;
    bodies with acronyms and head nouns, state bodies, a product, places of the gazetteer."""
    docs = [
        Doc("a01", "en").m("Marta Kowenska", PER).m("Kowenska", PER).m("Berlin", LOC).m("Norvella Energy", ORG),
        Doc("a02", "pl").m("Marta Kowenska", PER).m("Kowenskiej", PER, "Kowenska").m("Polska", LOC),
        Doc("a03", "ru").m("Марта Ковенска", PER).m("Ковенска", PER).m("Москва", LOC),
        Doc("a04", "en").m("Organisation for Tidal Research", ORG).m("OTR", ORG, gap=2).m("Tidal", ORG),
        Doc("a05", "en").m("OTR", ORG).m("Halvor Brenne", PER).m("Brenne", PER),
        Doc("a06", "cs").m("Halvor Brenne", PER).m("Brenneová", PER).m("Praha", LOC),
        Doc("a07", "uk").m("Хальвор Бренне", PER).m("Бренне", PER).m("Київ", LOC),
        Doc("a08", "en").m("Ministry of Foreign Affairs of Poland", ORG).m("Foreign Ministry", ORG).m("Polska", LOC),
        Doc("a09", "pl").m("MSZ Polski", ORG).m("Norvella", ORG).m("Norvella Energy", ORG),
        Doc("a10", "ru").m("Норвелла", ORG).m("Норвелла Энерджи", ORG).m("Берлин", LOC),
        Doc("a11", "en").m("Quorix 7", PRO).m("Quorix", ORG).m("Kowenska", PER),
        Doc("a12", "pl").m("Quorix", ORG).m("Jan Petrak", PER).m("Petraka", PER, "Petrak"),
        Doc("a13", "cs").m("Jan Petrak", PER).m("Petrak", PER).m("Unie", ORG).m("Evropská unie", ORG),
        Doc("a14", "en").m("Jan Olav Petrak", PER).m("Olav Petrak", PER).m("Berlin", LOC),
        Doc("a15", "ru").m("Ян Петрак", PER).m("Петрак", PER).m("Россия", LOC).m("Ян", PER),
        Doc("a16", "en").m("Nordair", ORG).m("Nordair", ORG).m("Nordair Paul Venn", PER).m("Nordair", PER),
        Doc("a17", "en").m("Nordair", ORG).m("Paul Venn", PER).m("Venn", PER),
        Doc("a18", "uk").m("Пол Венн", PER).m("Венна", PER, "Венн").m("Україна", LOC),
        Doc("a19", "en").m("Marta Kowenska", PER).m("Marta", PER).m("Lisbon", LOC),
        Doc("a20", "en").m("Sara Lind", PER).m("Lind", ORG).m("Lind", PER).m("Paris", LOC),
    ]
    return {d.article_id: d.mentions for d in docs}


def _signature(entities: list[Entity]) -> list[tuple]:
    return sorted((e.key, e.type, sorted(e.labels.items()), sorted((k, sorted(v)) for k, v in e.alt_labels.items()),
                   tuple(e.mentions), e.wikidata, e.geonames) for e in entities)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_resolving_each_part_alone_is_resolving_the_corpus(gazetteer) -> None:
    ordered = sorted({m for ms in _articles().values() for m in ms}, key=mention_order)
    found = parts(ordered, Linker(gazetteer))
    assert 1 < len(found) < len(ordered)  # some parts hold several articles, the corpus is no one part
    alone = disambiguate([e for group in found for e in resolve_raw([ordered[i] for i in group], gazetteer)])
    assert _signature(alone) == _signature(resolve(ordered, gazetteer))


def test_an_acronym_and_the_name_beside_it_are_one_part(gazetteer) -> None:
    ordered = sorted(_articles()["a04"], key=mention_order)
    found = parts(ordered, Linker(gazetteer))
    texts = [{ordered[i].text for i in group} for group in found]
    assert {"Organisation for Tidal Research", "OTR"} <= next(t for t in texts if "OTR" in t)


def test_an_unrelated_article_leaves_the_other_parts_as_they_were(tmp_path, gazetteer) -> None:
    articles = _articles()
    path = tmp_path / "resolve.pickle"
    first = [m for ms in articles.values() for m in ms]
    resolve_parts(first, gazetteer, ResolveMemo(path, "v"))
    extra = Doc("z01", "sl").m("Tomaž Vrbanec", PER).m("Vrbanec", PER).mentions
    memo = ResolveMemo(path, "v")
    entities = resolve_parts(first + extra, gazetteer, memo)
    assert memo.resolved == 1 and memo.reused >= 2
    assert _signature(entities) == _signature(resolve(first + extra, gazetteer))


def test_a_new_surname_re_resolves_the_part_of_its_full_name(tmp_path, gazetteer) -> None:
    articles = _articles()
    path = tmp_path / "resolve.pickle"
    first = [m for ms in articles.values() for m in ms]
    before = resolve_parts(first, gazetteer, ResolveMemo(path, "v"))
    extra = Doc("z02", "pl").m("Lindowi", PER, "Lind").mentions
    memo = ResolveMemo(path, "v")
    after = resolve_parts(first + extra, gazetteer, memo)
    assert memo.resolved >= 1 and memo.reused >= 1 and len(after) >= len(before)
    assert _signature(after) == _signature(resolve(first + extra, gazetteer))


def test_another_version_or_a_full_build_reads_no_state(tmp_path, gazetteer) -> None:
    path = tmp_path / "resolve.pickle"
    first = [m for ms in _articles().values() for m in ms]
    resolve_parts(first, gazetteer, ResolveMemo(path, "v1"))
    assert ResolveMemo(path, "v1").parts
    assert not ResolveMemo(path, "v2").parts  # resolution code or data changed
    assert not ResolveMemo(path, "v1", read=False).parts  # --full
    path.write_bytes(b"not a state")
    assert not ResolveMemo(path, "v1").parts


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_additions_edits_and_deletions_resolve_as_the_whole_corpus(tmp_path, gazetteer, seed) -> None:
    rng = random.Random(seed)
    pool = _articles()
    names = sorted(pool)
    everything = [m for ms in pool.values() for m in ms]
    current = {a: list(pool[a]) for a in rng.sample(names, 8)}
    path = tmp_path / "resolve.pickle"
    for step in range(10):
        if step:
            for a in rng.sample([a for a in names if a not in current], min(rng.randint(0, 3), len(names) - len(current))):
                current[a] = list(pool[a])  # additions
            for a in rng.sample(sorted(current), min(rng.randint(0, 2), len(current) - 1)):
                del current[a]  # deletions
            a = rng.choice(sorted(current))  # an edit: a mention gone, or one more (as propagation finds)
            if current[a] and rng.random() < 0.5:
                current[a].pop(rng.randrange(len(current[a])))
            else:
                other = rng.choice(everything)
                current[a].append(replace(other, article_id=a, begin=other.begin + 1000 * (step + 1),
                                          end=other.end + 1000 * (step + 1)))
        mentions = [m for a in sorted(current) for m in current[a]]
        memo = ResolveMemo(path, "v")
        incremental = resolve_parts(mentions, gazetteer, memo)
        assert _signature(incremental) == _signature(resolve(mentions, gazetteer)), step
        if step:
            assert memo.reused >= 1 or not memo.parts


def test_an_incremental_build_keeps_its_parts_and_full_resolves_them_again(tmp_path) -> None:
    import pickle

    import kgraph

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Danish architect Sigrid Holmgaard designed a library in Aarhus.\n"
                                  "Holmgaard said the library would open in the autumn.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("The Norwegian engineer Halvard Brekke visited Bergen on Monday.\n", encoding="utf-8")
    kgraph.build(corpus, out).store = None
    state = out / "cache" / "resolve.pickle"
    first = pickle.loads(state.read_bytes())["parts"]
    (corpus / "c.txt").write_text("Sigrid Holmgaard opened the library in Aarhus.\n", encoding="utf-8")
    kgraph.build(corpus, out).store = None
    second = pickle.loads(state.read_bytes())["parts"]
    assert set(first) & set(second)  # Brekke's part (his article untouched) was kept
    assert set(second) - set(first)  # Holmgaard's was resolved again with the new article
    kg = kgraph.build(corpus, out, full=True)
    kg.store = None
    assert pickle.loads(state.read_bytes())["parts"].keys() == second.keys()  # same parts, all resolved again


def _cued(doc: Doc) -> Doc:
    doc.mentions = [replace(m, cued=True) for m in doc.mentions]
    return doc


# Invented corpora each hitting one rule that compares mentions across articles: the joined
# mentions (article, text) must be one entity of the whole corpus, and so lie in one part.
_RULES = {
    "cognates": ([Doc("r1", "pl").m("Morze Zielone", LOC), Doc("r2", "cs").m("Zelené moře", LOC),
                  Doc("r3", "bg").m("Зелено море", LOC)],
                 [("r1", "Morze Zielone"), ("r2", "Zelené moře"), ("r3", "Зелено море")]),
    "expansions": ([Doc("r1", "cs").m("KRT", ORG), Doc("r2", "pl").m("KRT", ORG),
                    Doc("r3", "bg").m("Коалиция за реформа на труда", ORG)],
                   [("r1", "KRT"), ("r2", "KRT"), ("r3", "Коалиция за реформа на труда")]),
    "type slip": ([Doc(f"r{i}", "en").m("Trevalco", ORG) for i in range(1, 6)] + [Doc("r6", "ru").m("Тревалко", LOC)],
                  [("r1", "Trevalco"), ("r6", "Тревалко")]),
    "cued vote": ([_cued(Doc("r1", "pl").m("Velmora", ORG)), Doc("r2", "cs").m("Velmora", PRO),
                   Doc("r3", "sl").m("Velmora", PRO)],
                  [("r1", "Velmora"), ("r2", "Velmora"), ("r3", "Velmora")]),
    "compass": ([Doc("r1", "pl").m("Zachodnia Ukraina", LOC), Doc("r2", "cs").m("Západní Ukrajina", LOC),
                 Doc("r3", "uk").m("Західна Україна", LOC)],
                [("r1", "Zachodnia Ukraina"), ("r2", "Západní Ukrajina"), ("r3", "Західна Україна")]),
    "deep stems": ([Doc("r1", "cs").m("Tarik Hakim", PER), Doc("r2", "pl").m("Hakima", PER)],
                   [("r1", "Tarik Hakim"), ("r2", "Hakima")]),
}


@pytest.mark.parametrize("rule", sorted(_RULES))
def test_the_mentions_a_corpus_rule_compares_are_one_part(tmp_path, gazetteer, rule) -> None:
    docs, joined = _RULES[rule]
    background = [m for ms in _articles().values() for m in ms]
    rule_mentions = [m for d in docs for m in d.mentions]
    ordered = sorted(background + rule_mentions, key=mention_order)
    whole = resolve(ordered, gazetteer)
    assert same(whole, *joined)  # the rule does join them
    found = parts(ordered, Linker(gazetteer))
    assert len({next(k for k, group in enumerate(found) if any(
        ordered[i].article_id == a and ordered[i].text == t for i in group)) for a, t in joined}) == 1
    alone = disambiguate([e for group in found for e in resolve_raw([ordered[i] for i in group], gazetteer)])
    assert _signature(alone) == _signature(whole)
    path = tmp_path / "resolve.pickle"  # each of the rule's articles added last, then deleted again
    for doc in docs:
        without = [m for m in background + rule_mentions if m.article_id != doc.article_id]
        for mentions in (without, background + rule_mentions, without):
            assert _signature(resolve_parts(mentions, gazetteer, ResolveMemo(path, "v"))) == \
                _signature(resolve(mentions, gazetteer)), (rule, doc.article_id)


def test_a_mention_whose_type_words_around_it_now_say_re_resolves_its_part(tmp_path, gazetteer) -> None:
    docs = [Doc("r1", "pl").m("Velmora", ORG), Doc("r2", "cs").m("Velmora", PRO), Doc("r3", "sl").m("Velmora", PRO)]
    plain = [m for d in docs for m in d.mentions] + [m for ms in _articles().values() for m in ms]
    said = [replace(m, cued=True) if m.article_id == "r1" else m for m in plain]
    path = tmp_path / "resolve.pickle"
    for mentions, kind in ((plain, PRO), (said, ORG), (plain, PRO)):
        entities = resolve_parts(mentions, gazetteer, ResolveMemo(path, "v"))
        assert entity_of(entities, "r1", "Velmora").type == kind
        assert _signature(entities) == _signature(resolve(mentions, gazetteer))


@pytest.mark.parametrize("acronym, name", [
    ("KRT", "Коалиция за реформа на труда"), ("КРТ", "Коалиция за реформа на труда"),
    ("ORV", "Obecní rada Vltavská"), ("OTR", "Organisation for Tidal Research"),
    ("ABGD", "a b c d e f g h i j k l m n o p q r s t Alpha Beta Gamma Delta"),  # too many spellings: "*"
])
def test_the_names_an_acronym_spells_share_its_key(acronym, name) -> None:
    assert spells_acronym(acronym, name)
    keys = set(spelled_keys(name))
    assert keys & set(acronym_spelling_keys(acronym)) or keys == {"*"}
    assert not set(spelled_keys("Rada Vltavská")) & set(acronym_spelling_keys("ORV"))
