"""Language detection accuracy per language on the SlavicNER train split, beside a baseline.

    .venv/bin/python bench/bench_language.py SLAVICNER_PATH [--per-language 0] [--baseline main]

SLAVICNER_PATH is a SlavicNER checkout or its bare git directory. Only the documents listed in
SPLIT_single_out_topic_train.txt are read, never the topic us_election_2020 (held out), and
nothing is copied anywhere. Each document is detected whole and on its first sentence only,
by this checkout's kgraph.language and by the ``--baseline`` revision's (``git show``
into a temporary folder), in the same run; the time per document is printed beside.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SPLIT = "SPLIT_single_out_topic_train.txt"
HELD_OUT = "us_election_2020"
_FIRST_SENTENCE = re.compile(r".+?(?:[.!?…](?=\s)|$)", re.S)


def _git(path: Path) -> list[str]:
    """The git command reading ``path`` (a checkout or a bare repository)."""
    return ["git", "--git-dir", str(path / ".git" if (path / ".git").exists() else path)]


def documents(path: Path, per_language: int) -> Iterator[tuple[str, str]]:
    """(language, text) of the split's documents, read from git HEAD; at most ``per_language``."""
    git = _git(path)
    listing = subprocess.run(git + ["show", f"HEAD:{SPLIT}"], capture_output=True, text=True, check=True)
    names = [n.strip() for n in listing.stdout.splitlines() if n.strip()]
    names = [n for n in names if n.split("/")[1] != HELD_OUT]
    taken: Counter[str] = Counter()
    chosen = []
    for name in names:
        lang = name.split("/")[2]
        if per_language and taken[lang] >= per_language:
            continue
        taken[lang] += 1
        chosen.append((lang, name))
    batch = subprocess.run(git + ["cat-file", "--batch"], input="".join(f"HEAD:{n}\n" for _, n in chosen).encode(),
                           capture_output=True, check=True).stdout
    offset = 0
    for lang, _ in chosen:
        header_end = batch.index(b"\n", offset)
        size = int(batch[offset:header_end].split()[2])
        yield lang, batch[header_end + 1: header_end + 1 + size].decode("utf-8", errors="replace")
        offset = header_end + 1 + size + 1


def first_sentence(text: str) -> str:
    """The first sentence of the first non-blank line."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    found = _FIRST_SENTENCE.match(line.strip())
    return found.group(0) if found else line


def baseline_module(revision: str) -> ModuleType:
    """kgraph/language.py as it is at ``revision`` (with that revision's ontology/ data beside
    it, where it reads its letters), imported under another name."""
    folder = Path(tempfile.mkdtemp(prefix="bench_language_"))
    archive = subprocess.run(["git", "-C", str(HERE.parent), "archive", revision, "kgraph/language.py", "ontology"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    source = folder / "kgraph" / "language.py"
    spec = importlib.util.spec_from_file_location("baseline_language", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(detect: Callable[[str], str], docs: list[tuple[str, str]]) -> tuple[dict[str, Counter[str]], float]:
    """Per gold language, a count of the detected languages; and the seconds per document."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    started = time.perf_counter()
    for lang, text in docs:
        found[lang][detect(text)] += 1
    return found, (time.perf_counter() - started) / max(len(docs), 1)


def report(title: str, found: dict[str, Counter[str]], seconds: float) -> None:
    """One line per language: accuracy, documents and the most frequent mistakes."""
    print(f"\n{title}  ({seconds * 1000:.2f} ms/document)")
    right = total = 0
    for lang in sorted(found):
        counts = found[lang]
        n = sum(counts.values())
        right, total = right + counts[lang], total + n
        wrong = ", ".join(f"{c} {k}" for k, c in counts.most_common() if k != lang)
        print(f"  {lang}  {counts[lang] / n:7.2%}  of {n:5d}   {('wrong: ' + wrong) if wrong else ''}")
    print(f"  all {right / max(total, 1):7.2%}  of {total:5d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slavicner", type=Path)
    parser.add_argument("--per-language", type=int, default=0, help="0: every document of the split")
    parser.add_argument("--baseline", default="main",
                        help="git revision of the baseline detector (6358f0d: before the region's languages)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from kgraph import language

    old = baseline_module(args.baseline)
    docs = list(documents(args.slavicner, args.per_language))
    firsts = [(lang, first_sentence(text)) for lang, text in docs]
    for name, module in (("baseline " + args.baseline, old), ("this checkout", language)):
        module.detect_language("Warm-up sentence so that the models load outside the timings.")
        for title, sample in (("whole documents", docs), ("first sentence", firsts)):
            report(f"{name}: {title}", *score(module.detect_language, sample))


if __name__ == "__main__":
    main()
