"""French: abbreviations and ministry stems; Docs from the fallback pipeline."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="fr", script="Latn",
    data_files=("abbreviations.json", "titles.json",),
)
