"""Country subdivisions CLDR names in every language (subdivisions.json): 'Szkocja', 'Skotsko',
'Škotska', 'Шотландия', 'Шотландія' are one place, inflected forms in the text included."""
import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.lang import pipeline_for


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("entry", "names"), [
    ("region:gb-sct", ("Scotland", "Szkocja", "Skotsko", "Škotska", "Шотландия", "Шотландія")),
    ("region:gb-wls", ("Wales", "Walia", "Уелс", "Уельс", "Уэльс")),
    ("region:gb-eng", ("England", "Anglia", "Anglie", "Anglija", "Англия", "Англія")),
])
def test_a_subdivision_is_one_entry_in_each_language(g: Gazetteer, entry: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert [e.id for e in g.lookup(name)] == [entry], name
    assert g.get(entry).country == "GB"


@pytest.mark.parametrize(("lang", "text", "scotland", "wales"), [
    ("pl", "Premier Jan Kowal odwiedził Szkocję i Walię.", "Szkocję", "Walię"),
    ("cs", "Ministr Jan Novák přiletěl do Skotska a Walesu.", "Skotska", "Walesu"),
    ("sl", "Minister Janez Novak je obiskal Škotsko in Wales.", "Škotsko", "Wales"),
    ("uk", "Міністр Іван Петренко відвідав Шотландію та Уельс.", "Шотландію", "Уельс"),
    ("bg", "Министър Иван Петров посети Шотландия и Уелс.", "Шотландия", "Уелс"),
    ("ru", "Министр Иван Петренко посетил Шотландию и Уэльс.", "Шотландию", "Уэльс"),
])
def test_an_inflected_subdivision_is_the_gazetteer_place(lang: str, text: str, scotland: str, wales: str) -> None:
    found = {(e.text, e.label_, e._.gazetteer_id) for e in pipeline_for(lang)(text).ents}
    assert {(scotland, "LOC", "region:gb-sct"), (wales, "LOC", "region:gb-wls")} <= found
