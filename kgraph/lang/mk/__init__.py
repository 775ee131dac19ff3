"""Macedonian: the capitalisation reader (kgraph.nlp.latin_names) on Macedonian words and simplemma's Macedonian dictionary."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="mk", script="Cyrl",
    pipeline="build",
    data_files=("boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "titles.json"),
)
