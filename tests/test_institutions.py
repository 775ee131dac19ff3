"""State bodies meet across names, languages and articles (kgraph.resolve.institutions)."""
from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType, Mention

ORG, PLACE = EntityType.ORGANIZATION, EntityType.PLACE


def mention(article, lang, text, kind=ORG, begin=0):
    return Mention(article, lang, begin, begin + len(text), text, kind, text)


def groups(mentions):
    entities = resolve(mentions, Gazetteer.load())
    return {frozenset((m.article_id, m.text) for m in e.mentions) for e in entities}


def test_one_ministry_whatever_the_language_and_wording():
    mentions = [
        mention("a", "en", "Georgian Foreign Ministry"),
        mention("a", "en", "Foreign Ministry", begin=100),
        mention("b", "en", "Ministry of Foreign Affairs of Georgia"),
        mention("c", "ru", "МИД Грузии"),
        mention("d", "pl", "Ministerstwo Spraw Zagranicznych Gruzji"),
    ]
    assert frozenset((m.article_id, m.text) for m in mentions) in groups(mentions)


def test_ministries_of_two_countries_stay_apart_and_a_bare_one_between_them_joins_neither():
    mentions = [
        mention("a", "en", "Ministry of Foreign Affairs of Armenia"),
        mention("a", "en", "Ministry of Foreign Affairs of Georgia", begin=60),
        mention("a", "en", "Foreign Ministry", begin=120),
    ]
    found = groups(mentions)
    assert all(len(group) == 1 for group in found), found


def test_a_ministry_is_not_its_country_nor_another_ministry():
    mentions = [
        mention("a", "en", "Ministry of Defence of Georgia"),
        mention("a", "en", "Ministry of Health of Georgia", begin=50),
        mention("a", "en", "Georgia", PLACE, begin=90),
    ]
    assert all(len(group) == 1 for group in groups(mentions))


def test_one_supreme_court_in_six_slavic_languages_and_not_the_constitutional_one():
    courts = [
        mention("a", "ru", "Верховный суд Грузии"),
        mention("a", "ru", "Верховный суд", begin=100),
        mention("b", "uk", "Верховний суд Грузії"),
        mention("c", "pl", "Sąd Najwyższy Gruzji"),
        mention("d", "cs", "Nejvyšší soud Gruzie"),
        mention("e", "sl", "Vrhovno sodišče Gruzije"),
        mention("f", "bg", "Върховният съд на Грузия"),
    ]
    other = mention("g", "ru", "Конституционный суд Грузии")
    found = groups([*courts, other])
    assert frozenset((m.article_id, m.text) for m in courts) in found
    assert frozenset({("g", other.text)}) in found
