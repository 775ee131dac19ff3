"""Language detection on short paragraphs written for these tests."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kgraph import language
from kgraph.language import detect_language, language_confidence


@pytest.mark.parametrize("lang,text", [
    ("en", "The weather was cold this morning, and the trains to the coast were late again."),
    ("ru", "Утром было холодно, и поезда к побережью снова опоздали на полчаса."),
    ("pl", "Rano było zimno, a pociągi nad morze znowu się spóźniły o pół godziny."),
    ("de", "Heute Morgen war es kalt, und die Züge an die Küste hatten wieder Verspätung."),
    ("uk", "Зранку було холодно, і потяги до узбережжя знову запізнилися на пів години."),
    ("fr", "Il faisait froid ce matin et les trains vers la côte étaient encore en retard."),
    ("el", "Το πρωί έκανε κρύο και τα τρένα για την ακτή άργησαν ξανά."),
])
def test_paragraphs(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_russian_with_latin_brand_names() -> None:
    text = ("Компании Apple, Google и Microsoft представили новые сервисы: iPhone, Android, "
            "Windows и Office теперь работают с YouTube и WhatsApp без ограничений.")
    assert detect_language(text) == "ru"


def test_english_quote_in_russian_text() -> None:
    text = ("Министр сказал журналистам, что переговоры продолжатся на следующей неделе. "
            "«We are open to dialogue», — добавил он по-английски.")
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("text", ["", "   \n", "Ok.", "12:30 — 14:00", "Да, конечно.", "!!!"])
def test_too_little_text_is_und(text: str) -> None:
    assert detect_language(text) == "und"
    assert language_confidence(text) == 0.0


def test_detector_is_built_once() -> None:
    detect_language("One more sentence, long enough to need the detector for sure.")
    first = language._get_detector()
    detect_language("Ещё одно предложение, достаточно длинное для детектора языка.")
    assert language._get_detector() is first


def test_long_text_uses_a_prefix() -> None:
    text = ("Rano było zimno, a pociągi nad morze znowu się spóźniły. " * 2000)
    assert detect_language(text) == "pl"


def test_memory_stays_small() -> None:
    """Loading the detector and using it on every language stays well under 300 MB."""
    code = (
        "import resource\n"
        "from kgraph.language import detect_language\n"
        "for s in ['The trains were late again this morning.', 'Поезда опять опоздали утром.',"
        " 'Pociągi znowu się spóźniły rano.', 'Die Züge hatten wieder Verspätung.',"
        " 'Потяги знову запізнилися зранку.', 'Les trains étaient en retard.',"
        " 'Los trenes llegaron tarde otra vez.', 'I treni erano di nuovo in ritardo.',"
        " 'Vlaky měly zase zpoždění.', 'Trenler yine geç kaldı bu sabah.',"
        " 'Пойыздар бүгін таңертең тағы кешікті.']:\n"
        "    detect_language(s * 3)\n"
        # resident set now, not ru_maxrss: a forked child inherits its parent's high-water mark
        "print(int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize() // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    resident_kb = int(out.stdout.strip())
    assert resident_kb < 300_000, f"resident set {resident_kb / 1000:.0f} MB"


@pytest.mark.parametrize("text, lang", [
    ("The minister met the ambassador in the capital on Monday.", "en"),  # trigrams alone say French
    ("The information of the state TV channels of the country is in the hands of the government.", "en"),
    ("Le ministre a rencontré l'ambassadeur dans la capitale lundi.", "fr"),
    ("Der Minister traf den Botschafter am Montag in der Hauptstadt.", "de"),
    ("Minister spotkał się z ambasadorem w stolicy w poniedziałek.", "pl"),
    ("Prezydent podpisał dekret.", "pl"),  # no function word: the trigrams decide
])
def test_short_texts_take_their_function_words_into_account(text, lang):
    assert detect_language(text) == lang
