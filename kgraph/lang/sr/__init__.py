"""Serbian (Cyrillic): the capitalisation reader (kgraph.nlp.latin_names) on Serbian words and simplemma's Serbo-Croatian dictionary, read through its Latin spelling."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="sr", script="Cyrl",
    pipeline="build",
    data_files=("boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "titles.json"),
)
