"""German: date words, state bodies, position titles, abbreviations and boilerplate; Docs from the fallback pipeline."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="de", script="Latn",
    data_files=(
        "abbreviations.json", "boilerplate.json", "dates.json", "events.json", "institutions.json", "places.json",
        "titles.json",
    ),
)
