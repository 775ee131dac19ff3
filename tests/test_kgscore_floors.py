"""The seed build scored by the project's own scorer (kgraph.evaluate) against the seed gold (tests/data/gold).

Floors only ever go up: raise them in kgscore_floors.json when a change improves a figure.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.evaluate import score

DATA = Path(__file__).parent
GOLD = DATA / "data" / "gold"
FLOORS = json.loads((DATA / "kgscore_floors.json").read_text())


@pytest.fixture(scope="module")
def scores(seed_build) -> dict[str, float]:
    return score(seed_build.out_dir / "graph.ttl", GOLD).summary()


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figure_stays_above_its_floor(scores, figure):
    assert scores[figure] >= FLOORS[figure], f"{figure}: {scores[figure]} < floor {FLOORS[figure]}"
