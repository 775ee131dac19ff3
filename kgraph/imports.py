"""Which files of the kgraph package a set of modules is made of: their import closure, read
from the source (nothing is imported), packages with every module and data file beside them; and
the one digest of a set of files that every code-and-data cache key is made with."""
from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from pathlib import Path

__all__ = ["import_closure", "closure_files", "files_digest", "folder_files"]


def files_digest(files: Iterable[tuple[str, Path]], salt: str = "", length: int = 16) -> str:
    """A digest of ``salt`` and each (name, file)'s name and bytes, in the order given: the cache
    key of what the files (code, templates, data) make."""
    digest = hashlib.sha256(salt.encode() + b"\0")
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:length]


def folder_files(folder: Path) -> list[tuple[str, Path]]:
    """(path relative to ``folder``, file) of every file under ``folder`` but compiled code, sorted."""
    return [(str(p.relative_to(folder)), p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts]


def _source(root: Path, name: str) -> Path | None:
    """The file of module ``name`` (``kgraph.lang.en`` → kgraph/lang/en/__init__.py), if any."""
    path = root.parent.joinpath(*name.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    return source if source.is_file() else None


def _imported(name: str, source: Path) -> list[str]:
    """The kgraph modules one file names in its imports (relative ones resolved); a package's
    ``__init__`` also brings in every module and subpackage beside it."""
    found: list[str] = []
    package = name if source.name == "__init__.py" else name.rpartition(".")[0]
    if source.name == "__init__.py":
        found += [f"{name}.{p.stem}" for p in sorted(source.parent.glob("*.py")) if p.stem != "__init__"]
        found += [f"{name}.{p.parent.name}" for p in sorted(source.parent.glob("*/__init__.py"))]
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found += [base, *(f"{base}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
    return [m for m in found if m.startswith("kgraph.")]


def import_closure(roots: tuple[str, ...], root: Path) -> dict[str, Path]:
    """Module name → source file, for ``roots`` and every kgraph module they import, transitively
    (``root`` is the kgraph package's folder)."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        source = _source(root, name)
        if name in seen or source is None:
            continue
        seen[name] = source
        todo += _imported(name, source)
    return dict(sorted(seen.items()))


def closure_files(roots: tuple[str, ...], root: Path) -> list[Path]:
    """The source files of the closure and the data files (not code, not docs) of its packages' folders."""
    modules = import_closure(roots, root)
    files = set(modules.values())
    for source in modules.values():
        if source.name == "__init__.py":
            files |= {p for p in source.parent.iterdir() if p.is_file() and p.suffix not in {".py", ".pyc", ".md"}}
    return sorted(files)
