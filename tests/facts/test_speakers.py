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


@pytest.mark.parametrize("lang, text, author, about", [
    ("cs", "Ministr Jan Novák navštívil Brno. Podle něj firma Orel postaví továrnu.", "Jan Novák", "Orel"),
    ("sl", "Minister Janez Novak je obiskal Ljubljano. Po njegovih besedah bo podjetje Orel zgradilo tovarno.",
     "Janez Novak", "Orel"),
    ("bg", "Министър Иван Петров посети Варна. По думите му компанията Орел ще построи завод.", "Иван Петров", "Орел"),
])
def test_a_source_phrase_with_a_pronoun_in_the_latin_and_bulgarian_readers(lang: str, text: str, author: str,
                                                                           about: str) -> None:
    claims = _claims(text, lang)
    assert author in claims and about in claims[author]


@pytest.mark.parametrize("lang, text, author, about", [
    ("pl", "Minister Jan Kowal odwiedził Gdańsk. Według Kowala, Fundacja Orła zbuduje fabrykę.", "Kowala",
     "Fundacja Orła"),
    ("cs", "Ministr Jan Novák navštívil Brno. Podle Nováka, firma Orel postaví továrnu.", "Nováka", "Orel"),
])
def test_a_person_right_after_according_to_is_the_source(lang: str, text: str, author: str, about: str) -> None:
    claims = _claims(text, lang)
    assert author in claims and about in claims[author]


def test_za_before_a_person_names_no_source() -> None:
    """Polish 'za' + a person's name is 'behind X', not 'citing X'."""
    assert "Kowalem" not in _claims("Jan Kowal odwiedził Gdańsk. Za Kowalem stała Fundacja Orła.", "pl")


@pytest.mark.parametrize("lang, text, author", [
    ("sl", "Janez Novak je poudaril, da je projekt pomemben. »Podjetje Orel bo zgradilo tovarno,« je povedal po "
     "poročanju agencije Sever.", "Janez Novak"),
    ("cs", "Jan Novák zdůraznil, že projekt je důležitý. „Firma Orel postaví továrnu,“ řekl podle agentury Sever.",
     "Jan Novák"),
])
def test_a_quote_after_a_verb_of_the_person_quoted_before_not_of_the_outlet(lang: str, text: str,
                                                                           author: str) -> None:
    """'«...» je povedal po poročanju agencije X': the man quoted before said it (past the compound
    past's auxiliary); the agency after the source phrase only carried it."""
    claims = _claims(text, lang)
    assert any(about and about.endswith("Orel") for about in claims.get(author, []))


def test_a_title_before_a_verb_and_a_name_is_no_title_of_that_name() -> None:
    """Polish has no tagger: 'prezes fundacji poinformował ministra Adama Nowaka' — the chairman
    named before informed Nowak, who is no chairman."""
    claims = _claims("Prezes Fundacji Orła Jan Kowal odwiedził Gdańsk. Później prezes fundacji poinformował "
                     "ministra Adama Nowaka, że ruszyły prace.", "pl")
    assert "Jan Kowal" in claims and "Adama Nowaka" not in claims


@pytest.mark.parametrize("lang, text", [
    ("uk", "Директор Іван Коваленко заявив, що німецький союз повинен відкликати страйк."),
    ("ru", "Директор Иван Соколов заявил, что немецкий профсоюз должен отозвать забастовку."),
    ("pl", "Dyrektor Jan Kowal powiedział, że niemiecki związek powinien odwołać strajk."),
])
def test_a_country_named_by_its_adjective_in_the_words_is_a_concern(lang: str, text: str) -> None:
    """'the German union should': the words are about Germany too."""
    _, _, claims, _ = run(text, lang)
    assert any(str(x) == "g:wd:Q183" for c in claims for x in c.concerns)


@pytest.mark.parametrize("lang, text", [
    ("uk", "Німецький міністр Іван Коваленко заявив, що страйк треба відкликати."),
    ("pl", "Niemiecki minister Jan Kowal powiedział, że strajk trzeba odwołać."),
    ("pl", "Jak podaje Jan Kowal, rzecznik niemieckich związków zawodowych, strajk potrwa dwa dni."),
])
def test_the_adjective_of_the_speakers_own_phrase_is_no_concern(lang: str, text: str) -> None:
    _, _, claims, _ = run(text, lang)
    assert claims and not any(str(x) == "g:wd:Q183" for c in claims for x in c.concerns)


@pytest.mark.parametrize("lang, text", [
    ("ru", "По мнению профсоюзов, рабочие компании Ростэнерго получают слишком мало."),
    ("uk", "На думку профспілок, працівники компанії Укренергобуд отримують замало."),
    ("en", "According to the unions, workers of Skyline Air are paid too little."),
])
def test_a_source_phrase_before_a_comma_names_no_later_name(lang: str, text: str) -> None:
    """The unions, unnamed, hold the view; the firm named past the comma is not the source."""
    assert _claims(text, lang) == {}


def test_the_adjective_of_the_outlet_after_the_verb_is_no_concern() -> None:
    """'je povedal po poročanju francoske agencije': France is the agency's, not the words'."""
    _, _, claims, _ = run("Janez Novak je poudaril, da je projekt pomemben. »Podjetje Orel bo zgradilo tovarno,« "
                          "je povedal po poročanju francoske agencije Sever.", "sl")
    assert claims and not any(str(x) == "g:wd:Q142" for c in claims for x in c.concerns)


def test_a_pronoun_with_two_persons_of_unknown_gender_before_names_no_source() -> None:
    """Neither given name is known to be a woman's: 'according to her' is not the man quoted before."""
    _, _, claims, name = run("The pianist Vikram Osmanov said he was innocent. A friend of the musician, singer Yulia "
                             "Rakova, recorded a video message in which she confirmed that Osmanov was filmed. "
                             "According to her, all the confessions he made are fake.", "en")
    assert not any(c.sentence.text.startswith("According") and name(c.source) == "Vikram Osmanov" for c in claims)


@pytest.mark.parametrize(("lang", "text"), [
    ("bg", "Днес Норвегия призова Турция да гарантира сигурността на Иван Петров."),
    ("uk", "Норвегія закликала Туреччину гарантувати безпеку для Івана Петренка."),
    ("cs", "Norsko vyzvalo Turecko, aby zaručilo bezpečnost pro Ivana Petrova."),
    ("pl", "Norwegia wezwała Turcję, aby zapewniła bezpieczeństwo dla Jana Kowalskiego."),
])
def test_a_person_after_a_preposition_is_no_speaker(lang: str, text: str) -> None:
    """The country called on another for the safety of Y: Y, governed by a preposition, said nothing."""
    _, events, claims, name = run(text, lang)
    assert not claims and not [e for e in events if e.kind == "Statement"], (claims, events)


def test_a_person_after_the_verb_and_no_preposition_still_speaks() -> None:
    _, _, claims, name = run("Днес заяви министър Иван Петров, че преговорите ще продължат.", "bg")
    assert [name(c.source) for c in claims] == ["Иван Петров"]


@pytest.mark.parametrize("text, lang, addressed", [
    ("Учасники акції вимагали від міського голови Андрія Мельника скасувати рішення.", "uk", "Андрія Мельника"),
    ("Участники акции потребовали от главы города Андрея Мельникова отменить решение.", "ru", "Андрея Мельникова"),
    ("Protestujący zażądali od burmistrza miasta Andrzeja Melnika cofnięcia decyzji.", "pl", "Andrzeja Melnika"),
])
def test_a_person_addressed_past_a_preposition_and_title_is_no_speaker(text, lang, addressed) -> None:
    """'demanded from the city's mayor X': X is asked, he says nothing."""
    _, events, claims, name = run(text, lang)
    speakers = {name(e.participants[0][1]) for e in events if e.kind == "Statement"}
    assert addressed not in speakers, (lang, events)
    assert addressed not in {name(c.source) for c in claims}, (lang, claims)


def test_a_speaker_after_a_day_and_a_title_still_speaks() -> None:
    _, events, _, name = run("Об этом заявила в понедельник пресс-секретарь Ольга Мельник.", "ru")
    assert "Ольга Мельник" in {name(e.participants[0][1]) for e in events if e.kind == "Statement"}, events
