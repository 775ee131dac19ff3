"""Languages: one folder each (``kgraph/lang/<iso>/``), found by scanning this package.

A folder's ``__init__.py`` declares its language (:class:`~kgraph.lang.data.Declaration`): its
code, script, how it capitalises names, the factory in its ``pipeline.py`` (or none: the
fallback ``xx`` builds its Docs) and its data files. Every stage asks :func:`language_data`
for the words it needs and :func:`pipeline_for` for the spaCy pipeline; no stage keeps word
lists of its own, and no language folder imports another. See ``kgraph/lang/README.md``.
"""
from __future__ import annotations

import importlib
import pkgutil
import threading
from functools import lru_cache

from spacy.language import Language

from kgraph.errors import KgraphError
from kgraph.lang.data import Declaration, LanguageData, load_data

__all__ = ["FALLBACK", "available_languages", "declared_languages", "pipeline_for", "language_data",
           "all_language_data", "declaration"]

FALLBACK = "xx"
# A folder without a pipeline of its own, in one of these scripts, is read by this shared reader
# (module, factory of the code) instead of the fallback's capitalised runs.
SCRIPT_READERS = {"Cyrl": ("kgraph.nlp.cyrillic_ner", "build_plain_reader")}
_LOADED: dict[str, Language] = {}
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _declarations() -> dict[str, Declaration]:
    """Every subpackage of kgraph.lang that declares a language, by code."""
    found: dict[str, Declaration] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        declared = getattr(module, "LANGUAGE", None)
        if isinstance(declared, Declaration):
            if declared.code != info.name:
                raise KgraphError("E951", name=f"kgraph/lang/{info.name}/__init__.py",
                                  reason=f"its LANGUAGE declares the code {declared.code!r}, not the folder's")
            found[declared.code] = declared
    return dict(sorted(found.items()))


def declared_languages() -> list[str]:
    """ISO codes that have a folder (with or without a pipeline of their own)."""
    return list(_declarations())


def available_languages() -> list[str]:
    """ISO codes that have a pipeline of their own (the fallback ``xx`` included)."""
    return [code for code, d in _declarations().items() if d.pipeline]


def declaration(code: str) -> Declaration:
    """The declaration of ``code``'s folder, else the fallback's."""
    return _declarations().get(code) or _declarations()[FALLBACK]


@lru_cache(maxsize=None)
def language_data(code: str) -> LanguageData:
    """The words of ``code``; a language without a folder gets the fallback's (empty) data."""
    declared = _declarations().get(code)
    return load_data(declared) if declared is not None else load_data(_declarations()[FALLBACK])


@lru_cache(maxsize=1)
def all_language_data() -> tuple[LanguageData, ...]:
    """The data of every declared language, by code (for the words a stage applies to any text)."""
    return tuple(language_data(code) for code in _declarations())


def pipeline_for(lang: str) -> Language:
    """The pipeline for ``lang``, built once per process; the fallback's for a language without one."""
    declared = _declarations().get(lang)
    if declared is not None and not declared.pipeline and declared.script in SCRIPT_READERS:
        key = lang  # a Cyrillic language without a pipeline of its own: the shared Cyrillic reader
    else:
        key = lang if declared is not None and declared.pipeline else FALLBACK
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = _with_shared_components(_build(_declarations()[key]), _declarations()[key])
        return _LOADED[key]


def _build(declared: Declaration) -> Language:
    if not declared.pipeline and declared.script in SCRIPT_READERS:
        module_name, factory = SCRIPT_READERS[declared.script]
        return getattr(importlib.import_module(module_name), factory)(declared.code)
    module = importlib.import_module(f"{__name__}.{declared.code}.pipeline")
    return getattr(module, str(declared.pipeline))()


def _with_shared_components(nlp: Language, declared: Declaration) -> Language:
    """Every pipeline ends with the gazetteer, so all languages see the same known names."""
    import kgraph.nlp.known_names  # noqa: F401  (registers the factory)

    config = {"lang": declared.code, "trim_lowercase_tail": declared.capitalises_every_name_word}
    # a component that reads the final names (``requires=["doc.ents"]``, such as a parser run only
    # on the sentences with names) comes after these steps; the others before them
    after = [name for name in nlp.pipe_names if "doc.ents" in nlp.get_pipe_meta(name).requires]
    where = {"before": after[0]} if after else {"last": True}
    nlp.add_pipe("kgraph_known_names", config=config, **where)
    if declared.script == "Cyrl":
        import kgraph.nlp.cyrillic_names  # noqa: F401  (registers the factory)

        nlp.add_pipe("kgraph_cyrillic_names", config={"lang": declared.code}, **where)
    return nlp
