"""Reading a SlavicNER repository (a normal checkout or a bare git directory) and sampling it.

The topic ``us_election_2020`` is held out for independent checking: it is refused everywhere,
whatever the split file or the options say.
"""
from __future__ import annotations

import random
import subprocess
from collections import defaultdict
from pathlib import Path

from .model import Document, GoldMention

HELD_OUT = "us_election_2020"
SPLIT = "SPLIT_single_out_topic_train.txt"


class HeldOutTopic(ValueError):
    """A request touched the held-out topic."""


def refuse_held_out(path: str) -> None:
    if HELD_OUT in Path(path).parts:
        raise HeldOutTopic(f"{path}: the topic {HELD_OUT} is held out for independent checking; never read it")


class Repository:
    """The files of a SlavicNER repository, read from a work tree or from git objects at HEAD."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = not (root / "raw").is_dir()
        if self.bare and not (root / "HEAD").is_file() and not (root / ".git").exists():
            raise FileNotFoundError(f"{root}: neither a SlavicNER checkout (no raw/) nor a git directory")
        self._git = None

    def read(self, path: str) -> bytes:
        refuse_held_out(path)
        return self.read_many([path])[path]

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        """The bytes of each path (held-out paths refused) in one pass over git or the disk."""
        for path in paths:
            refuse_held_out(path)
        if not self.bare:
            return {p: (self.root / p).read_bytes() for p in paths}
        return self._cat_files(paths)

    def _cat_files(self, paths: list[str]) -> dict[str, bytes]:
        """``git cat-file --batch`` over HEAD:path, one process for all the files."""
        request = "".join(f"HEAD:{p}\n" for p in paths).encode()
        out = subprocess.run(["git", "--git-dir", str(self._git_dir()), "cat-file", "--batch"], input=request,
                             capture_output=True, check=True).stdout
        found, pos = {}, 0
        for path in paths:
            header_end = out.index(b"\n", pos)
            header = out[pos:header_end].split()
            if header[-1] == b"missing":
                raise FileNotFoundError(f"{self.root}: {path} is not in HEAD")
            size = int(header[2])
            found[path] = out[header_end + 1:header_end + 1 + size]
            pos = header_end + 1 + size + 1  # the blob, then a newline
        return found

    def _git_dir(self) -> Path:
        return self.root / ".git" if (self.root / ".git").exists() else self.root


def split_paths(repo: Repository, split: str = SPLIT) -> list[str]:
    """The raw paths a split file lists, the held-out topic left out."""
    lines = repo.read(split).decode("utf-8").split()
    return sorted(p for p in lines if p.startswith("raw/") and HELD_OUT not in Path(p).parts)


def topic_and_lang(path: str) -> tuple[str, str]:
    parts = Path(path).parts  # raw/<topic>/<lang>/<stem>.txt
    return parts[1], parts[2]


def select(paths: list[str], *, languages: set[str] | None = None, topics: set[str] | None = None,
           per_language: int | None = None, seed: int = 0) -> list[str]:
    """The paths of the wanted languages and topics; ``per_language`` of each, stratified over topics."""
    if topics and HELD_OUT in topics:
        raise HeldOutTopic(f"--topics: {HELD_OUT} is held out for independent checking; never build on it")
    chosen = [p for p in paths if (not languages or topic_and_lang(p)[1] in languages)
              and (not topics or topic_and_lang(p)[0] in topics)]
    if per_language is None:
        return chosen
    by_lang: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in chosen:
        topic, lang = topic_and_lang(path)
        by_lang[lang][topic].append(path)
    return sorted(p for lang in sorted(by_lang) for p in _stratified(by_lang[lang], per_language, f"{seed}/{lang}"))


def _stratified(by_topic: dict[str, list[str]], n: int, seed: str) -> list[str]:
    """``n`` paths taken in turn from each topic (shuffled with ``seed``) until ``n`` or none left."""
    rng = random.Random(seed)
    queues = {}
    for topic in sorted(by_topic):
        queue = sorted(by_topic[topic])
        rng.shuffle(queue)
        queues[topic] = queue
    taken: list[str] = []
    while len(taken) < n and any(queues.values()):
        for topic in sorted(queues):
            if queues[topic] and len(taken) < n:
                taken.append(queues[topic].pop())
    return taken


def gold_path(raw_path: str) -> str:
    return "ner/" + raw_path[len("raw/"):-len(".txt")] + ".tsv"


def parse_gold(tsv: str, where: str) -> tuple[GoldMention, ...]:
    """The mentions of one ``.tsv`` (begin, end, surface, lemma, class, id per line)."""
    mentions = []
    for number, line in enumerate(tsv.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 6:
            raise ValueError(f"{where}:{number}: expected 6 tab-separated fields, got {len(fields)}")
        mentions.append(GoldMention(int(fields[0]), int(fields[1]), fields[2], fields[3], fields[4], fields[5]))
    return tuple(mentions)


def load_documents(repo: Repository, paths: list[str]) -> list[Document]:
    """The documents at ``paths`` with their gold mentions; each span checked against the text."""
    blobs = repo.read_many([q for p in paths for q in (p, gold_path(p))])
    documents = []
    for path in paths:
        text = blobs[path].decode("utf-8")
        mentions = parse_gold(blobs[gold_path(path)].decode("utf-8"), gold_path(path))
        for m in mentions:
            if text[m.begin:m.end] != m.surface:
                raise ValueError(f"{gold_path(path)}: span {m.begin}-{m.end} is {text[m.begin:m.end]!r}, "
                                 f"not {m.surface!r}")
        topic, lang = topic_and_lang(path)
        documents.append(Document(path, topic, lang, text, mentions))
    return documents
