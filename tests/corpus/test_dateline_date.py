"""An article without a date in its metadata or header takes the date of its dateline."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.corpus import read_corpus

UK = ("Місто Орськ закрило міст через повінь\n\nВівторок, 5 січня 2021, 16:10\n\n"
      "У вівторок мер Орська Ірена Валко сказала журналістам, що міст через річку Тиса закриють на тиждень. "
      "Рятувальники працювали всю ніч.\n")
EN = ("Orsk closes its bridge after the flood\n\nORSK, 3 May 2021 — Mayor Irena Valko said on Monday that "
      "the bridge over the river would stay closed for a week. Rescuers worked through the night.\n")
PL = ("Orsk zamyka most po powodzi\n\nOrsk, 3 maja 2021 r. - Burmistrz Irena Valko powiedziała w poniedziałek, "
      "że most na rzece pozostanie zamknięty przez tydzień. Ratownicy pracowali całą noc.\n")
RU = ("Орск закрыл мост после наводнения\n\nОРСК. 3 мая. Мэр Ирена Валко сказала в понедельник, что мост "
      "через реку будет закрыт неделю. Спасатели работали всю ночь.\n")


@pytest.mark.parametrize(("text", "date"), [(UK, dt.date(2021, 1, 5)), (EN, dt.date(2021, 5, 3)),
                                            (PL, dt.date(2021, 5, 3)), (RU, None)])
def test_the_dateline_is_the_articles_date_when_it_names_its_year(tmp_path: Path, text: str,
                                                                   date: dt.date | None) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (article,) = read_corpus(tmp_path).articles
    assert article.date == date
    assert article.date_precision == "day"


def test_a_date_header_comes_before_the_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Date: 2021-05-04\n\n" + EN, encoding="utf-8")
    (article,) = read_corpus(tmp_path).articles
    assert article.date == dt.date(2021, 5, 4)
