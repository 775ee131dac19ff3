"""Facts in Bulgarian, Czech, Slovak, Slovene, Croatian, Serbian, Macedonian and Belarusian (issue 13): triggers as the pipelines'
lemmas, a statement with its speaker, an event with its agent, affected and place, a position from
a title, the compound past not read as a passive, modality words. Every name is invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.dates import find_dates
from kgraph.facts import extract_facts
from kgraph.lang import language_data, pipeline_for
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityRef, EventStatus, RefKind
from kgraph.parse import parse

LANGS = ("bg", "cs", "sk", "sl", "hr", "sr", "mk", "be")


def run(text: str, lang: str):
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang, date=dt.date(2023, 3, 15))
    parsed = parse(article)
    facts, events, claims = extract_facts(parsed, mentions_of(parsed))

    def name(ref: EntityRef | None) -> str | None:
        return None if ref is None or ref.kind is not RefKind.MENTION else text[ref.begin:ref.end]

    return facts, events, claims, name


def _events(text: str, lang: str) -> dict[str, tuple[set[tuple[str, str | None]], str | None, object]]:
    _, events, _, name = run(text, lang)
    return {e.kind: ({(role.value, name(ref)) for role, ref in e.participants}, name(e.place), e.status) for e in events}


# -- the trigger words are what the pipeline gives as token.lemma_ -------------------------------

@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("cs", "Úřady v Brně zadržely aktivistu Pavla Vránu.", "Detention"),
    ("cs", "Ministr Pavel Vrána v Brně podepsal dohodu o spolupráci.", "Agreement"),
    ("cs", "Ministr Pavel Vrána včera rezignoval.", "Resignation"),
    ("sk", "Rodičia v Košiciach štrajkovali celý týždeň.", "Strike"),
    ("sk", "Slovensko uvalilo na Rusko nové sankcie.", "Sanction"),
    ("sl", "Vojska je evakuirala vasi pri Kopru.", "Evacuation"),
    ("sl", "Tožilstvo je obtožilo Marka Zupanca.", "Charge"),
    ("hr", "Vlada je imenovala Ivana Jurića za ravnatelja.", "Appointment"),
    ("hr", "Napadi na Zadar trajali su cijelu noć.", "Attack"),
    ("bg", "Работниците в Русе стачкуваха цяла седмица.", "Strike"),
    ("bg", "България наложи нови санкции на Русия.", "Sanction"),
    ("bg", "Двама души загинаха при пожара в Русе.", "Death"),
    ("sr", "Полиција у Нишу ухапсила је новинара Петра Јовановића.", "Detention"),
    ("sr", "Синдикати у Чачку штрајковали су целе недеље.", "Strike"),
    ("mk", "Полицијата во Битола го уапси новинарот Петар Трајковски.", "Detention"),
    ("mk", "Владата потпиша договор со Албанија.", "Agreement"),
    ("be", "Міліцыя ў Гродне затрымала журналіста Андрэя Мікалаевіча.", "Detention"),
    ("be", "Учора ў Магілёве пратэставалі фермеры.", "Protest"),
])
def test_a_trigger_in_an_inflected_form_gives_its_event(lang: str, text: str, kind: str) -> None:
    assert kind in _events(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_single_word_trigger_is_a_lemma_the_pipeline_can_give(lang: str) -> None:
    """A trigger is matched on the token's lemma or its form: each single-word trigger of the data
    read alone by the language's pipeline gives itself as form or lemma (none is a dead word); a
    reflexive lemma ('освободя-(се)') is the lemma its forms get."""
    nlp = pipeline_for(lang)
    dead = []
    for kind, words in language_data(lang).events.triggers.items():
        for word in words:
            if " " in word:
                continue
            token = nlp(word.split("-(")[0])[0]  # 'освободя-(се)': the dictionary's reflexive lemma
            if word not in {token.text.lower(), token.lemma_.lower()} and "-(" not in word:
                dead.append((kind, word))
    assert not dead


# -- a statement with its speaker, a position from a title ---------------------------------------

@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("cs", "Ministr zahraničí Tomáš Hrubec v pondělí uvedl, že Praha pošle pomoc.", "Tomáš Hrubec"),
    ("sk", "Minister zahraničných vecí Tomáš Hrubý v pondelok povedal, že Bratislava pošle pomoc.", "Tomáš Hrubý"),
    ("sl", "Zunanji minister Tomaž Hribar je v ponedeljek dejal, da bo Ljubljana poslala pomoč.", "Tomaž Hribar"),
    ("hr", "Ministar vanjskih poslova Tomislav Horvatić rekao je da će Zagreb poslati pomoć.", "Tomislav Horvatić"),
    ("bg", "Тодор Христов заяви, че София ще изпрати помощ.", "Тодор Христов"),
    ("sr", "Министар Никола Стојановић у понедељак је изјавио да ће Београд послати помоћ.", "Никола Стојановић"),
    ("mk", "Министерот Никола Стојановски во понеделник изјави дека Скопје ќе испрати помош.", "Никола Стојановски"),
    ("be", "Міністр Аляксандр Петрашэвіч у панядзелак заявіў, што Мінск адправіць дапамогу.", "Аляксандр Петрашэвіч"),
])
def test_a_statement_has_its_speaker(lang: str, text: str, speaker: str) -> None:
    _, events, claims, name = run(text, lang)
    assert speaker in {name(c.source) for c in claims}
    statements = [e for e in events if e.kind == "Statement"]
    assert statements and ("agent", speaker) in {(r.value, name(ref)) for r, ref in statements[0].participants}


@pytest.mark.parametrize(("lang", "text", "person", "country", "qualifier"), [
    ("cs", "Bývalý prezident Slovenska Peter Hrubý přiletěl do Brna.", "Peter Hrubý", "Slovenska", "former"),
    ("cs", "Ministr zahraničí Polska Jan Kowalczyk přiletěl do Prahy.", "Jan Kowalczyk", "Polska", None),
    ("sk", "Bývalý prezident Poľska Peter Hrubý priletel do Brna.", "Peter Hrubý", "Poľska", "former"),
    ("sl", "Nekdanji predsednik Avstrije Peter Hribar je prispel v Ljubljano.", "Peter Hribar", "Avstrije", "former"),
    ("hr", "Bivši predsjednik Austrije Petar Horvat doputovao je u Zagreb.", "Petar Horvat", "Austrije", "former"),
    ("sr", "Бивши председник Хрватске Петар Јовановић допутовао је у Београд.", "Петар Јовановић", "Хрватске", "former"),
    ("mk", "Поранешниот претседател на Србија Петар Трајковски допатува во Скопје.", "Петар Трајковски", "Србија", "former"),
    ("be", "Былы прэзідэнт Польшчы Андрэй Мікалаевіч прыехаў у Мінск.", "Андрэй Мікалаевіч", "Польшчы", "former"),
])
def test_a_title_with_a_country_gives_a_position(lang, text, person, country, qualifier) -> None:
    facts, _, _, name = run(text, lang)
    held = {(name(f.subject), name(f.object), f.qualifier) for f in facts if f.predicate == "holdsPosition"}
    assert (person, country, qualifier) in held


@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("cs", "Český premiér Karel Dvořák přiletěl do Vídně.", "Karel Dvořák", "g:wd:Q213"),
    ("cs", "Setkal se s ukrajinským prezidentem Petrem Horákem.", "Petrem Horákem", "g:wd:Q212"),
    ("sk", "Poľský premiér Karol Dvorák priletel do Viedne.", "Karol Dvorák", "g:wd:Q36"),
    ("sl", "Ameriški predsednik Karel Dvoršak je prispel na Dunaj.", "Karel Dvoršak", "g:wd:Q30"),
    ("hr", "Slovenski premijer Karlo Dvornik doputovao je u Beč.", "Karlo Dvornik", "g:wd:Q215"),
])
def test_a_country_adjective_before_the_title_gives_the_country(lang, text, person, country) -> None:
    facts, _, _, name = run(text, lang)
    held = {(name(f.subject), str(f.object)) for f in facts if f.predicate == "holdsPosition"}
    assert (person, country) in held


@pytest.mark.parametrize(("lang", "text", "person", "title"), [
    ("cs", "Ministr zahraničí Polska Jan Kowalczyk přiletěl do Prahy.", "Jan Kowalczyk", "Foreign Minister"),
    ("sk", "Minister zahraničných vecí Poľska Jan Kowalczyk priletel do Prahy.", "Jan Kowalczyk", "Foreign Minister"),
    ("sl", "Predsednik vlade Hrvaške Karel Dvoršak je prispel v Ljubljano.", "Karel Dvoršak", "Prime Minister"),
    ("hr", "Ministar vanjskih poslova Slovenije Karlo Dvornik doputovao je u Zagreb.", "Karlo Dvornik", "Foreign Minister"),
    ("bg", "Премиерът на Гърция Кирил Дончев пристигна в София.", "Кирил Дончев", "Prime Minister"),
])
def test_a_title_of_several_words_gives_its_canonical_title(lang, text, person, title) -> None:
    facts, _, _, name = run(text, lang)
    assert (person, title) in {(name(f.subject), f.title) for f in facts if f.predicate == "holdsPosition"}


@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("cs", "Podle deníku Ranní Hlas přiletěl ministr Jan Kowalczyk do Vídně.", "Ranní Hlas"),
    ("cs", "Ministr Jan Kowalczyk odletěl do Vídně, informoval o tom server Zprávy Dneška.", "Zprávy Dneška"),
    ("sl", "Minister Karel Dvoršak je prispel v Koper, kot je poročal časopis Jutranji Glas.", "Jutranji Glas"),
    ("hr", "Ministar Karlo Dvornik doputovao je u Zadar, javlja agencija Hina Nova.", "Hina Nova"),
    ("hr", "Ministar Karlo Dvornik doputovao je u Zadar, prema izvješću agencije Hina Nova.", "Hina Nova"),
    ("sl", "Po pisanju časnika Jutranji Glas je minister Karel Dvoršak prispel v Koper.", "Jutranji Glas"),
    ("bg", "Кирил Дончев пристигна в София по информация на агенция Нови Вести.", "Нови Вести"),
])
def test_an_outlet_named_by_a_source_phrase_is_the_claim_s_source(lang: str, text: str, outlet: str) -> None:
    _, _, claims, name = run(text, lang)
    assert outlet in {name(c.source) for c in claims}


# -- an event with its agent, affected and place --------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "kind", "role", "who", "place"), [
    ("cs", "Policie v Brně zadržela novináře Radka Vondráčka.", "Detention", "affected", "Radka Vondráčka", "Brně"),
    ("cs", "Premiér Karel Dvořák navštívil Ostravu.", "Visit", "agent", "Karel Dvořák", "Ostravu"),
    ("sk", "Súd v Nitre odsúdil Jána Kolára na päť rokov.", "Sentencing", "affected", "Jána Kolára", "Nitre"),
    ("sk", "Premiér Karol Dvorák navštívil Žilinu.", "Visit", "agent", "Karol Dvorák", "Žilinu"),
    ("sl", "Policija je v Mariboru pridržala novinarja Radka Vodopivca.", "Detention", "affected", "Radka Vodopivca", "Mariboru"),
    ("sl", "Premier Karel Dvoršak je obiskal Celje.", "Visit", "agent", "Karel Dvoršak", "Celje"),
    ("hr", "Policija je u Splitu uhitila novinara Radovana Vukovića.", "Detention", "affected", "Radovana Vukovića", "Splitu"),
    ("hr", "Premijer Karlo Dvornik posjetio je Osijek.", "Visit", "agent", "Karlo Dvornik", "Osijek"),
    ("bg", "Полицията в Пловдив задържа журналиста Радослав Василев.", "Detention", "affected", "Радослав Василев", "Пловдив"),
    ("bg", "Премиерът Кирил Дончев посети Варна.", "Visit", "agent", "Кирил Дончев", "Варна"),
    ("sr", "Полиција у Нишу ухапсила је новинара Петра Јовановића.", "Detention", "affected", "Петра Јовановића", "Нишу"),
    ("mk", "Премиерот Никола Стојановски го посети Куманово.", "Visit", "agent", "Никола Стојановски", "Куманово"),
    ("be", "Міліцыя ў Гродне затрымала журналіста Андрэя Мікалаевіча.", "Detention", "affected", "Андрэя Мікалаевіча", "Гродне"),
    ("be", "Прэзідэнт Аляксандр Петрашэвіч наведаў Брэст.", "Visit", "agent", "Аляксандр Петрашэвіч", "Брэст"),
])
def test_an_event_has_its_participant_and_place(lang, text, kind, role, who, place) -> None:
    found = _events(text, lang)
    assert kind in found
    participants, where, _ = found[kind]
    assert (role, who) in participants and where == place


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("sl", "Minister Karel Dvoršak je prispel v Koper.", "Karel Dvoršak"),
    ("hr", "Ministar Karlo Dvornik je doputovao u Zadar.", "Karlo Dvornik"),
    ("cs", "Včera jsem se setkal s ministrem. Ministr Karel Dvořák byl odvolán.", "Karel Dvořák"),
])
def test_the_compound_past_is_no_passive_but_the_passive_participle_is(lang: str, text: str, who: str) -> None:
    found = _events(text, lang)
    travel = found.get("Travel") or found.get("Dismissal")
    assert travel is not None
    expected = "affected" if "odvolán" in text else "agent"
    assert (expected, who) in travel[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("bg", "Адвокатът на осъдената на смърт християнка Мария Колева пристигна в София."),
    ("cs", "Soud v Brně odsoudil Pavla Vránu k smrti."),
    ("sl", "Sodišče v Kopru je Marka Zupanca obsodilo na smrt."),
    ("hr", "Ivan Jurić osuđen je na smrt u Zadru."),
])
def test_a_death_sentence_is_a_sentencing_not_a_death(lang: str, text: str) -> None:
    found = _events(text, lang)
    assert "Sentencing" in found and "Death" not in found


@pytest.mark.parametrize(("lang", "ties", "custody"), [
    ("cs", "Firma Modrá Hvězda má úzké vazby na Brno.", "Policie v Brně vzala Pavla Vránu do vazby."),
    ("sk", "Firma Modrá Hviezda má úzke väzby na Košice.", "Polícia v Košiciach vzala Pavla Vránu do väzby."),
])
def test_ties_are_no_custody(lang: str, ties: str, custody: str) -> None:
    """'vazby na X' (ties to X) is no Detention; 'do vazby' (into custody) is."""
    assert "Detention" not in _events(ties, lang) and "Detention" in _events(custody, lang)


# -- modality: a future event is planned, a negated one is no event -------------------------------

@pytest.mark.parametrize(("lang", "future", "past"), [
    ("cs", "Odbory budou stávkovat v Brně.", "Odbory stávkovaly v Brně."),
    ("sk", "Odbory budú štrajkovať v Košiciach.", "Odbory štrajkovali v Košiciach."),
    ("sl", "Sindikati bodo stavkali v Kopru.", "Sindikati so stavkali v Kopru."),
    ("hr", "Sindikati će štrajkati u Zadru.", "Sindikati su štrajkali u Zadru."),
    ("bg", "Синдикатите ще стачкуват във Варна.", "Синдикатите стачкуваха във Варна."),
])
def test_a_future_event_is_planned_and_a_past_one_is_not(lang: str, future: str, past: str) -> None:
    planned, done = _events(future, lang)["Strike"], _events(past, lang)["Strike"]
    assert planned[2] is EventStatus.PLANNED and done[2] is None


@pytest.mark.parametrize(("lang", "text"), [
    ("sl", "Policija ni pridržala Marka Zupanca v Kopru."),
    ("hr", "Policija nije uhitila Ivana Jurića u Zadru."),
    ("bg", "Полицията не задържа Иван Колев във Варна."),
])
def test_a_negated_event_is_no_event(lang: str, text: str) -> None:
    assert "Detention" not in _events(text, lang)
    assert "Detention" in _events(text.replace(" ni ", " je ").replace(" nije ", " je ").replace(" не ", " "), lang)


# -- dates: a range's end is a limit, its first day takes the range's year --------------------------

@pytest.mark.parametrize(("lang", "text", "start"), [
    ("cs", "Od 1. ledna do 19. června 2018 byl dodán plyn.", "1. ledna"),
    ("sk", "Od 1. januára do 19. júna 2018 bol dodaný plyn.", "1. januára"),
    ("sl", "Od 1. januarja do 19. junija 2018 je bil dobavljen plin.", "1. januarja"),
    ("hr", "Od 1. siječnja do 19. lipnja 2018. isporučen je plin.", "1. siječnja"),
    ("bg", "От 1 януари до 19 юни 2018 г. е доставен газ.", "1 януари"),
])
def test_a_date_range_in_each_language(lang: str, text: str, start: str) -> None:
    first, last = find_dates(text, lang, None)
    assert (first.text, first.value, first.limit) == (start, dt.date(2018, 1, 1), False)
    assert last.value == dt.date(2018, 6, 19) and last.limit
