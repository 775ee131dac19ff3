"""The texts the facts gold annotates, read from a SlavicNER repository and written as a corpus.

Each gold document names its text by its path in the SlavicNER checkout (``raw/<topic>/<lang>/<doc>.txt``);
the corpus keeps those paths, so the scorer maps each gold file to its article by that path.
"""
from __future__ import annotations

from pathlib import Path

from slavicner.corpus import Repository, refuse_held_out

from kgraph.evaluate.gold import Gold

__all__ = ["gold_paths", "write_corpus"]


def gold_paths(gold: Gold) -> list[str]:
    """The SlavicNER paths of the gold documents (the held-out topic refused)."""
    paths = sorted({Path(doc.doc).as_posix() for doc in gold.docs})
    for path in paths:
        refuse_held_out(path)
    return paths


def write_corpus(repo: Repository, paths: list[str], folder: Path) -> Path:
    """Each text written under ``folder`` at its own path; returns ``folder``."""
    for path, blob in repo.read_many(paths).items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    return folder
