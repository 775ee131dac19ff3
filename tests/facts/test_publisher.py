"""The outlet of an article's metadata is one organisation with the same outlet its texts name."""
from __future__ import annotations

from pathlib import Path

from kgraph.facts.publisher import outlet_name, publisher_mentions
from kgraph.facts.refs import PUBLISHER_AT, PUBLISHER_REF
from kgraph.model import Article, ArticleExtraction, ArticleMeta, EntityType, Mention, RefKind
from kgraph.resolve import resolve

TEXT = "Harbour Weekly reported that the ferry to Bastia was cancelled.\n"


def _extraction(aid: str, meta: ArticleMeta, mentions: list[Mention]) -> ArticleExtraction:
    article = Article(aid, Path(f"{aid}.txt"), TEXT, "en", meta=meta)
    return ArticleExtraction(article, mentions=mentions)


def test_the_outlet_named_in_a_text_and_the_publisher_are_one_node() -> None:
    named = Mention("a", "en", 0, 14, "Harbour Weekly", EntityType.ORGANIZATION, "Harbour Weekly")
    by_site = _extraction("a", ArticleMeta(publisher="Harbour Weekly", domain="harbourweekly.example"), [named])
    by_domain = _extraction("b", ArticleMeta(publisher="harbour-weekly.example", domain="harbour-weekly.example"), [])
    extra = publisher_mentions([by_site, by_domain])
    assert [(m.article_id, m.begin, m.text) for m in extra] == [("a", PUBLISHER_AT, "Harbour Weekly"),
                                                                 ("b", PUBLISHER_AT, "Harbour Weekly")]
    entities = resolve([named, *extra])
    assert len(entities) == 1 and entities[0].type == EntityType.ORGANIZATION


def test_a_domain_no_name_spells_stays_the_domain() -> None:
    assert outlet_name("tidings.example", "tidings.example", {"harbourweekly": "Harbour Weekly"}) == "tidings.example"
    assert outlet_name("", "news.harbour-weekly.co.uk", {"harbourweekly": "Harbour Weekly"}) == "Harbour Weekly"
    assert outlet_name("", "", {}) == ""


def test_no_metadata_no_publisher() -> None:
    assert publisher_mentions([_extraction("c", ArticleMeta(), [])]) == []
    assert PUBLISHER_REF.kind is RefKind.PUBLISHER and str(PUBLISHER_REF) == "p:"
