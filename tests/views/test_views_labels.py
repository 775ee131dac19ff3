"""Names a reader understands: events by kind, participants, place and date per language; articles by headline."""
from __future__ import annotations

from kgraph.store import open_store
from kgraph.views.data import ArticleView, EntityView, EventView, Evidence, ViewData, load_view_data
from kgraph.views.labels import (article_label, display_labels, event_label, format_date, phrases,
                                 reader_languages)
from kgraph.views.text import evidence_text
from views_corpus import HEADLINE

B = "https://example.org/id/"


def _data() -> ViewData:
    people = {f"{B}p{i}": EntityView(f"{B}p{i}", "Person", f"p{i}", labels={"en": name, "ru": ru})
              for i, (name, ru) in enumerate((("Ada Quill", "Ада Квилл"), ("Bo Lind", "Бо Линд"), ("Cy Ferro", "Сай Ферро")))}
    town = EntityView(B + "town", "Place", "town", labels={"en": "Northport", "pl": "Północny Port"})
    outlet = EntityView(B + "outlet", "Organization", "outlet", labels={"en": "The Daily Lantern"})
    return ViewData({**people, town.iri: town, outlet.iri: outlet}, {}, [], [])


def test_an_event_is_named_by_kind_participants_place_and_date_in_each_language():
    data = _data()
    event = EventView(B + "ev", "2022-01-07", "Detention", participants=[("affected", B + "p0"), ("agent", B + "p1")],
                      places=[B + "town"])
    assert event_label(event, data) == "Detention of Ada Quill and Bo Lind · Northport · 7 Jan 2022"
    assert event_label(event, data, "ru") == "Задержание: Ада Квилл и Бо Линд · Northport · 7 янв. 2022\u202fг."
    assert event_label(event, data, "pl") == "Zatrzymanie: Ada Quill i Bo Lind · Północny Port · 7 sty 2022"


def test_the_agent_comes_first_for_kinds_done_by_someone_and_many_are_counted():
    data = _data()
    said = EventView(B + "st", "", "Statement", participants=[("affected", B + "p0"), ("agent", B + "p2")])
    assert event_label(said, data) == "Statement by Cy Ferro and Ada Quill"
    crowd = EventView(B + "m", "2023-05", "Meeting", participants=[("agent", B + f"p{i}") for i in range(3)])
    assert event_label(crowd, data) == "Meeting by Ada Quill, Bo Lind and 1 others · May 2023"
    assert event_label(EventView(B + "x", "", "Swearing", []), data) == "Swearing"  # a kind the file does not name


def test_every_kind_of_the_ontology_has_a_name_in_every_reader_language():
    import re
    from pathlib import Path

    ontology = (Path(__file__).resolve().parents[2] / "ontology" / "kgraph.ttl").read_text(encoding="utf-8")
    kinds = set(re.findall(r"^kg:(\w+) a owl:Class ;\n    rdfs:subClassOf kg:Event", ontology, re.M))
    assert kinds and kinds <= set(phrases().kinds)
    assert reader_languages()[0] == "en"
    for names in phrases().kinds.values():
        assert set(reader_languages()) <= set(names)


def test_dates_of_every_precision():
    assert format_date("2024-03-05") == "5 Mar 2024"
    assert format_date("2024-03", "pl") == "mar 2024"
    assert format_date("2024") == "2024" and format_date("") == ""
    assert format_date("2024-02-30") == "2024-02-30"  # not a date: shown as it is


def test_an_article_by_headline_outlet_and_date_or_its_file_name():
    data = _data()
    article = ArticleView(B + "a", "007_ab12", "a", date="2024-03-05", headline="Harbour reopens", publisher=B + "outlet")
    assert article_label(article, data) == "Harbour reopens · The Daily Lantern · 5 Mar 2024"
    assert article_label(ArticleView(B + "b", "008_cd34", "b"), data) == "008_cd34"


def test_an_article_without_a_headline_is_named_by_its_opening_words_not_its_file_name():
    data = _data()
    marked = ArticleView(B + "c", "009_ef56", "c", text=" date 2024-06-28 - Workers reopened the old harbour on Monday. "
                         "Ships came back.")
    assert article_label(marked, data) == "Workers reopened the old harbour on Monday."  # no crawl marker
    long = ArticleView(B + "d", "010_ab78", "d", text="Первого числа со мной созвонились незнакомые люди и предложили "
                       "участвовать в митинге, предложили деньги.")
    label = article_label(long, data)
    assert label.endswith("…") and len(label) <= 61 and label.startswith("Первого числа со мной")
    assert " " not in label[-2:]  # cut at a word


def test_the_tiny_build_labels_its_article_and_event(tiny_build):
    data = load_view_data(open_store(tiny_build))
    labels = display_labels(data)
    [article] = [a for a in data.articles.values() if a.id == "en-1"]
    assert labels.of[article.iri]["en"].startswith(HEADLINE + " · Acme Corp")
    [event] = data.events
    assert labels.of[event.iri]["en"] == "Meeting by Anna Nowak and John Smith<img src=x onerror=window.__pwned=2> · Berlin · 4 Mar 2024"


def test_the_crawl_marker_is_not_part_of_what_a_reader_sees():
    text = " date 2024-06-28 - Rivers rose in Northport. The mayor spoke."
    article = ArticleView(B + "a", "a", "a", text=text)
    start = text.index("Rivers")
    assert evidence_text(Evidence(article.iri, 0, text.index(" The"), ""), article) == "Rivers rose in Northport."
    assert evidence_text(Evidence(article.iri, start + 26, len(text), ""), article) == "The mayor spoke."
