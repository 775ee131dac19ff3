"""The registry of language pipelines, keyed by ISO 639-1 code."""
from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable

from spacy.language import Language

__all__ = ["FALLBACK", "available_languages", "pipeline_for", "register"]

FALLBACK = "xx"
_FACTORIES: dict[str, Callable[[], Language]] = {}
_GAZETTEER_CONFIG: dict[str, dict] = {}
_LOADED: dict[str, Language] = {}
_LOCK = threading.Lock()
_LANGUAGE_MODULES = {"en", "ru", "pl", "xx"}


def register(lang: str, *, capitalises_every_name_word: bool = False) -> Callable[[Callable[[], Language]], Callable[[], Language]]:
    """Decorator: ``@register("de")`` on a function that builds the pipeline for German.

    ``capitalises_every_name_word``: the language writes every word of a name with a capital
    (English), so a lowercase word ends a name ('Interfax news agency').
    """

    def decorate(factory: Callable[[], Language]) -> Callable[[], Language]:
        _FACTORIES[lang] = factory
        _GAZETTEER_CONFIG[lang] = {"lang": lang, "trim_lowercase_tail": capitalises_every_name_word}
        return factory

    return decorate


def _discover() -> None:
    """Import every language module of this package once (each registers itself)."""
    if _FACTORIES:
        return
    import kgraph.nlp as package

    for info in pkgutil.iter_modules(package.__path__):
        if len(info.name) == 2 or info.name in _LANGUAGE_MODULES:
            importlib.import_module(f"kgraph.nlp.{info.name}")


def available_languages() -> list[str]:
    """ISO codes that have a pipeline of their own (the fallback ``xx`` included)."""
    _discover()
    return sorted(_FACTORIES)


def pipeline_for(lang: str) -> Language:
    """The pipeline for ``lang``, built once per process; the fallback for unknown languages."""
    _discover()
    key = lang if lang in _FACTORIES else FALLBACK
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = _with_shared_components(_FACTORIES[key](), key)
        return _LOADED[key]


def _with_shared_components(nlp: Language, lang: str) -> Language:
    """Every pipeline ends with the gazetteer, so all languages see the same known names."""
    import kgraph.nlp.known_names  # noqa: F401  (registers the factory)

    nlp.add_pipe("kgraph_known_names", last=True, config=_GAZETTEER_CONFIG[lang])
    return nlp
