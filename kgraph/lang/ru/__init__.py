"""Russian: razdel and Natasha (NER, morphology, syntax) inside spaCy."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="ru", script="Cyrl",
    pipeline="build",
    data_files=(
        "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json",
        "names.json", "places.json", "titles.json",
    ),
)
