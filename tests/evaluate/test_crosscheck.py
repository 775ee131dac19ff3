"""The project's scorer against the reference scorer, ../shared/tools/kgscore.py, on the seed build.

The only test that needs files outside the repository: it skips in a clone without ../shared
(or the folder named by KGRAPH_SHARED, for a checkout that is not beside it, such as a git worktree).
"""
from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.evaluate import score

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KGRAPH_SHARED") or ROOT.parent / "shared")
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.mark.skipif(not (SHARED / "tools" / "kgscore.py").is_file(), reason="no ../shared/tools/kgscore.py beside the checkout")
def test_same_figures_as_the_reference_scorer_on_the_seed_build(seed_build) -> None:
    shared_gold = SHARED / "gold"
    names = sorted(p.name for p in shared_gold.iterdir())
    assert names == sorted(p.name for p in GOLD.iterdir())
    assert filecmp.cmpfiles(shared_gold, GOLD, names, shallow=False)[0] == names  # the copy is the gold
    graph = seed_build.out_dir / "graph.ttl"
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "kgscore.py"), str(graph), str(shared_gold), "--json"],
                          capture_output=True, text=True, check=True)
    reference = json.loads(done.stdout.strip().splitlines()[-1])
    assert score(graph, GOLD).summary() == reference
    assert score(seed_build.out_dir, GOLD).summary() == reference  # its store reads the same
