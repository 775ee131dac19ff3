"""German: the capitalisation reader (kgraph.nlp.latin_names) with German words and simplemma's
dictionary; as every German noun is capitalised, a word the dictionary knows is a name only as a
surname after a given name or through the gazetteer."""
from kgraph.lang.data import Declaration

LANGUAGE = Declaration(
    code="de", script="Latn",
    pipeline="build",
    data_files=("abbreviations.json", "boilerplate.json", "cues.json", "dates.json", "events.json", "institutions.json", "media.json", "names.json", "places.json", "titles.json"),
)
