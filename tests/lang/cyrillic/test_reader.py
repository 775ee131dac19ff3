"""Cyrillic languages without a pipeline of their own are read by Natasha, not capitalised runs."""
import pytest

from kgraph.lang import language_data, pipeline_for


@pytest.mark.parametrize("code, text, name", [
    ("kk", "Президент Ерлан Сәрсенбаев кеше сөз сөйледі.", "Ерлан Сәрсенбаев"),
])
def test_a_cyrillic_language_gets_natashas_names(code, text, name):
    doc = pipeline_for(code)(text)
    assert pipeline_for(code) is not pipeline_for("xx")
    assert name in {e.text for e in doc.ents}


@pytest.mark.parametrize("code", ["be", "sr", "mk", "kk"])
def test_every_cyrillic_language_has_its_month_and_weekday_names(code):
    dates = language_data(code).dates
    assert len(dates.months) == 12 and len(dates.weekdays) == 7
