"""Static files of the build folder (index.html, entity pages), with no way out of it."""
from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote

from kgraph.serve.work import Answer

__all__ = ["PRIVATE", "static_file"]

PRIVATE = {"store", "cache"}  # the build's internals are not web content


def _not_found() -> Answer:
    return Answer(404, "text/plain; charset=utf-8", b"not found\n")


def resolve_static(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` that ``url_path`` names, or None (hidden, private, outside, missing)."""
    parts = [p for p in unquote(url_path).split("/") if p]
    if any(p.startswith(".") or "\\" in p or "\0" in p for p in parts) or (parts and parts[0] in PRIVATE):
        return None
    base = root.resolve()
    target = base.joinpath(*parts) if parts else base
    try:
        target = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if target.is_dir():
        target = target / "index.html"
    if not target.is_relative_to(base) or not target.is_file():  # a symlink may point outside
        return None
    return target


def static_file(root: Path, url_path: str) -> Answer:
    """The file as an Answer (404 when it may not or does not exist)."""
    target = resolve_static(root, url_path)
    if target is None:
        return _not_found()
    ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in {"application/javascript", "application/json"}:
        ctype += "; charset=utf-8"
    if target.suffix in {".ttl", ".trig"}:
        ctype = ("text/turtle" if target.suffix == ".ttl" else "application/trig") + "; charset=utf-8"
    return Answer(200, ctype, target.read_bytes(), {"X-Content-Type-Options": "nosniff"})
