"""A relaying phrase whose outlet's name the page lost ('..., пише Він заявив, що ...': the next
sentence glued on) takes no source from the capital pronoun opening that next sentence: the
reporting verb before it keeps its speaker and is the statement's trigger. Sentences and names
written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "trigger", "speaker"), [
    ("uk", "Про це повідомив заступник голови правління компанії Іван Петренко, пише Він заявив, що компанія"
           " виконує всі закони.", "повідомив", "Іван Петренко"),
    ("ru", "Об этом сообщил заместитель председателя правления компании Иван Петров, пишет Он заявил, что компания"
           " выполняет все законы.", "сообщил", "Иван Петров"),
])
def test_a_capital_pronoun_after_a_phrase_is_the_next_sentences(lang: str, text: str, trigger: str,
                                                                speaker: str) -> None:
    _, events, _, name = run(text, lang)
    statements = [(e.trigger, [name(r) for role, r in e.participants if role.name == "AGENT"])
                  for e in events if e.kind == "Statement"]
    assert statements == [(trigger, [speaker])], statements
