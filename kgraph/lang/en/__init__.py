"""English: spaCy's en_core_web_sm, its parser for the fact patterns."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="en", script="Latn",
    capitalises_every_name_word=True, pipeline="build",
    data_files=(
        "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json",
        "names.json", "places.json", "titles.json",
    ),
)
