"""Issue 13: "Source: X on Twitter", "X wrote on Facebook": the person or body named right before a
place preposition and a platform, with a reporting verb or on a line opening with a colon, speaks
on that platform (kg:publishesOn); the platform is no speaker. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _accounts(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object) or str(f.object)) for f in facts if f.predicate == "publishesOn"}


@pytest.mark.parametrize(("lang", "text", "person", "platform"), [
    ("uk", "Міністр Іван Петренко вважає, що криза скінчиться.\n\nДжерело: Петренко в Twitter\n\n"
           "Він додав, що все буде добре.", "Петренко", "Twitter"),
    ("uk", "Іван Петренко написав у Facebook, що криза скінчиться.", "Іван Петренко", "Facebook"),
    ("ru", "Иван Петренко в Twitter заявил, что кризис закончится.", "Иван Петренко", "Twitter"),
    ("pl", "Jan Kowalczyk napisał na Twitterze, że kryzys się skończy.", "Jan Kowalczyk", "Twitter"),
    ("cs", "Jan Novák na Twitteru napsal, že krize skončí.", "Jan Novák", "Twitter"),
], ids=["uk-source-line", "uk", "ru", "pl", "cs"])
def test_the_speaker_on_a_platform(lang: str, text: str, person: str, platform: str) -> None:
    assert any(s == person and o and o.startswith(platform) for s, o in _accounts(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Jan Kowalczyk pracował w Facebooku przez dwa lata."),
    ("ru", "Иван Петренко в Twitter. Он ушёл."),
    ("uk", "Іван Петренко поїхав із Facebook до Google."),
], ids=["pl-works-at", "ru-no-verb-no-colon", "uk-from"])
def test_no_account_without_a_report(lang: str, text: str) -> None:
    """Working at the company, a bare line with no colon, or leaving it: nobody speaks there."""
    assert not _accounts(text, lang)
