"""English names of issue 12's classes of error, in sentences written for them."""
from kgraph.lang import pipeline_for


def test_a_given_name_that_is_also_a_town_stays_with_an_unknown_surname():
    doc = pipeline_for("en")("On Monday the teacher Sofia Wrzosek told reporters about the plan.")
    assert [(e.text, e.label_) for e in doc.ents if e.text != "Monday"] == [("Sofia Wrzosek", "PERSON")]
