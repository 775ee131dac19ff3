"""Exact incremental resolution (kgraph/resolve/parts.py) checked on SlavicNER's real news.

    .venv/bin/python bench/bench_parts.py PATH [--per-language N] [--seed S] [--steps K] [--added A]

The documents are chosen as bench_slavicner.py chooses them (the held-out topic refused) and built
once, in a temporary folder; on their mentions: the parts resolved alone must give the entities
of resolving the whole corpus, and so must :func:`resolve_parts` after each of K random steps of
article additions and deletions and of mention edits (one dropped, one copied from another
article, a type or its cue flipped), and after each of A articles is added last to all the
others. Printed: the parts, each check, and the resolution times
(whole; parts cold, from no state; warm, nothing changed). A resolution rule that compares
mentions through something parts.py does not key shows here as "equal False".
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from slavicner import corpus, predict_kgraph  # noqa: E402


def _signature(entities: list) -> list[tuple]:
    return sorted((e.key, e.type.value, sorted(e.labels.items()), sorted((k, sorted(v)) for k, v in e.alt_labels.items()),
                   tuple(e.mentions), e.wikidata, e.geonames) for e in entities)


def _mentions(args: argparse.Namespace) -> list:
    from kgraph.facts.publisher import publisher_mentions
    from kgraph.pipeline import run_build

    repo = corpus.Repository(args.path)
    paths = corpus.select(corpus.split_paths(repo), per_language=args.per_language, seed=args.seed)
    documents = corpus.load_documents(repo, paths)
    with tempfile.TemporaryDirectory(prefix="kgraph-parts-") as tmp:
        predict_kgraph.write_corpus(documents, Path(tmp) / "corpus")
        extractions = run_build(Path(tmp) / "corpus").extractions
    return [m for e in extractions for m in e.mentions] + publisher_mentions(extractions)


def _step(rng: random.Random, current: dict, pool: list, everything: list, step: int) -> None:
    from kgraph.model import EntityType

    for _ in range(rng.randint(1, 4)):
        op = rng.choice(["add", "add", "delete", "drop", "copy", "copy", "type", "cue"])
        if op == "add" and pool:
            article, mentions = pool.pop(rng.randrange(len(pool)))
            current[article] = mentions
        elif op == "delete" and len(current) > 1:
            article = rng.choice(sorted(current))
            pool.append((article, current.pop(article)))
        elif current:
            article = rng.choice(sorted(current))
            mentions = list(current[article])
            if op == "copy" or not mentions:
                other = rng.choice(everything)
                shift = 10**6 + 1000 * step
                lang = mentions[0].lang if mentions and rng.random() < 0.5 else other.lang
                mentions.append(replace(other, article_id=article, lang=lang, begin=other.begin + shift,
                                        end=other.end + shift))
            else:
                k = rng.randrange(len(mentions))
                if op == "drop":
                    mentions.pop(k)
                elif op == "type":
                    mentions[k] = replace(mentions[k], type=rng.choice([t for t in EntityType if t != mentions[k].type]))
                else:
                    mentions[k] = replace(mentions[k], cued=not mentions[k].cued)
            current[article] = mentions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a SlavicNER checkout or bare git directory")
    parser.add_argument("--per-language", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=20, help="random steps of additions, deletions and edits")
    parser.add_argument("--added", type=int, default=40, help="articles each added last to all the others")
    args = parser.parse_args(argv)

    from kgraph.gazetteer import Gazetteer
    from kgraph.resolve.build import disambiguate
    from kgraph.resolve.core import resolve, resolve_raw
    from kgraph.resolve.gazetteer_link import Linker
    from kgraph.resolve.parts import ResolveMemo, parts, resolve_parts
    from kgraph.resolve.state import mention_order

    ordered = sorted(set(_mentions(args)), key=mention_order)
    gazetteer = Gazetteer.load()
    started = time.perf_counter()
    whole = resolve(ordered, gazetteer)
    whole_s = time.perf_counter() - started
    found = parts(ordered, Linker(gazetteer))
    alone = disambiguate([e for group in found for e in resolve_raw([ordered[i] for i in group], gazetteer)])
    sizes = sorted(map(len, found), reverse=True)
    print(f"{len(ordered)} mentions, {len(found)} parts (largest {sizes[:5]}); "
          f"parts resolved alone equal the whole: {_signature(alone) == _signature(whole)}")
    with tempfile.TemporaryDirectory(prefix="kgraph-parts-") as tmp:
        state = Path(tmp) / "resolve.pickle"
        started = time.perf_counter()
        resolve_parts(ordered, gazetteer, ResolveMemo(state, "v"))
        cold = time.perf_counter() - started
        started = time.perf_counter()
        resolve_parts(ordered, gazetteer, ResolveMemo(state, "v"))
        warm = time.perf_counter() - started
        print(f"resolution: whole {whole_s:.2f} s, parts from no state {cold:.2f} s, nothing changed {warm:.2f} s")
        state.unlink()
        rng = random.Random(args.seed)
        by_article: dict[str, list] = {}
        for m in ordered:
            by_article.setdefault(m.article_id, []).append(m)
        current = {a: ms for a, ms in by_article.items() if rng.random() < 0.7}
        pool = [(a, ms) for a, ms in sorted(by_article.items()) if a not in current]
        equal = 0
        for step in range(args.steps):
            if step:
                _step(rng, current, pool, ordered, step)
            mentions = [m for a in sorted(current) for m in current[a]]
            memo = ResolveMemo(state, "v")
            same = _signature(resolve_parts(mentions, gazetteer, memo)) == _signature(resolve(mentions, gazetteer))
            equal += same
            print(f"step {step}: {len(current)} articles, {memo.reused} parts kept, {memo.resolved} resolved, equal {same}")
        print(f"random steps equal to a whole resolution: {equal}/{args.steps}")
        whole_sig = _signature(whole)
        added = rng.sample(sorted(by_article), min(args.added, len(by_article)))
        equal = 0
        for article in added:  # the corpus but one article, then that article added
            resolve_parts([m for m in ordered if m.article_id != article], gazetteer, ResolveMemo(state, "v"))
            equal += _signature(resolve_parts(ordered, gazetteer, ResolveMemo(state, "v"))) == whole_sig
        print(f"one article added to the rest, equal to a whole resolution: {equal}/{len(added)}")


if __name__ == "__main__":
    main()
