"""Exports are written whole or not at all, and readable like any file the user writes."""
from __future__ import annotations

import os
import stat

import pytest

from kgraph.atomic import write_atomic


def test_new_file_gets_the_umask_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "graph.ttl", lambda out: out.write(b"x"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "graph.ttl").stat().st_mode) == 0o644


def test_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "index.html"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, lambda out: out.write(b"new"))
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("durable", [True, False])
def test_existing_file_keeps_bits_the_umask_would_take(tmp_path, durable):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")
    target.chmod(0o666)
    old = os.umask(0o077)
    try:
        write_atomic(target, lambda out: out.write(b"new"), durable=durable)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666


@pytest.mark.parametrize("durable", [True, False])
def test_missing_folders_are_made_and_no_temp_is_left(tmp_path, durable):
    target = tmp_path / "entity" / "deep" / "page.html"
    write_atomic(target, lambda out: out.write(b"page"), durable=durable)
    assert target.read_bytes() == b"page" and os.listdir(target.parent) == ["page.html"]


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "graph.trig"
    target.write_bytes(b"old")

    def half(out):
        out.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomic(target, half)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"]


def test_temps_of_dead_writers_are_removed_live_ones_kept(tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".graph.ttl.{int(dead.stdout)}.abc123.tmp"
    live = tmp_path / f".graph.ttl.{os.getppid()}.def456.tmp"
    other = tmp_path / f".graph.trig.{int(dead.stdout)}.abc123.tmp"
    for path in (stale, live, other):
        path.write_bytes(b"half")
    write_atomic(tmp_path / "graph.ttl", lambda out: out.write(b"whole"))
    assert not stale.exists() and live.exists() and other.exists()
    assert (tmp_path / "graph.ttl").read_bytes() == b"whole"
