"""Bulgarian: Natasha's names, simplemma's Bulgarian lemmas, articles stripped from names."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="bg", script="Cyrl",
    pipeline="build",
    data_files=(
        "abbreviations.json", "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json",
        "media.json", "names.json", "titles.json",
    ),
)
