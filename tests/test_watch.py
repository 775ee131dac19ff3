"""``kgraph build --watch``: a resident build that rebuilds, debounced, as articles land."""
from __future__ import annotations

import threading
import time

import pytest

from kgraph.watch import snapshot

QUERY = "SELECT ?g WHERE {{ GRAPH ?g {{ ?a schema:identifier \"{}\" }} }}"


def test_the_snapshot_sees_new_changed_and_removed_files_but_not_partial_ones(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first = snapshot(tmp_path)
    (tmp_path / "b.txt.part").write_text("half", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    assert snapshot(tmp_path) == first
    (tmp_path / "a.txt").write_text("one more", encoding="utf-8")
    assert snapshot(tmp_path) != first
    (tmp_path / "a.txt").unlink()
    assert snapshot(tmp_path) == {}


@pytest.mark.slow
def test_a_new_article_is_queryable_soon_after_it_lands(tmp_path):
    from kgraph.watch import watch

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "first.txt").write_text("The Danish architect Sigrid Holmgaard designed a library in Aarhus.\n",
                                      encoding="utf-8")
    stop, built = threading.Event(), threading.Event()
    found: list[tuple[float, int]] = []

    def on_build(kg, seconds: float) -> None:
        found.append((time.perf_counter(), len(kg.query(QUERY.format("second")))))
        built.set()

    thread = threading.Thread(target=watch, args=(corpus, out), daemon=True,
                              kwargs={"stop": stop, "on_build": on_build, "debounce": 0.3, "poll": 0.1})
    thread.start()
    try:
        assert built.wait(300) and found[-1][1] == 0  # the first build: no second article yet
        built.clear()
        landed = time.perf_counter()
        (corpus / "second.txt").write_text("The Chilean poet Mateo Araya read his poems in Valparaiso.\n",
                                           encoding="utf-8")
        assert built.wait(120)
        done, count = found[-1]
        assert count == 1  # the new article's graph is in the store
        print(f"--watch latency: {done - landed:.2f} s")
        assert done - landed < 60  # the goal is 3 s on a quiet machine; this one is shared
    finally:
        stop.set()
        thread.join(60)
    assert not thread.is_alive()
