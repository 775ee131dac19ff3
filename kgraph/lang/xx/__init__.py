"""The fallback for every language without a pipeline: capitalised-name runs and the gazetteer."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="xx", script="Zyyy",
    pipeline="build",
    data_files=(),
)
