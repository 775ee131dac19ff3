"""Who spoke, where the sentence names them only by a pronoun in a source phrase ("according to
him", "по его словам"), by a title and its country ("the President of Iceland said"), or says their
words in a quote that runs over several sentences. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _claims(text: str, lang: str) -> dict[str | None, list[str | None]]:
    _, _, claims, name = run(text, lang)
    return {name(c.source): [name(x) for x in c.concerns] for c in claims}


@pytest.mark.parametrize("lang, text, author, about", [
    ("en", "Minister John Holt visited Leeds on Monday. According to him, Skyline Air will build a plant.",
     "John Holt", "Skyline Air"),
    ("en", "Anna Carver met John Holt. In her view, Skyline Air made a mistake.", "Anna Carver", "Skyline Air"),
    ("ru", "Министр Иван Соколов посетил Казань в понедельник. По его словам, компания Ростэнерго построит завод.",
     "Иван Соколов", "Ростэнерго"),
    ("ru", "Анна Петрова встретилась с Иваном Соколовым. По её мнению, Ростэнерго совершила ошибку.",
     "Анна Петрова", "Ростэнерго"),
    ("uk", "Міністр Іван Коваленко відвідав Львів у понеділок. За його словами, компанія Укренергобуд збудує завод.",
     "Іван Коваленко", "Укренергобуд"),
    ("uk", "Ганна Петренко зустрілася з Іваном Коваленком. На її думку, Укренергобуд помилилася.",
     "Ганна Петренко", "Укренергобуд"),
    ("pl", "Minister Jan Kowal odwiedził Gdańsk w poniedziałek. Według niego nie ma miejsca na kompromis "
     "w sprawie Portu Północnego.", "Jan Kowal", "Portu Północnego"),
    ("pl", "Anna Nowak spotkała się z Janem Kowalem. Jej zdaniem Fundacja Orła popełniła błąd.",
     "Anna Nowak", "Fundacja Orła"),
])
def test_a_source_phrase_with_a_pronoun_is_the_person_it_stands_for(lang: str, text: str, author: str,
                                                                     about: str) -> None:
    """The pronoun's person (of its gender: 'her' is not the man named last) said it."""
    claims = _claims(text, lang)
    assert author in claims and about in claims[author]


def test_a_pronoun_before_a_noun_is_not_the_source() -> None:
    """"According to his aide": the aide, unnamed, said it; neither Holt nor the firm."""
    assert _claims("John Holt visited Leeds. According to his aide, Skyline Air will build a plant.", "en") == {}


@pytest.mark.parametrize("lang, text, author", [
    ("ru", "Президент Исландии Иван Соколов посетил Казань в понедельник. Позже президент Исландии заявил, "
     "что Ростэнерго построит завод.", "Иван Соколов"),
    ("uk", "Президент Ісландії Іван Коваленко відвідав Львів у понеділок. Згодом президент Ісландії заявив, "
     "що Укренергобуд збудує завод.", "Іван Коваленко"),
    ("pl", "Prezydent Islandii Jan Kowal odwiedził Gdańsk w poniedziałek. Później prezydent Islandii powiedział, "
     "że Fundacja Orła zbuduje fabrykę.", "Jan Kowal"),
])
def test_a_title_and_its_country_are_the_person_given_both(lang: str, text: str, author: str) -> None:
    """"The President of Iceland said": the person named before as Iceland's president spoke."""
    assert author in _claims(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Исландии Иван Соколов посетил Казань. Позже президент Норвегии заявил, что Ростэнерго "
     "построит завод."),
    ("pl", "Prezydent Islandii Jan Kowal odwiedził Gdańsk. Później prezydent Norwegii powiedział, że Fundacja Orła "
     "zbuduje fabrykę."),
])
def test_a_title_of_another_country_is_not_the_person_given_it(lang: str, text: str) -> None:
    """Norway's president is not the president of Iceland named before."""
    assert not any(author and author.startswith(("Иван", "Jan")) for author in _claims(text, lang))


@pytest.mark.parametrize("lang, text, author, about", [
    ("en", 'Minister John Holt visited Leeds. "Skyline Air will build a plant. This is good news for the region," '
     'said John Holt.', "John Holt", "Skyline Air"),
    ("ru", "Министр Иван Соколов посетил Казань. «Компания Ростэнерго построит завод. Это хорошая новость для "
     "региона», - заявил Иван Соколов.", "Иван Соколов", "Ростэнерго"),
    ("uk", 'Міністр Іван Коваленко відвідав Львів. "Це важливо для "Укренергобуду". Ми збудуємо завод", - заявив '
     'Іван Коваленко.', "Іван Коваленко", "Укренергобуду"),
    ("pl", "Minister Jan Kowal odwiedził Gdańsk. „Fundacja Orła zbuduje fabrykę. To dobra wiadomość dla regionu” "
     "– powiedział Jan Kowal.", "Jan Kowal", "Fundacja Orła"),
])
def test_a_quote_over_several_sentences_is_about_all_of_them(lang: str, text: str, author: str, about: str) -> None:
    """The name in the quote's first sentence is what the speaker's words are about; the place named
    before the quote opened is not."""
    claims = _claims(text, lang)
    assert about in claims[author]
    assert not {"Leeds", "Казань", "Львів", "Gdańsk"} & set(claims[author])
