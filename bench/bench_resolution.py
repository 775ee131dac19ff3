"""Benchmark of entity resolution on synthetic multilingual mentions (prints figures, asserts nothing).

Usage: .venv/bin/python bench/bench_resolution.py [--sizes 100000 1000000] [--seed 7] [--incremental]

``--incremental``: per size, whole-corpus resolution against the incremental resolution of an
incremental build (:mod:`kgraph.resolve.parts`, its state loaded and saved each time) after
one article changed, 10 were added, one was deleted, and nothing changed; checks each equals
the whole-corpus resolution.

Each size runs in a fresh child process, so peak memory (ru_maxrss) is that size's own. The
baseline is the time to compute ``name_key`` for every mention's normal form, in the same run.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kgraph.model import EntityType, Mention  # noqa: E402
from kgraph.translit import name_key, to_latin, word_key  # noqa: E402

__all__ = ["generate", "main"]

_ONSETS = "б в г д ж з к л м н п р с т х ч ш ц й".split()
_VOWELS = "а е и о у ы я ю".split()
_SURNAME_ENDS = ["ов", "ев", "ин", "бек", "енко", "ян", "ский", "иев", "баев"]
# Polish transliteration of Russian Cyrillic (simplified)
_PL = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "ż", "з": "z", "и": "i",
       "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y",
       "ь": "", "э": "e", "ю": "iu", "я": "ia"}
_PL_IOTATED = {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"}
_RU_CASES = ["", "а", "у", "ым", "е"]
_PL_CASES = ["", "a", "owi", "em"]


def _syllables(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_ONSETS) + rnd.choice(_VOWELS) for _ in range(n))


def _to_polish(word: str) -> str:
    out, prev = [], ""
    for ch in word:
        low = ch.lower()
        latin = _PL_IOTATED[low] if low in _PL_IOTATED and (not prev or prev in "аеёиоуыэюя") else _PL.get(low, low)
        out.append(latin.capitalize() if ch.isupper() else latin)
        prev = low
    return "".join(out).replace("łi", "li").replace("łe", "le")


def _typo(rnd: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rnd.randrange(2, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _people(rnd: random.Random, n: int) -> list[tuple[str, str]]:
    firsts = [_syllables(rnd, rnd.randint(2, 3)).capitalize() + rnd.choice(["", "н", "р", "т"])
              for _ in range(max(50, n // 10))]
    return [(rnd.choice(firsts), _syllables(rnd, rnd.randint(2, 3)).capitalize() + rnd.choice(_SURNAME_ENDS))
            for _ in range(n)]


def _places(rnd: random.Random, n: int) -> list[str]:
    return [_syllables(rnd, rnd.randint(2, 3)).capitalize() + rnd.choice(["", "ск", "абад", "кент"]) for _ in range(n)]


def _forms(rnd: random.Random, lang: str, first: str, last: str) -> list[tuple[str, str]]:
    """(text, normal) variants of one person in one article's language."""
    if lang == "ru":
        full = f"{first} {last}"
        case = rnd.choice(_RU_CASES)
        return [(f"{first}{case} {last}{case}", full), (f"{last}{case}", last), (f"{first[0]}. {last}", f"{first[0]}. {last}"),
                (full, full)]
    if lang == "en":
        f, s = to_latin(first), to_latin(last)
        s2 = _typo(rnd, s) if rnd.random() < 0.05 else s
        return [(f"{f} {s2}", f"{f} {s2}"), (s, s), (f"{s}, {f}", f"{s} {f}"), (f"{f} {s}", f"{f} {s}")]
    f, s = _to_polish(first), _to_polish(last)
    case = rnd.choice(_PL_CASES)
    return [(f"{f}{case} {s}{case}", f"{f} {s}"), (f"{s}{case}", s), (f"{f} {s}", f"{f} {s}"), (s, s)]


def generate(n: int, seed: int = 7) -> tuple[list[Mention], list[str]]:
    """``n`` mentions (persons and places in ru/en/pl, 30 per article) and each one's true entity."""
    rnd = random.Random(seed)
    people, places = _people(rnd, max(10, n // 25)), _places(rnd, max(10, n // 100))
    out: list[Mention] = []
    truth: list[str] = []
    article = 0
    while len(out) < n:
        lang = ("ru", "en", "pl")[article % 3]
        aid, pos = f"a{article:07d}", 0
        for _ in range(6):
            who = rnd.randrange(len(people))
            first, last = people[who]
            for text, normal in rnd.sample(_forms(rnd, lang, first, last), 4):
                out.append(Mention(aid, lang, pos, pos + len(text), text, EntityType.PERSON, normal))
                truth.append(f"P{who}")
                pos += len(text) + 20
        for _ in range(6):
            where = rnd.randrange(len(places))
            place = places[where]
            name = {"ru": place, "en": to_latin(place), "pl": _to_polish(place)}[lang]
            out.append(Mention(aid, lang, pos, pos + len(name), name, EntityType.PLACE, name))
            truth.append(f"L{where}")
            pos += len(name) + 20
        article += 1
    return out[:n], truth[:n]


def pairwise_quality(entities, mentions: list[Mention], truth: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of the entities against the generator's truth."""
    true_of = {(m.article_id, m.begin): t for m, t in zip(mentions, truth)}
    cells: dict[tuple[int, str], int] = {}
    true_sizes: dict[str, int] = {}
    found = 0
    for k, e in enumerate(entities):
        found += len(e.mentions) ** 2
        for m in e.mentions:
            t = true_of[(m.article_id, m.begin)]
            cells[(k, t)] = cells.get((k, t), 0) + 1
    for t in truth:
        true_sizes[t] = true_sizes.get(t, 0) + 1
    both = sum(c * c for c in cells.values())
    return both / found, both / sum(s * s for s in true_sizes.values())


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _measure(n: int, seed: int) -> dict:
    from kgraph.entities import resolve

    t0 = time.perf_counter()
    mentions, truth = generate(n, seed)
    gen_s = time.perf_counter() - t0
    rss_input = _rss_mb()
    t0 = time.perf_counter()
    keys = [name_key(m.normal, m.lang) for m in mentions]
    base_s = time.perf_counter() - t0
    del keys
    name_key.cache_clear()
    word_key.cache_clear()
    t0 = time.perf_counter()
    entities = resolve(mentions)
    res_s = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    precision, recall = pairwise_quality(entities, mentions, truth)
    return {"n": len(mentions), "generate_s": gen_s, "baseline_key_s": base_s, "resolve_s": res_s,
            "entities": len(entities), "rss_input_mb": rss_input, "peak_rss_mb": peak,
            "true_entities": len(set(truth)), "precision": precision, "recall": recall}


def _signature(entities) -> list:
    return sorted((e.key, e.type, sorted(e.labels.items()), tuple(e.mentions)) for e in entities)


def _incremental(n: int, seed: int) -> dict:
    import tempfile
    from dataclasses import replace

    from kgraph.entities import resolve
    from kgraph.resolve.parts import ResolveMemo, resolve_parts

    every, _ = generate(n + 700, seed)
    articles: dict[str, list[Mention]] = {}
    for m in every:
        articles.setdefault(m.article_id, []).append(m)
    names = sorted(articles)
    base = [a for a in names if sum(len(articles[b]) for b in names[:names.index(a) + 1]) <= n] or names[:1]
    extra = [a for a in names if a not in base][:10]
    corpus = {a: articles[a] for a in base}
    out: dict = {"n": sum(len(v) for v in corpus.values()), "articles": len(corpus)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "resolve.pickle"

        def run(label: str) -> None:
            mentions = [m for a in sorted(corpus) for m in corpus[a]]
            t0 = time.perf_counter()
            memo = ResolveMemo(path, "bench")
            got = resolve_parts(mentions, None, memo)
            out[label] = time.perf_counter() - t0
            out[label + "_parts"] = f"{memo.resolved} of {memo.resolved + memo.reused}"
            t0 = time.perf_counter()
            whole = resolve(mentions)
            out[label + "_full"] = time.perf_counter() - t0
            out[label + "_equal"] = _signature(got) == _signature(whole)

        run("first")  # the state of a first incremental build
        out["state_mb"] = path.stat().st_size / 2**20
        victim = base[len(base) // 2]
        corpus[victim] = corpus[victim][:-1] + [replace(corpus[victim][0], begin=10**6, end=10**6 + len(corpus[victim][0].text))]
        run("edit")
        corpus.update({a: articles[a] for a in extra})
        run("add10")
        del corpus[base[len(base) // 3]]
        run("delete")
        run("nothing")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", action="store_true", help="incremental resolution against the whole corpus's")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_incremental(args.child, args.seed) if args.incremental else _measure(args.child, args.seed)))
        return
    if args.incremental:
        for n in args.sizes:
            proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(args.seed), "--incremental"],
                                  capture_output=True, text=True, check=True)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{r['n']} mentions, {r['articles']} articles; state {r['state_mb']:.1f} MB; first incremental build "
                  f"{r['first']:.2f} s (whole-corpus resolution {r['first_full']:.2f} s)")
            for label, what in (("edit", "one article changed"), ("add10", "10 articles added"),
                                ("delete", "one article deleted"), ("nothing", "nothing changed")):
                print(f"  {what}: {r[label]:.2f} s vs whole corpus {r[label + '_full']:.2f} s = "
                      f"{r[label] / r[label + '_full']:.1%}; parts resolved {r[label + '_parts']}; "
                      f"equal: {r[label + '_equal']}", flush=True)
        return
    print(f"{'mentions':>9} {'key base s':>10} {'resolve s':>9} {'ratio':>6} {'mentions/s':>10} "
          f"{'entities':>8} {'true':>7} {'pair P':>6} {'pair R':>6} {'rss in MB':>9} {'peak MB':>8}")
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)],
                              capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>9} {r['baseline_key_s']:>10.2f} {r['resolve_s']:>9.2f} "
              f"{r['resolve_s'] / r['baseline_key_s']:>6.1f} {r['n'] / r['resolve_s']:>10.0f} {r['entities']:>8} "
              f"{r['true_entities']:>7} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['rss_input_mb']:>9.0f} {r['peak_rss_mb']:>8.0f}", flush=True)
    print("key base s: name_key of every mention (the baseline); ratio: resolve / baseline; "
          "pair P/R: pairwise precision/recall against the generator's truth")


if __name__ == "__main__":
    main()
