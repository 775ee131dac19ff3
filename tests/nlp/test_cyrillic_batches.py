"""The Cyrillic pipelines read a batch of docs together (``nlp.pipe``), the models' sentences
batched by length: the result is the one each doc gets alone."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for
from kgraph.nlp.cyrillic import by_length

TEXTS = {
    "ru": [
        "Министерство финансов Эстонии сообщило во вторник, что налоги вырастут.",
        "Глава компании «Северный ветер» Иван Петров заявил журналистам в Казани, что завод "
        "откроется весной, а министр экономики Татарстана Олег Смирнов добавил, что новые рабочие "
        "места появятся в трёх районах республики уже к концу следующего года.",
        "Дождь.",
        "Мэр Самары встретился с послом Финляндии.",
    ],
    "uk": [
        "Міністерство освіти України оголосило про новий конкурс.",
        "Голова правління компанії «Зелений луг» Петро Коваленко повідомив у Львові, що фабрика "
        "запрацює навесні, а депутат міської ради Олена Шевчук додала, що нові робочі місця "
        "з'являться вже до кінця наступного року.",
        "Тиша.",
    ],
    "bg": [
        "Министърът на финансите Иван Петров пристигна в Пловдив.",
        "Компанията „Зелена долина“ съобщи в София, че новият завод ще отвори врати през пролетта, "
        "а кметът на Варна Мария Иванова добави, че ще има нови работни места.",
    ],
}


def _reading(doc) -> tuple:
    tokens = tuple((t.text, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i, t.is_sent_start, tuple(t._.forms))
                   for t in doc)
    ents = tuple((e.start, e.end, e.label_, e._.normal_override) for e in doc.ents)
    return tokens, ents


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_batch_reads_each_doc_as_it_reads_it_alone(lang: str) -> None:
    nlp = pipeline_for(lang)
    alone = [_reading(nlp(text)) for text in TEXTS[lang]]
    together = [_reading(doc) for doc in nlp.pipe(TEXTS[lang], batch_size=16)]
    assert together == alone
    assert any(ents for _, ents in alone)  # the texts name someone: the test reads names


def test_russian_sentences_of_a_batch_get_their_own_trees() -> None:
    nlp = pipeline_for("ru")
    docs = list(nlp.pipe(TEXTS["ru"], batch_size=16))
    long = docs[1]  # a title and two names: the syntax gate parses it
    assert any(t.dep_ not in ("dep", "ROOT") for t in long)
    assert all(t.head.i < len(long) for t in long)


def test_by_length_runs_shortest_first_and_answers_in_order() -> None:
    seen: list[list[str]] = []

    def run(items: list[str]) -> list[str]:
        seen.append(items)
        return [item.upper() for item in items]

    items = ["ccc", "a", "bb", "dddd", "e"]
    assert by_length(run, items) == ["CCC", "A", "BB", "DDDD", "E"]
    assert seen == [["a", "e", "bb", "ccc", "dddd"]]  # stable: equal lengths keep their order
    assert by_length(run, []) == []


@pytest.mark.parametrize("lang", ["uk", "bg"])
def test_a_remembered_word_reads_as_the_reader_reads_it(lang: str) -> None:
    """The NER reader keeps each word's lemma, forms and commonness once read: a word met again
    (in the same text or the next) gets what the language's reader gives it."""
    import importlib

    reader = importlib.import_module(f"kgraph.lang.{lang}.pipeline").READER
    nlp = pipeline_for(lang)
    for doc in nlp.pipe([*TEXTS[lang], *TEXTS[lang]]):
        for token in doc:
            if token.is_space or not token.text[:1].isalpha():
                continue
            lemma = reader.lemma(token.text)
            assert (token.lemma_, token._.forms, token._.common) == (
                lemma, tuple(dict.fromkeys((lemma, *reader.forms(token.text)))), reader.common(token.text))
