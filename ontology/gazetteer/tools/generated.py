"""What the generating tools share: the languages whose CLDR names they take, and how they write."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
# The languages of kgraph's folders with a pipeline, and their neighbours' (de, be, kk).
LANGS = ("en", "ru", "pl", "de", "uk", "kk", "bg", "cs", "sl", "sk", "hr", "be", "sr", "mk", "lt", "lv")


def write_generated(name: str, description: str, entries: list[dict]) -> None:
    """Write ontology/gazetteer/<name> with its description and entries, one key a line."""
    out = {"description": description, "entries": entries}
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
