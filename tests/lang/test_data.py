"""Every registered language gives a complete, typed LanguageData; the folders keep to the layout."""
from __future__ import annotations

import ast
import dataclasses
import json
import typing
from collections.abc import Mapping
from pathlib import Path

import pytest

from kgraph.errors import KgraphError
from kgraph.lang import FALLBACK, available_languages, declared_languages, language_data
from kgraph.lang.data import RECORD_FILES, Declaration, LanguageData, load_data

LANG = Path(__file__).resolve().parents[2] / "kgraph" / "lang"
# The records a language with a pipeline must fill: the stages find their words there.
NEEDED_WITH_A_PIPELINE = {
    "dates": ("months", "weekdays"),
    "events": ("triggers",),
    "titles": ("titles",),
    "cues": ("reporting_verbs", "pronouns", "place_preps", "clause_breaks", "conjunctions"),
    "media": ("media_cues", "publish_verbs"),
    "names": ("organization_heads", "event_heads"),
    "institutions": ("kinds",),
    "boilerplate": ("tail_openers",),
}


def _check_type(value, hint, where: str) -> None:
    origin = typing.get_origin(hint)
    if origin is tuple:
        assert isinstance(value, tuple) and all(isinstance(v, str) for v in value), where
    elif origin is Mapping:
        assert isinstance(value, Mapping), where
        for key, item in value.items():
            assert isinstance(key, str), where
            _check_type(item, typing.get_args(hint)[1], f"{where}.{key}")
    else:
        assert isinstance(value, hint), where


@pytest.mark.parametrize("code", declared_languages())
def test_every_declared_language_gives_every_field_with_its_type(code):
    data = language_data(code)
    assert data.code == code and data.script.isalpha() and len(data.script) == 4
    for name in (f.name for f in dataclasses.fields(LanguageData)):
        record = getattr(data, name)
        hint = typing.get_type_hints(LanguageData)[name]
        if not dataclasses.is_dataclass(hint):
            assert isinstance(record, hint), name
            continue
        assert isinstance(record, hint), name
        for field, field_hint in typing.get_type_hints(hint).items():
            _check_type(getattr(record, field), field_hint, f"{code}.{name}.{field}")


@pytest.mark.parametrize("code", [c for c in available_languages() if c != FALLBACK])
def test_a_language_with_a_pipeline_has_the_words_the_stages_need(code):
    data = language_data(code)
    assert data.has_pipeline
    for record, fields in NEEDED_WITH_A_PIPELINE.items():
        for field in fields:
            assert getattr(getattr(data, record), field), f"{code}: {record}.{field} is empty"


def test_every_trigger_kind_is_an_event_kind_of_the_ontology():
    kinds = set(json.loads((LANG.parent / "ontology" / "facts" / "triggers.json").read_text(encoding="utf-8"))["events"])
    for code in declared_languages():
        assert set(language_data(code).events.triggers) <= kinds, code


def test_a_language_without_a_folder_gets_the_fallbacks_data():
    assert language_data("fi") == language_data(FALLBACK)
    assert "fr" in declared_languages() and "fr" not in available_languages()  # data, no pipeline


@pytest.mark.parametrize("code", declared_languages())
def test_a_folder_declares_exactly_its_data_files(code):
    declared = language_data(code)
    files = {p.name for p in (LANG / code).glob("*.json")}
    module = ast.parse((LANG / code / "__init__.py").read_text(encoding="utf-8"))
    assert files <= set(RECORD_FILES)
    assert declared.has_pipeline == (LANG / code / "pipeline.py").is_file()
    listed = next(ast.literal_eval(k.value) for node in ast.walk(module) if isinstance(node, ast.Call)
                  for k in node.keywords if k.arg == "data_files")
    assert set(listed) == files


@pytest.mark.parametrize("path", sorted(LANG.glob("*/*.py")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_language_folder_imports_another(path):
    own = f"kgraph.lang.{path.parent.name}"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
            [a.name for a in node.names] if isinstance(node, ast.Import) else []
        for name in names:
            parts = name.split(".")
            if name.startswith("kgraph.lang.") and len(parts) > 2 and parts[2] != "data":
                assert name.startswith(own), f"{path} imports {name}"


def test_a_data_file_with_a_wrong_type_or_key_is_refused_by_name(monkeypatch):
    import kgraph.lang.data as data

    bad = {"lang/zz/cues.json": {"pronouns": "he"}, "lang/zz/names.json": {"heads": []}}
    monkeypatch.setattr(data, "read_json", bad.__getitem__)
    with pytest.raises(KgraphError, match=r"E951.*lang/zz/cues.json.*pronouns must be a list"):
        load_data(Declaration(code="zz", script="Latn", data_files=("cues.json",)))
    with pytest.raises(KgraphError, match=r"lang/zz/names.json.*unknown keys \['heads'\]"):
        load_data(Declaration(code="zz", script="Latn", data_files=("names.json",)))
