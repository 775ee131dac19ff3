"""The gazetteer: data (countries, cities, regions, organisations, people) and the token matcher."""
from __future__ import annotations

import json
import re

import pytest

from kgraph.gazetteer import DEFAULT_DIRECTORY, Gazetteer, TokenForms, name_key
from kgraph.gazetteer import matcher as matcher_module
from kgraph.model import EntityType

_TOKEN = re.compile(r"\w+(?:\.\w+)*|[^\w\s]")


def tokens(text: str, forms: dict[str, tuple[str, ...]] | None = None) -> list[TokenForms]:
    """A plain tokenizer (hyphens are tokens of their own) with optional forms per surface."""
    forms = forms or {}
    return [TokenForms(m.start(), m.end(), m.group(), forms.get(m.group(), ())) for m in _TOKEN.finditer(text)]


def matched(g: Gazetteer, text: str, forms: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, str]]:
    return [(text[m.begin : m.end], m.entry.id) for m in g.match(tokens(text, forms))]


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached_once_per_process() -> None:
    """Load time is a benchmark figure, not an assertion; here only the caching is checked."""
    Gazetteer.load()  # builds (and writes the on-disk cache) if needed
    matcher_module._load.cache_clear()
    gaz = Gazetteer.load()
    assert Gazetteer.load() is gaz


def test_name_key_unifies_case_dashes_quotes_and_yo() -> None:
    assert name_key("  Нур\u2013Султан ") == name_key("нур-султан")
    assert name_key("Кишинёв") == name_key("КИШИНЕВ")
    assert name_key("Côte d\u2019Ivoire") == name_key("côte d'ivoire")


@pytest.mark.parametrize("name", ["Kazakhstan", "Казахстан", "Kazachstan", "Kasachstan", "Республика Казахстан", "Қазақстан"])
def test_country_names_in_several_languages(g: Gazetteer, name: str) -> None:
    [entry] = g.lookup(name)
    assert (entry.id, entry.wikidata, entry.country, entry.type) == ("wd:Q232", "Q232", "KZ", EntityType.PLACE)
    assert entry.geonames == 1522867


@pytest.mark.parametrize("name,qid", [("Киргизия", "Q813"), ("Кыргызстан", "Q813"), ("Kyrgyz Republic", "Q813"),
                                      ("Białoruś", "Q184"), ("Белоруссия", "Q184"), ("Federacja Rosyjska", "Q159"),
                                      ("Российская Федерация", "Q159"), ("Stany Zjednoczone", "Q30"), ("Niemcy", "Q183"),
                                      ("Объединённые Арабские Эмираты", "Q878"), ("Объединенные Арабские Эмираты", "Q878")])
def test_country_variants(g: Gazetteer, name: str, qid: str) -> None:
    assert g.lookup(name)[0].wikidata == qid


@pytest.mark.parametrize("name,qid", [("Německo", "Q183"), ("Nemčija", "Q183"), ("Nemecko", "Q183"), ("Njemačka", "Q183"),
                                      ("Германія", "Q183"), ("Čína", "Q148"), ("Kitajska", "Q148"),
                                      ("Обединеното кралство", "Q145"), ("Združeno kraljestvo", "Q145"),
                                      ("Nizozemsko", "Q55"), ("Нидерландия", "Q55"), ("Madžarska", "Q28")])
def test_country_names_in_czech_slovene_bulgarian_slovak_croatian_belarusian(g: Gazetteer, name: str, qid: str) -> None:
    assert [e.wikidata for e in g.lookup(name)] == [qid]
    entry = g.lookup(name)[0]
    assert {"bg", "cs", "sl", "sk", "hr", "be"} <= set(entry.labels)


def test_bulgarian_and_slovene_acronyms_of_a_country(g: Gazetteer) -> None:
    assert matched(g, "Посланикът на САЩ пристигна вчера.") == [("САЩ", "wd:Q30")]
    assert matched(g, "Veleposlanik ZDA je prispel včeraj.") == [("ZDA", "wd:Q30")]
    assert matched(g, "Veleposlanik Zda je prispel včeraj.") == []


def test_czech_and_slovene_countries_inflected_through_forms(g: Gazetteer) -> None:
    cs = "Delegace z Německa přiletěla včera."
    assert matched(g, cs, {"Německa": ("německo",)}) == [("Německa", "wd:Q183")]
    sl = "Minister je bil včeraj na Madžarskem."
    assert matched(g, sl, {"Madžarskem": ("madžarska",)}) == [("Madžarskem", "wd:Q28")]


def test_all_countries_present_with_geonames(g: Gazetteer) -> None:
    countries = [e for e in g if e.id.startswith("wd:") and e.country and e.geonames and e.type is EntityType.PLACE
                 and e.country == (e.country or "").upper() and len(e.labels) >= 5]
    assert len(countries) >= 190
    assert g.get("wd:Q36").labels["pl"] == "Polska"


def test_country_inflected_through_forms(g: Gazetteer) -> None:
    text = "Delegacja z Kazachstanu przyleciała wczoraj."
    assert matched(g, text, {"Kazachstanu": ("kazachstan",)}) == [("Kazachstanu", "wd:Q232")]
    assert matched(g, text) == []  # no form, no hit: inflection belongs to the pipelines
    ru = "Выборы в Казахстане прошли спокойно."
    assert matched(g, ru, {"Казахстане": ("казахстан",)}) == [("Казахстане", "wd:Q232")]


def test_acronyms_are_case_sensitive(g: Gazetteer) -> None:
    assert matched(g, "Sekretarz generalny ONZ przemawiał.") == [("ONZ", "wd:Q1065")]
    assert matched(g, "Sekretarz generalny onz przemawiał.") == []
    assert matched(g, "Sekretarz generalny Onz przemawiał.") == []
    assert matched(g, "Szczyt ODKB i posiedzenie OUBZ.") == [("ODKB", "wd:Q318693"), ("OUBZ", "wd:Q318693")]
    assert matched(g, "Вопрос обсудят в ООН и ОДКБ.") == [("ООН", "wd:Q1065"), ("ОДКБ", "wd:Q318693")]
    # a tokenizer that keeps "ONZ-u" whole: the Polish case suffix is tolerated
    [hit] = g.match([TokenForms(0, 4, "Rada"), TokenForms(5, 10, "ONZ-u")])
    assert (hit.begin, hit.end, hit.entry.id) == (5, 10, "wd:Q1065")
    assert g.match([TokenForms(0, 5, "onz-u")]) == []


def test_multi_token_organisation_names(g: Gazetteer) -> None:
    en = "Troops of the Collective Security Treaty Organisation arrived."
    assert matched(g, en) == [("Collective Security Treaty Organisation", "wd:Q318693")]
    pl = "Wojska Organizacji Układu o Bezpieczeństwie Zbiorowym przybyły."
    assert matched(g, pl, {"Organizacji": ("organizacja",)}) == [
        ("Organizacji Układu o Bezpieczeństwie Zbiorowym", "wd:Q318693")]
    ru = "Миротворцы Организации Договора о коллективной безопасности прибыли."
    assert matched(g, ru, {"Организации": ("организация",)}) == [
        ("Организации Договора о коллективной безопасности", "wd:Q318693")]


def test_longest_match_wins(g: Gazetteer) -> None:
    # "Rzeczpospolita Polska" (the state) over "Rzeczpospolita" (the newspaper)
    assert matched(g, "Rzeczpospolita Polska podpisała umowę.") == [("Rzeczpospolita Polska", "wd:Q36")]
    assert matched(g, "Za Rzeczpospolita podaje:") == [("Rzeczpospolita", "org:rzeczpospolita")]


@pytest.mark.parametrize("name", ["Ałmaty", "Алматы", "Alma-Ata", "Алма-Ата", "Almaty"])
def test_city_alternate_names_across_scripts(g: Gazetteer, name: str) -> None:
    [entry] = g.lookup(name)
    assert (entry.id, entry.geonames, entry.wikidata, entry.country) == ("wd:Q35493", 1526384, "Q35493", "KZ")
    assert entry.labels["ru"] == "Алматы"


def test_hyphenated_city_split_by_tokenizer_and_inflected(g: Gazetteer) -> None:
    text = "Protestujący w Nur-Sułtanie i w Ałmatach."
    forms = {"Sułtanie": ("sułtan",), "Ałmatach": ("ałmaty", "ałmat")}
    assert matched(g, text, forms) == [("Nur-Sułtanie", "wd:Q1520"), ("Ałmatach", "wd:Q35493")]


def test_candidate_stem_meets_name_by_stem_key(g: Gazetteer) -> None:
    # only a candidate stem ("ałmat") is known for the inflected word
    assert matched(g, "Mieszkańcy Ałmatach wyszli.", {"Ałmatach": ("ałmat",)}) == [("Ałmatach", "wd:Q35493")]
    # the stem never applies to the surface itself
    assert matched(g, "Pan Ałmat przyszedł.") == []


def test_city_and_its_region_are_different_entries(g: Gazetteer) -> None:
    city = g.lookup("Almaty")[0]
    region = g.lookup("Almaty Region")[0]
    assert city.id != region.id and region.id == "region:kz-almaty-region"
    assert g.lookup("Алматинская область")[0] is region and g.lookup("obwód ałmacki")[0] is region
    assert matched(g, "Floods hit the Almaty Region and Almaty.") == [
        ("Almaty Region", region.id), ("Almaty", city.id)]
    assert matched(g, "Protesty w Mangystau.") == [("Mangystau", "region:kz-mangystau")]


def test_lowercase_names_only_where_the_data_writes_them_so(g: Gazetteer) -> None:
    text = "Strajk w obwodzie mangystauskim trwa."
    forms = {"obwodzie": ("obwód",), "mangystauskim": ("mangystauski",)}
    assert matched(g, text, forms) == [("obwodzie mangystauskim", "region:kz-mangystau")]
    assert matched(g, "w kazachstan", {"kazachstan": ("kazachstan",)}) == []


def test_russian_region_with_lemma_of_other_gender(g: Gazetteer) -> None:
    text = "В Мангистауской области начались забастовки."
    forms = {"Мангистауской": ("мангистауский",), "области": ("область",)}
    assert matched(g, text, forms) == [("Мангистауской области", "region:kz-mangystau")]


@pytest.mark.parametrize("word,iso", [("Kyrgyz", "KG"), ("kazachski", "KZ"), ("киргизский", "KG"), ("кыргызский", "KG"),
                                      ("казахстанский", "KZ"), ("Russian", "RU"), ("rosyjski", "RU"), ("российский", "RU"),
                                      ("киргизского", "KG"), ("kazachskiego", "KZ"), ("Kazakhs", "KZ"), ("białoruskiej", "BY")])
def test_demonyms_resolve_to_countries(g: Gazetteer, word: str, iso: str) -> None:
    entry = g.demonym(word)
    assert entry is not None and entry.country == iso and entry.type is EntityType.PLACE


@pytest.mark.parametrize("word,iso", [("českého", "CZ"), ("poľskej", "PL"), ("ukrajinskému", "UA"), ("ameriškega", "US"),
                                      ("nemškem", "DE"), ("hrvatskog", "HR"), ("američki", "US"), ("Гръцкият", "GR"),
                                      ("украинският", "UA"), ("francouzského", "FR")])
def test_demonyms_of_czech_slovak_slovene_croatian_bulgarian_in_any_case(g: Gazetteer, word: str, iso: str) -> None:
    """The long vowels of cs/sk end a stem too ('českého' meets 'český'); bg's articled forms."""
    entry = g.demonym(word)
    assert entry is not None and entry.country == iso


def test_demonyms_are_not_names(g: Gazetteer) -> None:
    assert g.lookup("Kyrgyz") == [] and g.lookup("казах") == []
    assert matched(g, "A Kyrgyz musician and a Kazakh singer met.") == []
    assert g.demonym("polished") is None and g.demonym("Bishkek") is None


def test_no_airport_codes_or_stop_words_among_city_names(g: Gazetteer) -> None:
    almaty, astana, kyiv = g.get("wd:Q35493"), g.get("wd:Q1520"), g.get("wd:Q1899")
    assert "ALA" not in almaty.names and not {"NQZ", "TSE"} & astana.names and "IEV" not in kyiv.names
    for code in ("NQZ", "TSE", "FRU", "IEV", "MOW"):
        assert g.lookup(code) == [], code
    assert matched(g, "Police arrived quickly.") == []
    for entry in g:
        if entry.id.startswith("gn:"):
            assert not any(n.isupper() and len(n) > 2 for n in entry.names), entry


def test_digit_initial_and_dotted_names(g: Gazetteer) -> None:
    assert matched(g, "Как сообщает 24.kg, заседание перенесли.") == [("24.kg", "org:24-kg")]


def test_people_with_transliteration_variants(g: Gazetteer) -> None:
    for name in ("Tokayev", "Tokaev", "Токаев", "Tokajew", "Kassym-Jomart Tokayev"):
        assert g.lookup(name)[0].id == "wd:Q200881", name
    assert g.lookup("Жапаров") == []  # two heads of government share the surname
    assert g.lookup("Sadyr Japarov")[0].wikidata == "Q25597826"
    assert g.lookup("Łukaszenka")[0].wikidata == "Q2866"
    assert matched(g, "Заявление Токаева опубликовали.", {"Токаева": ("токаев",)}) == [("Токаева", "wd:Q200881")]


def test_every_curated_entry_names_its_sources() -> None:
    for name in ("countries.json", "organizations.json", "people.json", "regions.json", "world_regions.json",
                 "subdivisions.json",
                 "cities.json"):
        data = json.loads((DEFAULT_DIRECTORY / name).read_text(encoding="utf-8"))
        assert data["entries"]
        for entry in data["entries"]:
            assert entry.get("sources"), (name, entry.get("labels"))
    assert (DEFAULT_DIRECTORY / "README.md").exists()


def test_match_finds_every_repeat_in_a_long_text(g: Gazetteer) -> None:
    """Speed is a benchmark figure (bench/), not an assertion: here only the count."""
    text = "Prezydent Kazachstanu spotkał się w Ałmaty z delegacją ONZ i NATO oraz mieszkańcami. " * 400
    assert len(g.match(tokens(text))) == 1200


def test_ids_are_stable_kinds(g: Gazetteer) -> None:
    for entry in g:
        assert re.fullmatch(r"wd:Q\d+|gn:\d+|[a-z]+:[a-z0-9-]+", entry.id), entry.id
        assert (entry.wikidata is None) == (not entry.id.startswith("wd:"))
