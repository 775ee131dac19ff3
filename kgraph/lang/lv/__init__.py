"""Latvian: the Latin-script capitalisation reader with Latvian words and simplemma's dictionary."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="lv", script="Latn",
    pipeline="build",
    data_files=("boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "titles.json"),
)
