from pathlib import Path

from kgraph.model import Article, ArticleExtraction, EntityType, Mention
from kgraph.propagate import propagate_names


def extraction(aid, lang, text, names):
    article = Article(aid, Path(f"{aid}.txt"), text, lang)
    mentions = [Mention(aid, lang, text.index(n), text.index(n) + len(n), n, kind, n) for n, kind in names]
    return ArticleExtraction(article, mentions=mentions)


def test_a_name_found_in_one_article_is_found_in_the_others():
    a = extraction("a", "en", "Yesterday Dana Ormanova spoke to Vostok Radio about the strike.",
                   [("Dana Ormanova", EntityType.PERSON), ("Vostok Radio", EntityType.ORGANIZATION)])
    b = extraction("b", "ru", "Об этом Vostok Radio рассказала Dana Ormanova.", [])
    out = propagate_names([a, b])
    found = {(m.text, m.type, m.lang) for m in out[1].mentions}
    assert found == {("Vostok Radio", EntityType.ORGANIZATION, "ru"), ("Dana Ormanova", EntityType.PERSON, "ru")}
    assert all(out[1].article.text[m.begin:m.end] == m.text for m in out[1].mentions)
    assert out[0].mentions == a.mentions


def test_no_partial_words_no_sentence_openers_no_short_forms():
    a = extraction("a", "en", "The singer Marat spoke at the Unity Hall with Aru.",
                   [("Marat", EntityType.PERSON), ("Aru", EntityType.PERSON)])
    b = extraction("b", "en", "Marat was late. Later Maratovich and Marathon runners met Aru.", [])
    assert propagate_names([a, b])[1].mentions == []


def test_existing_mentions_are_not_duplicated_or_overlapped():
    a = extraction("a", "en", "Officials of Kazakh Railways spoke.", [("Kazakh Railways", EntityType.ORGANIZATION)])
    b = extraction("b", "en", "Workers of Kazakh Railways Group protested.", [("Kazakh Railways Group", EntityType.ORGANIZATION)])
    assert propagate_names([a, b])[1].mentions == b.mentions


def test_a_numbered_name_is_its_own_name_and_a_hyphenated_word_is_no_name():
    a = extraction("a", "uk", "Газопровід Західний шлях збудували давно.", [("Західний шлях", EntityType.ORGANIZATION)])
    b = extraction("b", "uk", "Сусіди виступають проти «Західний шлях-2», а агенція Зоря-Західний шлях мовчить.", [])
    found = {(m.text, m.normal, m.gazetteer_id) for m in propagate_names([a, b])[1].mentions}
    assert found == {("Західний шлях-2", "Західний шлях-2", None)}
