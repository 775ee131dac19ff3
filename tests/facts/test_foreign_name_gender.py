"""A pronoun's person by gender: a foreign given name the dictionary only guesses at, or knows only
as another name's oblique case, tells no gender (it took 'she' for the man and refused the woman);
the surname's gendered ending ('Каримов') or a past verb right after the name ('X был задержан')
tells it then. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import statement_agents as _agents


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("bg", "Адвокатът Азизул Карим защитаваше Тамина Рахман. Тя отрече обвиненията.", "Тамина Рахман"),
    ("ru", "Адвокат Азизул Карим защищал Тамину Рахман. Она заявила, что невиновна.", "Тамину Рахман"),
])
def test_a_guessed_given_name_tells_no_gender(lang: str, text: str, speaker: str) -> None:
    assert _agents(text, lang) == [speaker]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("ru", "Тамина Рахман подала жалобу. Адвокат Азизул Каримов защищал ее в суде. Она заявила, что невиновна.",
     "Тамина Рахман"),
    ("uk", "Таміна Рахман подала скаргу. Адвокат Азизул Каримов захищав її в суді. Вона заявила, що невинна.",
     "Таміна Рахман"),
    ("ru", "Тамина Рахман подала жалобу. Адвокат Азизул Карими был задержан в понедельник. Она заявила, что"
           " невиновна.", "Тамина Рахман"),
])
def test_the_surname_or_the_verb_tells_the_gender_the_given_name_does_not(lang: str, text: str, speaker: str) -> None:
    assert _agents(text, lang) == [speaker]
