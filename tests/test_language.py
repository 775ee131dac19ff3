"""Language detection on short paragraphs written for these tests."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.corpus.decode import DecodeFailure, decode_bytes

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


def test_long_text_of_one_repeated_sentence() -> None:
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


# Sentences written for these tests: a council's budget, a night of floods.
SHORT: dict[str, str] = {  # one line of news, 60-150 characters
    "en": "The city council approved a new budget for public transport on Tuesday evening.",
    "ru": "Городской совет во вторник вечером утвердил новый бюджет общественного транспорта.",
    "pl": "Rada miejska we wtorek wieczorem zatwierdziła nowy budżet transportu publicznego.",
    "uk": "Міська рада у вівторок увечері затвердила новий бюджет громадського транспорту.",
    "be": "Гарадская рада ў аўторак увечары зацвердзіла новы бюджэт грамадскага транспарту.",
    "bg": "Общинският съвет одобри във вторник вечерта нов бюджет за обществения транспорт.",
    "sr": "Градско веће је у уторак увече усвојило нови буџет за јавни превоз у граду.",
    "mk": "Градскиот совет во вторникот навечер усвои нов буџет за јавниот превоз.",
    "kk": "Қалалық кеңес сейсенбі күні кешке қоғамдық көлікке арналған жаңа бюджетті бекітті.",
    "cs": "Městská rada v úterý večer schválila nový rozpočet na veřejnou dopravu.",
    "sk": "Mestské zastupiteľstvo v utorok večer schválilo nový rozpočet na verejnú dopravu.",
    "sl": "Mestni svet je v torek zvečer potrdil nov proračun za javni prevoz.",
    "hr": "Gradsko vijeće u utorak je navečer usvojilo novi proračun za javni prijevoz.",
    "lt": "Miesto taryba antradienio vakarą patvirtino naują viešojo transporto biudžetą.",
    "lv": "Pilsētas dome otrdienas vakarā apstiprināja jaunu sabiedriskā transporta budžetu.",
    "et": "Linnavolikogu kinnitas teisipäeva õhtul ühistranspordi uue eelarve.",
    "ro": "Consiliul local a aprobat marți seara un nou buget pentru transportul public.",
    "ka": "ქალაქის საბჭომ სამშაბათს საღამოს საზოგადოებრივი ტრანსპორტის ახალი ბიუჯეტი დაამტკიცა.",
    "hy": "Քաղաքային խորհուրդը երեքշաբթի երեկոյան հաստատեց հասարակական տրանսպորտի նոր բյուջեն։",
    "de": "Der Stadtrat hat am Dienstagabend einen neuen Haushalt für den öffentlichen Nahverkehr beschlossen.",
    "fr": "Le conseil municipal a approuvé mardi soir un nouveau budget pour les transports publics.",
    "es": "El ayuntamiento aprobó el martes por la noche un nuevo presupuesto para el transporte público.",
    "it": "Il consiglio comunale ha approvato martedì sera un nuovo bilancio per il trasporto pubblico.",
    "tr": "Belediye meclisi salı akşamı toplu taşıma için yeni bütçeyi onayladı.",
    "hu": "A városi tanács kedd este elfogadta a tömegközlekedés új költségvetését.",
    "sq": "Këshilli bashkiak miratoi të martën në mbrëmje një buxhet të ri për transportin publik.",
}
PARAGRAPHS: dict[str, str] = {  # the same languages, a short news paragraph
    "en": "Heavy rain flooded several villages in the north of the country overnight. Rescue teams evacuated more than two hundred residents, and the main road to the regional hospital remains closed. The authorities expect the water to recede by the end of the week.",
    "ru": "Ночью сильный дождь затопил несколько сёл на севере страны. Спасатели эвакуировали более двухсот жителей, а главная дорога к областной больнице по-прежнему закрыта. Власти ожидают, что вода спадёт к концу недели.",
    "pl": "W nocy ulewny deszcz zalał kilka wsi na północy kraju. Ratownicy ewakuowali ponad dwustu mieszkańców, a główna droga do szpitala wojewódzkiego wciąż jest zamknięta. Władze spodziewają się, że woda opadnie do końca tygodnia.",
    "uk": "Уночі сильна злива затопила кілька сіл на півночі країни. Рятувальники евакуювали понад двісті мешканців, а головна дорога до обласної лікарні досі закрита. Влада очікує, що вода спаде до кінця тижня.",
    "be": "Уначы моцны дождж затапіў некалькі вёсак на поўначы краіны. Ратавальнікі эвакуявалі больш за дзвесце жыхароў, а галоўная дарога да абласной бальніцы дагэтуль зачыненая. Улады чакаюць, што вада спадзе да канца тыдня.",
    "bg": "През нощта проливен дъжд наводни няколко села в северната част на страната. Спасителите евакуираха над двеста жители, а главният път към областната болница все още е затворен. Властите очакват водата да се оттегли до края на седмицата.",
    "sr": "Током ноћи јака киша поплавила је неколико села на северу земље. Спасиоци су евакуисали више од двеста становника, а главни пут до регионалне болнице и даље је затворен. Власти очекују да ће се вода повући до краја недеље.",
    "mk": "Во текот на ноќта силен дожд поплави неколку села на северот од земјата. Спасувачите евакуираа повеќе од двесте жители, а главниот пат до регионалната болница сè уште е затворен. Властите очекуваат водата да се повлече до крајот на неделата.",
    "kk": "Түнде қатты жаңбыр елдің солтүстігіндегі бірнеше ауылды су басты. Құтқарушылар екі жүзден астам тұрғынды эвакуациялады, ал облыстық ауруханаға апаратын басты жол әлі де жабық. Билік су апта соңына дейін қайтады деп күтуде.",
    "cs": "V noci zaplavil silný déšť několik vesnic na severu země. Záchranáři evakuovali přes dvě stě obyvatel a hlavní silnice do krajské nemocnice je stále uzavřená. Úřady očekávají, že voda do konce týdne opadne.",
    "sk": "V noci zaplavil silný dážď niekoľko dedín na severe krajiny. Záchranári evakuovali viac ako dvesto obyvateľov a hlavná cesta do krajskej nemocnice je stále uzavretá. Úrady očakávajú, že voda do konca týždňa opadne.",
    "sl": "Ponoči je močan dež poplavil več vasi na severu države. Reševalci so evakuirali več kot dvesto prebivalcev, glavna cesta do regionalne bolnišnice pa je še vedno zaprta. Oblasti pričakujejo, da se bo voda do konca tedna umaknila.",
    "hr": "Tijekom noći jaka kiša poplavila je nekoliko sela na sjeveru zemlje. Spasioci su evakuirali više od dvjesto stanovnika, a glavna cesta do regionalne bolnice i dalje je zatvorena. Vlasti očekuju da će se voda povući do kraja tjedna.",
    "lt": "Naktį smarki liūtis užliejo kelis kaimus šalies šiaurėje. Gelbėtojai evakavo daugiau nei du šimtus gyventojų, o pagrindinis kelias į regiono ligoninę vis dar uždarytas. Valdžia tikisi, kad vanduo nuslūgs iki savaitės pabaigos.",
    "lv": "Naktī spēcīgs lietus appludināja vairākus ciemus valsts ziemeļos. Glābēji evakuēja vairāk nekā divsimt iedzīvotāju, un galvenais ceļš uz reģionālo slimnīcu joprojām ir slēgts. Varas iestādes sagaida, ka ūdens atkāpsies līdz nedēļas beigām.",
    "et": "Öösel ujutas tugev vihm üle mitu küla riigi põhjaosas. Päästjad evakueerisid üle kahesaja elaniku ning peamine tee piirkonnahaiglasse on endiselt suletud. Võimud ootavad, et vesi taandub nädala lõpuks.",
    "ro": "Ploile puternice au inundat peste noapte mai multe sate din nordul țării. Salvatorii au evacuat peste două sute de locuitori, iar drumul principal spre spitalul regional rămâne închis. Autoritățile se așteaptă ca apa să se retragă până la sfârșitul săptămânii.",
    "ka": "ღამით ძლიერმა წვიმამ ქვეყნის ჩრდილოეთში რამდენიმე სოფელი დატბორა. მაშველებმა ორასზე მეტი მცხოვრები გამოიყვანეს, ხოლო რეგიონულ საავადმყოფომდე მთავარი გზა კვლავ დაკეტილია.",
    "hy": "Գիշերը հորդառատ անձրևը ողողեց երկրի հյուսիսում գտնվող մի քանի գյուղ։ Փրկարարները տարհանեցին ավելի քան երկու հարյուր բնակչի, իսկ դեպի մարզային հիվանդանոց տանող գլխավոր ճանապարհը դեռ փակ է։",
    "de": "In der Nacht hat starker Regen mehrere Dörfer im Norden des Landes überflutet. Rettungskräfte brachten mehr als zweihundert Bewohner in Sicherheit, und die Hauptstraße zum Kreiskrankenhaus bleibt gesperrt. Die Behörden erwarten, dass das Wasser bis zum Ende der Woche zurückgeht.",
    "fr": "Pendant la nuit, de fortes pluies ont inondé plusieurs villages du nord du pays. Les secours ont évacué plus de deux cents habitants, et la route principale vers l'hôpital régional reste fermée. Les autorités s'attendent à ce que l'eau se retire d'ici la fin de la semaine.",
    "es": "Durante la noche, las fuertes lluvias inundaron varios pueblos del norte del país. Los equipos de rescate evacuaron a más de doscientos vecinos y la carretera principal hacia el hospital regional sigue cortada.",
    "it": "Durante la notte piogge intense hanno allagato diversi paesi nel nord del paese. I soccorritori hanno evacuato più di duecento abitanti e la strada principale verso l'ospedale regionale resta chiusa.",
    "tr": "Gece boyunca şiddetli yağmur ülkenin kuzeyindeki birkaç köyü sular altında bıraktı. Kurtarma ekipleri iki yüzden fazla kişiyi tahliye etti ve bölge hastanesine giden ana yol hâlâ kapalı.",
    "hu": "Az éjszaka heves esőzés öntött el több falut az ország északi részén. A mentők több mint kétszáz lakost evakuáltak, a megyei kórházhoz vezető főút pedig továbbra is le van zárva.",
    "sq": "Gjatë natës shirat e dendur përmbytën disa fshatra në veri të vendit. Shpëtuesit evakuuan më shumë se dyqind banorë, ndërsa rruga kryesore drejt spitalit rajonal mbetet e mbyllur.",
}


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_news_sentence(lang: str) -> None:
    assert 60 <= len(SHORT[lang]) <= 150
    if lang == "hr":  # lingua's trigrams hardly tell a Croatian sentence from Bosnian
        assert detect_language(SHORT[lang]) in ("hr", "bs")
    else:
        assert detect_language(SHORT[lang]) == lang


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_news_paragraph(lang: str) -> None:
    assert detect_language(PARAGRAPHS[lang]) == lang


@pytest.mark.parametrize("lang", ["bg", "sl", "sk", "mk", "be", "uk", "lt", "et"])
def test_one_sentence_repeated_fifty_times(lang: str) -> None:
    assert detect_language(" ".join([SHORT[lang]] * 50)) == lang
    assert detect_language("\n".join([SHORT[lang]] * 50)) == lang


def test_headline_in_english_body_in_polish() -> None:
    text = "Floods close the road to the regional hospital\n\n" + PARAGRAPHS["pl"]
    assert detect_language(text) == "pl"


def test_headline_in_polish_body_in_english() -> None:
    text = "Powódź zamyka drogę do szpitala\n" + PARAGRAPHS["en"]
    assert detect_language(text) == "en"


def test_long_first_paragraph_is_not_a_headline() -> None:
    text = PARAGRAPHS["de"] + "\n" + SHORT["fr"]
    assert detect_language(text) == "de"


def _long_english() -> str:
    parts = ["The regional government published its annual report on Monday morning.",
             "Farmers in the eastern districts say the harvest was smaller than expected.",
             "Prices for bread and milk rose by almost a tenth over the summer months.",
             "The opposition called for an inquiry into the spending of the road agency.",
             "Teachers in three cities went on strike over pay and working hours.",
             "A new bridge across the river is due to open before the winter."]
    return " ".join(f"{part[:-1]}, officials said on day {i}." for i in range(400) for part in parts)


def test_long_english_text() -> None:
    text = _long_english()
    assert len(text) > 150_000
    assert detect_language(text) == "en"


def test_long_text_takes_the_majority_of_its_chunks() -> None:
    """A Russian quotation at the start of an English report does not make it Russian."""
    text = PARAGRAPHS["ru"] + "\n\n" + _long_english()[:20_000]
    assert detect_language(text) == "en"
    assert detect_language(_long_english()[:20_000] + "\n\n" + PARAGRAPHS["ru"]) == "en"


@pytest.mark.parametrize("text", [
    "Prime Minister Mateusz Wiśniewski met Oleksandr Hrytsenko and Jiří Dvořák in Brussels on Thursday.",
    "Talks between Ljubljana, Zagreb and Bratislava resumed after Ministers Šimunović and Kováčová arrived.",
    "The new café opened next to the station, and the mayor came to greet the first guests on Sunday.",
])
def test_english_sentence_with_foreign_names(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, declared, lang", [
    (PARAGRAPHS["sk"], "sk", "sk"),  # agreeing
    (SHORT["hr"], "hr", "hr"),  # a short text close to another language: the metadata decides
    (SHORT["sl"], "hr", "hr"),
    (SHORT["pl"], "pl-PL", "pl"),  # a language tag: its primary subtag
    (SHORT["en"], "EN_gb", "en"),
    ("Ok.", "de", "de"),  # too little text to contradict anything
    (PARAGRAPHS["ru"], "en", "ru"),  # another script
    (PARAGRAPHS["ka"], "ru", "ka"),
    (PARAGRAPHS["fr"], "de", "fr"),  # enough text, lingua sure of another language
    (PARAGRAPHS["lv"], "pl", "lv"),
    (PARAGRAPHS["en"], "not a language", "en"),  # not an ISO 639-1 code: ignored
    (PARAGRAPHS["en"], "", "en"),
])
def test_declared_language(text: str, declared: str, lang: str) -> None:
    assert detect_language(text, declared=declared) == lang


def test_declared_language_the_text_does_not_contradict_is_kept() -> None:
    """A language kgraph has no model for is trusted: nothing can contradict it but the script."""
    assert detect_language(PARAGRAPHS["en"], declared="ga") == "ga"
    assert detect_language(PARAGRAPHS["ru"], declared="el") == "ru"


def test_same_answer_in_every_process() -> None:
    texts = [SHORT["hr"], SHORT["sl"], SHORT["bg"], " ".join(SHORT.values()), PARAGRAPHS["mk"][:70]]
    code = ("import json, sys\nfrom kgraph.language import detect_language\n"
            "print(json.dumps([detect_language(t) for t in json.load(sys.stdin)]))\n")
    import json

    answers = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), env=env,
                             capture_output=True, text=True, check=True)
        answers.add(out.stdout)
    assert len(answers) == 1
    assert json.loads(answers.pop()) == [detect_language(t) for t in texts]


_ANSWERS = frozenset(language.LANGUAGES) | frozenset(language.SCRIPT_LANGUAGE.values()) | {"und"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([None, "en", "pl", "ru", "bg-BG", "x", ""]))
def test_random_bytes_decoded_then_detected(data: bytes, declared: str | None) -> None:
    try:
        text = decode_bytes(data).text
    except DecodeFailure:
        return
    first = detect_language(text, declared=declared)
    assert first == detect_language(text, declared=declared)
    assert first in _ANSWERS or first == (declared or "").split("-")[0].lower()
    assert 0.0 <= language_confidence(text) <= 1.0


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "cp1251", "cp1250", "utf-16"]))
def test_random_text_in_an_encoding_decoded_then_detected(text: str, codec: str) -> None:
    try:
        decoded = decode_bytes(text.encode(codec, errors="ignore")).text
    except DecodeFailure:
        return
    assert detect_language(decoded) == detect_language(decoded) in _ANSWERS


class _Value:
    def __init__(self, code: str, value: float) -> None:
        from lingua import IsoCode639_1, Language

        self.language = Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
        self.value = value


class _Detector:
    """lingua's answer as another machine might compute it: equal but for the last bits."""

    def __init__(self, values: list[tuple[str, float]]) -> None:
        self.values = [_Value(code, value) for code, value in values]

    def compute_language_confidence_values(self, text: str) -> list[_Value]:
        return self.values


@pytest.mark.parametrize("order", [[("uk", 0.5 + 1e-13), ("ru", 0.5)], [("ru", 0.5), ("uk", 0.5 + 1e-13)]])
def test_confidences_equal_but_for_the_last_bits_rank_the_same_on_every_machine(monkeypatch, order) -> None:
    monkeypatch.setattr(language, "_detector", _Detector(order))
    ranked = language._confidences("Вона сказала що це так", "CYRILLIC")
    assert [code for code, _ in ranked[:2]] == ["ru", "uk"] and ranked[0][1] == ranked[1][1] == 0.5


def test_the_chunks_after_a_settled_majority_are_not_read(monkeypatch) -> None:
    """A long text is read chunk by chunk; once one language holds more votes than the rest could
    still overturn, the chunks left are not given to lingua (the answer cannot change)."""
    polish = "".join(f"Rano było zimno, a {n} pociągów nad morze znowu się spóźniło o godzinę. " for n in range(50))
    czech = "".join(f"Ráno byla zima a {n} vlaků k moři se opět zpozdilo o hodinu, řekl mluvčí. " for n in range(16))
    read: list[str] = []
    original = language._confidences
    monkeypatch.setattr(language, "_confidences", lambda words, script: read.append(words) or original(words, script))
    assert len(language._chunks(language._distinct_sentences(language._body(polish + czech)))) == 6
    assert detect_language(polish + czech) == "pl"
    assert len(read) == 4  # four Polish chunks of six settle it: the two Czech ones are not read
    read.clear()
    assert detect_language(czech + polish) == "pl"
    assert len(read) == 6  # the Czech chunks first: the last one is needed too
