"""Polish: spaCy's tokenizer, morfeusz2 (SGJP) lemmas and proper-name tags, capitalisation."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="pl", script="Latn",
    pipeline="build",
    data_files=(
        "abbreviations.json", "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json",
        "media.json", "names.json", "places.json", "titles.json",
    ),
)
