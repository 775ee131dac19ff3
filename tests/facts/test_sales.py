"""Sales (kg:Sale): the seller (or buyer) named as subject, or the company a bare company noun
stands for, is the agent, the other party a participant; and a country's adjective before a bare
company noun ("Российская компания владеет ...") places the company the article is about.
Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _sales(text: str, lang: str) -> list[set[tuple[str, str | None]]]:
    _, events, _, name = run(text, lang)
    return [{(role.value, name(r)) for role, r in e.participants} for e in events if e.kind == "Sale"]


@pytest.mark.parametrize(("lang", "text", "seller", "buyer"), [
    ("ru", "Судоходная компания «Норвал» объявила о реструктуризации. По данным газеты, компания продала три танкера "
           "греческой компании Eltrava Marine.", "Норвал", "Eltrava Marine"),
    ("uk", "Судноплавна компанія «Норвал» оголосила про реструктуризацію. За даними газети, компанія продала три танкери "
           "грецькій компанії Eltrava Marine.", "Норвал", "Eltrava Marine"),
    ("pl", "Spółka Baltmor zamknęła dwa biura. Według gazety spółka sprzedała trzy tankowce greckiej firmie "
           "Eltrava Marine.", "Baltmor", "Eltrava Marine"),
    ("en", "The British company Norvale Holdings bought a stake in Eltrava Group.", "Norvale Holdings", "Eltrava Group"),
], ids=["ru", "uk", "pl", "en"])
def test_a_sale_links_seller_and_buyer(lang: str, text: str, seller: str, buyer: str) -> None:
    assert any(("agent", seller) in s and any(n == buyer for _, n in s) for s in _sales(text, lang))


def test_a_hoped_for_sale_is_planned() -> None:
    _, events, _, _ = run("Компания «Норвал» рассчитывает продать треть своего флота.", "ru")
    assert [e.status.value if e.status else None for e in events if e.kind == "Sale"] == ["planned"]


def _located(text: str, lang: str) -> set[tuple[str | None, str]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), str(f.object)) for f in facts if f.predicate == "location"}


@pytest.mark.parametrize(("lang", "text", "company"), [
    ("ru", "«Норвал» продал три танкера. Позже «Норвал» продал ещё два судна. Покупатель, греческая компания Eltrava "
           "Marine, заплатила 300 млн долларов. Теперь «Норвал» ищет новых клиентов. Российская компания владеет 40 судами.",
     "Норвал"),
    ("uk", "«Норвал» продав три танкери. Пізніше «Норвал» продав ще два судна. Покупець, грецька компанія Eltrava "
           "Marine, заплатила 300 млн доларів. Тепер «Норвал» шукає нових клієнтів. Російська компанія володіє 40 суднами.",
     "Норвал"),
    ("pl", "Baltmor sprzedał trzy tankowce. Później Baltmor sprzedał jeszcze dwa statki. Kupujący, grecka firma "
           "Eltrava Marine, zapłaciła 300 mln dolarów. Teraz Baltmor szuka nowych klientów. Rosyjska spółka posiada 40 "
           "statków.", "Baltmor"),
], ids=["ru", "uk", "pl"])
def test_a_countrys_company_noun_places_the_company_the_article_is_about(lang: str, text: str, company: str) -> None:
    located = _located(text, lang)
    assert any(n is not None and n.startswith(company[:5]) and obj == "g:wd:Q159" for n, obj in located)
    assert not any(n is not None and n.startswith("Eltrava") and obj == "g:wd:Q159" for n, obj in located)


def test_no_company_stands_out_no_place() -> None:
    """Two companies named as often: the bare noun stands for neither."""
    text = ("«Норвал» продал три танкера компании «Кастор». «Норвал» и «Кастор» подписали договор. "
            "Российская компания владеет 40 судами.")
    assert not any(obj == "g:wd:Q159" for _, obj in _located(text, "ru"))


def test_a_company_of_another_country_is_not_placed() -> None:
    """'греческая компания X' named most: 'Российская компания' is not X."""
    text = ("Греческая компания Eltrava Marine купила танкер. Eltrava Marine заплатила 300 млн долларов. "
            "Российская компания продала ей ещё одно судно.")
    assert not any(n is not None and n.startswith("Eltrava") and obj == "g:wd:Q159" for n, obj in _located(text, "ru"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Мне позвонили незнакомые люди. Они купили мне билет, и я улетел в Новоград."),
    ("uk", "Мені зателефонували незнайомі люди. Вони купили мені квиток, і я полетів до Новограда."),
    ("pl", "Zadzwonili do mnie nieznajomi. Kupili mi bilet i poleciałem do Nowogrodu."),
    ("en", "Strangers called Oleg Varnov. He had bought his plane ticket a week earlier."),
    ("de", "Fremde riefen Oleg Warnow an. Er hatte sein Flugticket eine Woche vorher gekauft."),
], ids=["ru", "uk", "pl", "en", "de"])
def test_a_private_purchase_is_no_sale(lang: str, text: str) -> None:
    """No organisation or country takes part: a ticket bought is no news event."""
    assert _sales(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "buyer"), [
    ("en", "Poland bought 48 howitzers from the Korean firm Hanvero Systems.", "Poland"),
    ("ru", "Польша купила 48 гаубиц у корейской компании Hanvero Systems.", "Польша"),
    ("pl", "Polska kupiła 48 haubic od koreańskiej firmy Hanvero Systems.", "Polska"),
], ids=["en", "ru", "pl"])
def test_a_state_buying_from_a_company_is_a_sale(lang: str, text: str, buyer: str) -> None:
    assert any(any(n == buyer for _, n in s) for s in _sales(text, lang))
