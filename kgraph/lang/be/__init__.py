"""Belarusian: the capitalisation reader (kgraph.nlp.latin_names) with Belarusian words and their
case forms; no Belarusian dictionary ships on PyPI, so words keep their form unless the text or
the gazetteer gives another."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="be", script="Cyrl",
    pipeline="build",
    data_files=("boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "titles.json"),
)
