"""Ukrainian: Natasha's names, tokenize-uk's sentences, pymorphy3's Ukrainian morphology."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="uk", script="Cyrl",
    pipeline="build",
    data_files=(
        "abbreviations.json", "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json",
        "media.json", "names.json", "places.json", "titles.json",
    ),
)
