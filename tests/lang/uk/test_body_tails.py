"""A Ukrainian body's name goes on through 'з' and a genitive plural ('Державна служба з надзвичайних
ситуацій', names.json ``organization_preps``), not through 'з' and a time ('з початку року')."""
import pytest

from kgraph.lang import pipeline_for


def _orgs(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in pipeline_for("uk")(text).ents}


@pytest.mark.parametrize(("text", "name"), [
    ("Фахівці Державної служби з надзвичайних ситуацій гасили пожежу до ранку.",
     "Державної служби з надзвичайних ситуацій"),
    ("Представники Національного агентства з питань запобігання корупції провели перевірку на заводі.",
     "Національного агентства з питань запобігання корупції"),
])
def test_a_prepositional_tail_is_part_of_the_body(text: str, name: str) -> None:
    assert (name, "ORG") in _orgs(text)


def test_the_tail_keeps_its_form_in_the_base_form() -> None:
    doc = pipeline_for("uk")("Фахівці Державної служби з надзвичайних ситуацій гасили пожежу до ранку.")
    assert [e._.normal for e in doc.ents if e.label_ == "ORG"] == ["Державна служба з надзвичайних ситуацій"]


def test_a_time_after_the_preposition_is_no_tail() -> None:
    found = _orgs("Міністерство оборони з початку року закупило нові дрони.")
    assert ("Міністерство оборони", "ORG") in found
