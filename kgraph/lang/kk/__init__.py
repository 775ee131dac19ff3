"""Kazakh: no pipeline of its own; read by the shared Cyrillic reader (Natasha's names)."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(code="kk", script="Cyrl", pipeline=None, data_files=("dates.json",))
