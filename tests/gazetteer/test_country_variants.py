"""Country names the CLDR list lacks in a language, written in a case form: places, not bodies.

'Sovětský svaz', 'Сполучене Королівство', 'ФРН' hold a body's head word ('svaz', union) or an
acronym's shape, which typed them as organisations until the gazetteer knew them."""
import pytest

from kgraph.lang import pipeline_for


@pytest.mark.parametrize("lang, text, name", [
    ("cs", "Po rozpadu Sovětského svazu vznikly nové státy.", "Sovětského svazu"),
    ("sl", "Z Sovjetsko zvezo je podpisal pogodbo.", "Sovjetsko zvezo"),
    ("uk", "Делегація Сполученого Королівства прибула вчора.", "Сполученого Королівства"),
    ("uk", "Уряд ФРН ухвалив рішення.", "ФРН"),
    ("uk", "Літак вилетів до ОАЕ вчора.", "ОАЕ"),
])
def test_a_country_variant_is_a_place(lang, text, name):
    found = {(e.text, e.label_) for e in pipeline_for(lang)(text).ents}
    assert {(name, "LOC")} <= found or {(name, "GPE")} <= found
