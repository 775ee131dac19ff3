"""Facts in Lithuanian and Latvian (issue 13): triggers the pipelines can give, an event with its
participant and place, a statement with its speaker, a position from a title, a full date that opens
on its year. Every name is invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.dates import find_dates
from kgraph.facts import extract_facts
from kgraph.lang import language_data, pipeline_for
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityRef, RefKind
from kgraph.parse import parse

LANGS = ("lt", "lv")
ANCHOR = dt.date(2023, 3, 15)


def run(text: str, lang: str):
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang, date=ANCHOR)
    parsed = parse(article)
    facts, events, claims = extract_facts(parsed, mentions_of(parsed))

    def name(ref: EntityRef | None) -> str | None:
        return None if ref is None or ref.kind is not RefKind.MENTION else text[ref.begin:ref.end]

    return facts, events, claims, name


@pytest.mark.parametrize("lang", LANGS)
def test_every_single_word_trigger_is_a_form_or_lemma_the_pipeline_gives(lang: str) -> None:
    nlp = pipeline_for(lang)
    dead = [(kind, word) for kind, words in language_data(lang).events.triggers.items() for word in words
            if " " not in word and word not in {nlp(word)[0].text.lower(), nlp(word)[0].lemma_.lower()}]
    assert not dead


@pytest.mark.parametrize(("lang", "text", "kind", "role", "who", "place"), [
    ("lt", "Policija Kaune sulaikė žurnalistą Rimantą Vaitkūną.", "Detention", "affected", "Rimantą Vaitkūną", "Kaune"),
    ("lt", "Premjeras Tomas Gintautas aplankė Klaipėdą.", "Visit", "agent", "Tomas Gintautas", "Klaipėdą"),
    ("lv", "Policija Daugavpilī aizturēja žurnālistu Raimondu Ozoliņu.", "Detention", "affected", "Raimondu Ozoliņu", "Daugavpilī"),
    ("lv", "Premjerministrs Andris Vītols apmeklēja Liepāju.", "Visit", "agent", "Andris Vītols", "Liepāju"),
])
def test_an_event_has_its_participant_and_place(lang, text, kind, role, who, place) -> None:
    _, events, _, name = run(text, lang)
    found = {e.kind: e for e in events}
    assert kind in found
    assert (role, who) in {(r.value, name(ref)) for r, ref in found[kind].participants}
    assert name(found[kind].place) == place


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("lt", "Ministras Tomas Gintautas pirmadienį pareiškė, kad Vilnius nusiųs pagalbą.", "Tomas Gintautas"),
    ("lv", "Ministrs Andris Vītols pirmdien paziņoja, ka Rīga nosūtīs palīdzību.", "Andris Vītols"),
])
def test_a_statement_has_its_speaker_and_its_weekday(lang: str, text: str, speaker: str) -> None:
    _, events, claims, name = run(text, lang)
    assert speaker in {name(c.source) for c in claims}
    statement = next(e for e in events if e.kind == "Statement")
    assert statement.date == dt.date(2023, 3, 13)


@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("lt", "Buvęs Lenkijos prezidentas Jonas Gintautas atvyko į Vilnių.", "Jonas Gintautas", "Lenkijos"),
    ("lv", "Bijušais Polijas prezidents Jānis Vītols ieradās Rīgā.", "Jānis Vītols", "Polijas"),
])
def test_a_former_title_with_a_country_gives_a_former_position(lang, text, person, country) -> None:
    facts, _, _, name = run(text, lang)
    held = {(name(f.subject), name(f.object), f.title, f.qualifier) for f in facts if f.predicate == "holdsPosition"}
    assert (person, country, "President", "former") in held


@pytest.mark.parametrize(("lang", "text", "value", "precision"), [
    ("lt", "2022 m. kovo 5 d. policija sulaikė vyrą.", dt.date(2022, 3, 5), "day"),
    ("lt", "Tai įvyko 2021 m. gegužės mėnesį.", dt.date(2021, 5, 1), "month"),
    ("lv", "2022. gada 5. martā policija aizturēja vīrieti.", dt.date(2022, 3, 5), "day"),
    ("lv", "Tas notika 2021. gada maijā.", dt.date(2021, 5, 1), "month"),
])
def test_a_date_that_opens_on_its_year_keeps_that_year(lang, text, value, precision) -> None:
    """Not the anchor's year for the day and month after it (2023-03-05 would be wrong)."""
    dates = find_dates(text, lang, ANCHOR)
    assert [(d.value, d.precision, d.year_given) for d in dates] == [(value, precision, True)]
