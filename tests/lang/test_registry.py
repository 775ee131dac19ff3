from kgraph.lang import available_languages, pipeline_for


def test_every_language_has_a_module_and_unknown_ones_fall_back():
    assert {"en", "ru", "pl", "xx"} <= set(available_languages())
    assert pipeline_for("fi") is pipeline_for("xx")


def test_pipelines_keep_the_text_exactly():
    text = "Line one.\n\n  Line  two\twith   spaces.\r\nEnd"
    for lang in ("en", "ru", "pl", "xx"):
        assert pipeline_for(lang)(text).text == text
