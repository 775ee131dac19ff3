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


def _key(x: ArticleExtraction) -> str:
    """What an extraction cache key stands for here: the article's text and its own mentions."""
    return repr((x.article.text, x.mentions))


def _with_memo(memo: dict, extractions: list[ArticleExtraction]) -> list[ArticleExtraction]:
    return propagate_names(extractions, memo, {x.article.id: _key(x) for x in extractions})


def test_an_unchanged_article_finds_a_name_another_article_brings_later():
    memo: dict = {}
    a = extraction("a", "en", "Talks with Lumen Dynamics resumed on Monday.", [])
    b = extraction("b", "en", "Shares of Orvel Mining fell.", [("Orvel Mining", EntityType.ORGANIZATION)])
    assert _with_memo(memo, [a, b]) == propagate_names([a, b])
    c = extraction("c", "en", "A unit of Lumen Dynamics was sold.", [("Lumen Dynamics", EntityType.ORGANIZATION)])
    out = _with_memo(memo, [a, b, c])
    assert out == propagate_names([a, b, c])
    assert [m.text for m in out[0].mentions] == ["Lumen Dynamics"]
    # the name's source now says another type: the article that found it finds it anew
    c2 = extraction("c", "en", "A unit of Lumen Dynamics was sold.", [("Lumen Dynamics", EntityType.PERSON)])
    out = _with_memo(memo, [a, b, c2])
    assert out == propagate_names([a, b, c2]) and out[0].mentions[0].type == EntityType.PERSON
    assert _with_memo(memo, [a, b]) == propagate_names([a, b])  # the source is gone
    assert _with_memo(memo, [a, b])[0].mentions == []


def test_propagation_with_its_memo_equals_propagation_afresh_after_random_changes():
    import random

    rng = random.Random(7)
    names = [("Kiran Velloso", EntityType.PERSON), ("Hollow Bay", EntityType.PLACE),
             ("Ostra Union", EntityType.ORGANIZATION), ("Mirela Toth", EntityType.PERSON),
             ("Ostra", EntityType.PLACE), ("Velloso", EntityType.PERSON)]
    fillers = ["The talks went on.", "Nobody said more.", "It rained all day."]

    def article(aid: str) -> ArticleExtraction:
        chosen = rng.sample(names, 3)
        sentences = [f"Later {n} was mentioned." for n, _ in chosen] + rng.sample(fillers, 2)
        rng.shuffle(sentences)
        text = " ".join(sentences)
        tagged = [(n, kind) for n, kind in chosen if rng.random() < 0.4]
        return extraction(aid, rng.choice(["en", "pl"]), text, tagged)

    corpus = {f"x{i}": article(f"x{i}") for i in range(8)}
    memo: dict = {}
    for step in range(25):
        ordered = [corpus[k] for k in sorted(corpus)]
        assert _with_memo(memo, ordered) == propagate_names(ordered), step
        move = rng.random()
        if move < 0.4:
            edited = rng.choice(sorted(corpus))
            corpus[edited] = article(edited)
        elif move < 0.7:
            corpus[f"y{step}"] = article(f"y{step}")
        elif len(corpus) > 2:
            del corpus[rng.choice(sorted(corpus))]
