"""Names told by their shape in Cyrillic text (kgraph/nlp/name_shapes.py), through the real Russian,
Ukrainian and Bulgarian pipelines, on sentences written for them (invented companies, products, people)."""
import pytest

from kgraph.lang import pipeline_for
from kgraph.nlp.name_shapes import shaped_names


def ents(lang, text):
    return {(e.text, e.label_) for e in pipeline_for(lang)(text).ents}


def texts(lang, text):
    return {e.text for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Препарат разработала компания Northwind Biologics of Canada вместе с партнёрами.",
     "Northwind Biologics of Canada"),
    ("uk", "Препарат розробила компанія Northwind Biologics of Canada разом із партнерами.",
     "Northwind Biologics of Canada"),
    ("bg", "Препаратът е разработен от компанията Northwind Biologics of Canada заедно с партньори.",
     "Northwind Biologics of Canada"),
    ("ru", "Об этом сообщило агентство Baltic Wire в понедельник.", "Baltic Wire"),
    ("uk", "Про це повідомило агентство Baltic Wire у понеділок.", "Baltic Wire"),
])
def test_a_run_of_latin_words_in_cyrillic_text_is_one_name(lang, text, name):
    found = texts(lang, text)
    assert name in found
    assert not any(t != name and t in name for t in found)  # not 'Northwind Biologics of' and 'Canada'


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Испытания вакцины XRV4417b3 начнутся весной.", "XRV4417b3"),
    ("uk", "Випробування вакцини XRV4417b3 почнуться навесні.", "XRV4417b3"),
    ("bg", "Изпитанията на ваксината XRV4417b3 ще започнат през пролетта.", "XRV4417b3"),
    ("ru", "В порт прибыли два самолёта Зар-214 с грузом.", "Зар-214"),
    ("uk", "До порту прибули два літаки Зар-214 з вантажем.", "Зар-214"),
    ("bg", "В пристанището пристигнаха два самолета Зар-214 с товар.", "Зар-214"),
])
def test_a_word_of_letters_and_digits_is_a_code_name(lang, text, name):
    assert name in texts(lang, text)


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Врачей прививают препаратом МедВакСтар с декабря.", "МедВакСтар"),
    ("uk", "Лікарів щеплюють препаратом МедВакСтар з грудня.", "МедВакСтар"),
    ("ru", "Врачей прививают препаратом Рам-ВИРО-Вак с декабря.", "Рам-ВИРО-Вак"),
    ("bg", "Лекарите се ваксинират с препарата Рам-ВИРО-Вак от декември.", "Рам-ВИРО-Вак"),
])
def test_a_word_with_a_capital_inside_is_a_name(lang, text, name):
    assert name in texts(lang, text)


@pytest.mark.parametrize("lang, text, not_names", [
    ("ru", "Отправьте СМС-сообщение, чтобы узнать о ВИЧ-инфицированных пациентах.",
     {"СМС-сообщение", "ВИЧ-инфицированных"}),
    ("uk", "Рейс Київ-Берлін скасували через негоду.", {"Київ-Берлін"}),
    ("ru", "Он сказал: The quick answer is never simple, and Nobody Knows why.", {"The", "Nobody Knows"}),
    ("uk", "Виділіть текст і натисніть Ctrl+Enter, щоб повідомити про помилку.", {"Ctrl", "Enter"}),
    ("ru", "Глава II закона вступит в силу в мае.", {"II"}),
])
def test_common_words_and_quotations_are_no_shaped_names(lang, text, not_names):
    doc = pipeline_for(lang)(text)
    assert not {doc[n.start:n.end].text for n in shaped_names(doc)} & not_names
    assert not texts(lang, text) & not_names - {"Київ-Берлін"}  # the model's own pair of places aside


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Рейсы Skylark Air 12 марта отменены.", "Skylark Air"),
    ("uk", "Рейси Skylark Air 12 березня скасовано.", "Skylark Air"),
    ("ru", "Компания заказала самолёты Condor 319 NEO у поставщика.", "Condor 319 NEO"),
])
def test_a_number_belongs_to_a_latin_name_only_between_its_words(lang, text, name):
    assert name in texts(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Форум Pacific Pension Forum (PPF) собрался в Лондоне."),
    ("uk", "Форум Pacific Pension Forum (PPF) зібрався в Лондоні."),
])
def test_a_latin_name_ends_before_a_parenthesis(lang, text):
    found = texts(lang, text)
    assert "Pacific Pension Forum" in found
    assert not any("(" in t for t in found)


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Об этом рассказал Андрей Вершинин (Andrew Vershinin) журналистам.", "Andrew Vershinin"),
    ("uk", "Про це розповів Андрій Вершинін (Andrew Vershinin) журналістам.", "Andrew Vershinin"),
])
def test_a_persons_name_in_latin_letters_after_it_is_a_person(lang, text, name):
    assert (name, "PERSON") in ents(lang, text)


@pytest.mark.parametrize("lang, text, name", [
    ("bg", "Германия одобри строежа на газопровода Източен мост-2 през октомври.", "Източен мост-2"),
    ("bg", "Германия одобри строежа на „Източен мост 2“ през октомври.", "Източен мост 2"),
    ("ru", "Германия одобрила строительство газопровода Восточный мост 2 в октябре.", "Восточный мост 2"),
    ("uk", "Німеччина схвалила будівництво газогону Східний міст 2 у жовтні.", "Східний міст 2"),
])
def test_a_capitalised_adjective_names_with_the_noun_after_it(lang, text, name):
    found = texts(lang, text)
    assert name in found
    assert name.split()[0] not in found


@pytest.mark.parametrize("text, person", [
    ("Вчера Иван Петков подари книга на училището.", "Иван Петков"),
])
def test_a_persons_adjective_shaped_surname_takes_no_noun(text, person):
    assert person in texts("bg", text)
