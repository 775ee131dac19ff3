"""Lithuanian: the Latin-script capitalisation reader with Lithuanian words and simplemma's dictionary."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="lt", script="Latn",
    pipeline="build",
    data_files=("boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "titles.json"),
)
