"""Spanish: abbreviations and a date header word; Docs from the fallback pipeline."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="es", script="Latn",
    data_files=("abbreviations.json", "dates.json",),
)
