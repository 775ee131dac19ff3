"""A disk that fills up during a build: the previous build's files and store stay whole, the
message says what happened, and a build after space is freed equals a clean one.

The disk is a real small filesystem (a tmpfs mounted for the test, as root); where mounting is
refused the tests are skipped.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from reliability_corpus import EXPORTS, answers, article_ids, cli_build, file_digest, load_graph, recombined_corpus

DISK_MB = 32


@pytest.fixture
def small_disk(tmp_path):
    """A tmpfs of DISK_MB megabytes, unmounted afterwards."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}m", f"kgraph-test-{uuid.uuid4().hex[:8]}",
                           str(disk)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """A file that takes all the free space of ``disk`` but ``leave`` bytes."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free - leave
    with filler.open("wb") as handle:
        chunk = b"\0" * (1 << 20)
        while free > 0:
            try:
                handle.write(chunk[:free])
                handle.flush()
            except OSError:
                break
            free -= len(chunk)
    return filler


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    base = tmp_path_factory.mktemp("diskfull")
    first = recombined_corpus(base / "first", 24)
    second = recombined_corpus(base / "second", 30, seed=11)
    for path in sorted(first.glob("*.txt")):
        shutil.copy(path, second / f"old_{path.name}")
    return first, second


@pytest.mark.parametrize("leave_kb", [0, 200, 900, 2500, 4000, 5500])
def test_a_full_disk_leaves_the_previous_build_whole_and_says_so(small_disk, corpora, leave_kb, tmp_path):
    first, second = corpora
    out = small_disk / "out"
    assert cli_build(first, out).exit_code == 0
    before = {name: file_digest(out / name) for name in EXPORTS}
    previous = answers(out)
    filler = _fill(small_disk, leave_kb * 1024)
    built = cli_build(second, out)
    if built.exit_code == 0:  # it fitted after all: then it is the new build, whole
        pytest.skip(f"the rebuild fitted in {leave_kb} KB")
    message = " ".join(built.output.split())
    assert built.exit_code == 1 and "E400" in message and "No space left on device" in message, message
    for name in EXPORTS:  # each the previous file, or the whole new one
        if file_digest(out / name) != before[name] and name != "index.html":
            assert len(article_ids(load_graph(out / name))) == 54, name
    assert answers(out) == previous  # the store is the previous one
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    filler.unlink()
    assert cli_build(second, out).exit_code == 0
    clean = cli_build(second, tmp_path / "clean", "--no-cache")
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (out / name).read_bytes() == (clean.out / name).read_bytes(), name
    assert answers(out) == answers(clean.out)
