"""kgraph.blas: extraction runs numpy's OpenBLAS with one thread, and gives the count back after."""
from __future__ import annotations

import numpy  # noqa: F401  (loads numpy's OpenBLAS)
import pytest

from kgraph.blas import blas_threads, one_blas_thread


def test_one_blas_thread_inside_the_block_and_the_old_count_after():
    before = blas_threads()
    if not before:
        pytest.skip("this numpy is not linked with OpenBLAS")
    with one_blas_thread():
        assert blas_threads() == [1] * len(before)
    assert blas_threads() == before


def test_the_extraction_runs_with_one_blas_thread(monkeypatch):
    if not blas_threads():
        pytest.skip("this numpy is not linked with OpenBLAS")
    import kgraph.extract as extract

    seen: list[list[int]] = []
    monkeypatch.setattr(extract, "_extract_all", lambda articles, progress: seen.append(blas_threads()) or ([], []))
    assert extract.extract_all([]) == ([], [])
    assert seen and set(seen[0]) == {1}
