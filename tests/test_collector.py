"""The cycle collector's thresholds during a build (kgraph/collector.py)."""
from __future__ import annotations

import gc
import threading

from kgraph.collector import THRESHOLDS, fewer_collections


def test_thresholds_raised_inside_and_restored_after():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            assert gc.get_threshold() == THRESHOLDS
            assert gc.isenabled()
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_higher_thresholds_are_kept():
    before = gc.get_threshold()
    try:
        gc.set_threshold(10 * THRESHOLDS[0], 5, 50)
        with fewer_collections():
            assert gc.get_threshold() == (10 * THRESHOLDS[0], THRESHOLDS[1], 50)
        assert gc.get_threshold() == (10 * THRESHOLDS[0], 5, 50)
    finally:
        gc.set_threshold(*before)


def test_nested_and_threaded_builds_restore_once_the_last_ends():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        entered, leave = threading.Event(), threading.Event()

        def other_build() -> None:
            with fewer_collections():
                entered.set()
                leave.wait(5)

        thread = threading.Thread(target=other_build)
        with fewer_collections():
            thread.start()
            entered.wait(5)
        assert gc.get_threshold() == THRESHOLDS  # the other build still runs
        leave.set()
        thread.join(5)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_failing_build_restores_them():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        try:
            with fewer_collections():
                raise RuntimeError("the build failed")
        except RuntimeError:
            pass
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
