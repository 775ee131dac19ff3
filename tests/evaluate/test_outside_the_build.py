"""kgraph.evaluate stays outside the build flow: only the CLI's `score` command imports it, when run."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kgraph"


def _imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    return out | {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}


def test_no_module_of_the_build_imports_the_scorer() -> None:
    users = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
             if "evaluate" not in p.relative_to(PACKAGE).parts
             and any(m == "kgraph.evaluate" or m.startswith("kgraph.evaluate.") for m in _imports_of(p))}
    assert users <= {"cli.py"}


def test_loading_the_api_and_the_cli_does_not_load_the_scorer() -> None:
    code = ("import sys, kgraph, kgraph.api, kgraph.cli; "
            "print(sorted(m for m in sys.modules if m.startswith('kgraph.evaluate')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
