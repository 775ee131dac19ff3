"""bench/slavicner: the reader (checkout and bare git), the held-out topic, sampling, and the metrics
on a tiny SlavicNER-shaped repository written here (its own sentences), with exact expected figures."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from slavicner import corpus, metrics, report  # noqa: E402
from slavicner.model import Predicted  # noqa: E402

PL_1 = "Anna Nowak przyjechała do Gdańska we wtorek. Polacy witali ją, a posłowie ludowcy milczeli.\n"
RU_1 = "Анна Новак приехала в Гданьск. Компания Аэрофлот отменила рейсы.\n"
PL_2 = "Nowak spotkała się z prezesem Aerofłotu.\n"
HELD = "Ten dokument należy do tematu wstrzymanego.\n"
DOCS = {  # raw path -> (text, [(surface, lemma, class, id)])
    "raw/topic_a/pl/a1.txt": (PL_1, [("Anna Nowak", "Anna Nowak", "PER", "PER-Anna-Nowak"),
                                     ("Gdańska", "Gdańsk", "LOC", "GPE-Gdansk"),
                                     ("Polacy", "Polacy", "PER", "GPE-Poland"),  # a demonym: left out
                                     ("ludowcy", "ludowiec", "ORG", "ORG-People-Party")]),  # lowercase: left out
    "raw/topic_b/ru/b1.txt": (RU_1, [("Анна Новак", "Анна Новак", "PER", "PER-Anna-Nowak"),
                                     ("Гданьск", "Гданьск", "LOC", "GPE-Gdansk"),
                                     ("Аэрофлот", "Аэрофлот", "ORG", "ORG-Aeroflot")]),
    "raw/topic_b/pl/b2.txt": (PL_2, [("Nowak", "Nowak", "PER", "PER-Anna-Nowak"),
                                     ("Aerofłotu", "Aerofłot", "ORG", "ORG-Aeroflot")]),
    "raw/us_election_2020/pl/h1.txt": (HELD, []),
}


def _tsv(text: str, mentions: list[tuple[str, str, str, str]]) -> str:
    lines = []
    for surface, lemma, cls, gid in mentions:
        begin = text.index(surface)
        lines.append(f"{begin}\t{begin + len(surface)}\t{surface}\t{lemma}\t{cls}\t{gid}\n")
    return "".join(lines)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("slavicner")
    for path, (text, mentions) in DOCS.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
        gold = root / corpus.gold_path(path)
        gold.parent.mkdir(parents=True, exist_ok=True)
        gold.write_text(_tsv(text, mentions), encoding="utf-8")
    (root / corpus.SPLIT).write_text("".join(f"{p}\n" for p in DOCS), encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "tiny"], check=True)
    return root


@pytest.fixture(scope="module")
def bare(checkout, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("bare") / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(checkout), str(target)], check=True)
    return target


def _documents(root: Path):
    repo = corpus.Repository(root)
    return corpus.load_documents(repo, corpus.split_paths(repo))


def test_the_bare_git_directory_reads_as_the_checkout(checkout, bare):
    assert corpus.Repository(bare).bare and not corpus.Repository(checkout).bare
    assert _documents(bare) == _documents(checkout)
    assert [d.path for d in _documents(bare)] == ["raw/topic_a/pl/a1.txt", "raw/topic_b/pl/b2.txt",
                                                  "raw/topic_b/ru/b1.txt"]


def test_the_held_out_topic_is_refused_even_when_listed_or_asked(checkout, bare):
    for root in (checkout, bare):
        with pytest.raises(corpus.HeldOutTopic, match="us_election_2020"):
            corpus.Repository(root).read("raw/us_election_2020/pl/h1.txt")
    with pytest.raises(corpus.HeldOutTopic):
        corpus.select(["raw/topic_a/pl/a1.txt"], topics={"us_election_2020"})
    import bench_slavicner

    with pytest.raises(SystemExit, match="held out"):
        bench_slavicner.main([str(bare), "--topics", "topic_a,us_election_2020"])


def test_sampling_is_stratified_over_topics_and_seeded():
    paths = [f"raw/{t}/{lang}/{t}{i}.txt" for t in ("t1", "t2", "t3") for lang in ("pl", "ru") for i in range(5)]
    first = corpus.select(paths, per_language=4, seed=3)
    assert first == corpus.select(paths, per_language=4, seed=3)
    for lang in ("pl", "ru"):
        topics = sorted(corpus.topic_and_lang(p)[0] for p in first if f"/{lang}/" in p)
        assert len(topics) == 4 and set(topics) == {"t1", "t2", "t3"}
    assert corpus.select(paths, languages={"ru"}, topics={"t2"}) == [p for p in paths if p.startswith("raw/t2/ru/")]


def test_a_gold_span_off_its_text_names_the_file(tmp_path):
    (tmp_path / "raw/t/pl").mkdir(parents=True)
    (tmp_path / "ner/t/pl").mkdir(parents=True)
    (tmp_path / "raw/t/pl/x.txt").write_text(PL_2, encoding="utf-8")
    (tmp_path / "ner/t/pl/x.tsv").write_text("1\t5\tNowa\tNowa\tPER\tPER-Nowa\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ner/t/pl/x.tsv: span 1-5 is 'owak', not 'Nowa'"):
        corpus.load_documents(corpus.Repository(tmp_path), ["raw/t/pl/x.txt"])
    (tmp_path / "ner/t/pl/x.tsv").write_text("0\t4\tNowa\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ner/t/pl/x.tsv:1: expected 6 tab-separated fields"):
        corpus.load_documents(corpus.Repository(tmp_path), ["raw/t/pl/x.txt"])


def _p(text: str, surface: str, kind: str, cluster: str, *labels: str, at: int = 0) -> Predicted:
    begin = text.index(surface, at)
    return Predicted(begin, begin + len(surface), surface, kind, cluster, frozenset(labels))


PREDICTIONS = {
    "raw/topic_a/pl/a1.txt": [
        _p(PL_1, "Anna Nowak", "PER", "E1", "Anna Nowak"),
        _p(PL_1, "Gdańska", "LOC", "E2", "Gdańsk"),
        _p(PL_1, "Polacy", "PER", "E9", "Polacy"),  # on a demonym: neither right nor wrong
        _p(PL_1, "wtorek", "EVT", "E8", "wtorek"),  # lowercase: not counted
        _p(PL_1, "Anna", "PER", "E1", "Anna Nowak"),  # a wrong span: spurious
    ],
    "raw/topic_b/ru/b1.txt": [
        _p(RU_1, "Анна Новак", "PER", "E1", "Анна Новак"),
        _p(RU_1, "Гданьск", "ORG", "E3", "Гданьск"),  # right span, wrong type, another IRI than pl's
        _p(RU_1, "Компания Аэрофлот", "ORG", "E4", "Компания Аэрофлот"),  # too long: spurious (and a miss)
    ],
    "raw/topic_b/pl/b2.txt": [
        _p(PL_2, "Nowak", "PER", "E1", "Anna Nowak"),  # the gold lemma is "Nowak": wrong lemma
        _p(PL_2, "Aerofłotu", "ORG", "E5", "Aerofłotu"),  # not lemmatised
    ],
}


def test_the_figures_on_known_gold_and_predictions(bare):
    scores = metrics.score(_documents(bare), PREDICTIONS)
    pl, ru, every = scores["pl"], scores["ru"], scores["all"]
    assert (pl.documents, pl.mentions) == (2, metrics.PRF(4, 5, 4))
    assert pl.mentions.f1 == pytest.approx(8 / 9)
    assert ru.mentions == metrics.PRF(2, 3, 3) and ru.mentions.f1 == pytest.approx(2 / 3)
    assert every.mentions == metrics.PRF(6, 8, 7) and every.mentions.f1 == pytest.approx(0.8)
    assert pl.typed == metrics.PRF(4, 5, 4) and ru.typed == metrics.PRF(1, 3, 3)
    assert every.typed.f1 == pytest.approx(2 / 3)
    assert (pl.lemma, ru.lemma, every.lemma) == (metrics.Ratio(2, 4), metrics.Ratio(2, 2), metrics.Ratio(4, 6))
    assert (pl.b3_precision, pl.b3_recall, ru.b3_f1) == (1.0, 1.0, 1.0)
    assert every.b3_precision == 1.0 and every.b3_recall == pytest.approx(5 / 6)
    assert every.b3_f1 == pytest.approx(10 / 11)
    # Anna Nowak is one IRI in pl and ru; Gdańsk two; Aeroflot is matched in pl only (not counted)
    assert every.unity == metrics.Ratio(1, 2) and pl.unity == ru.unity == metrics.Ratio(1, 2)


def test_the_confusion_table_counts_types_misses_and_spurious_spans(bare):
    scores = metrics.score(_documents(bare), PREDICTIONS)
    assert scores["pl"].confusion == {("PER", "PER"): 2, ("LOC", "LOC"): 1, ("ORG", "ORG"): 1, ("spurious", "PER"): 1}
    assert scores["ru"].confusion == {("PER", "PER"): 1, ("LOC", "ORG"): 1, ("ORG", "missed"): 1,
                                      ("spurious", "ORG"): 1}
    assert scores["all"].confusion["PER", "PER"] == 3
    text = report.confusion_table(scores["ru"], "ru")
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines()[3:]}
    # columns: PER ORG LOC EVT PRO other missed all
    assert rows["LOC"] == ["0", "1", "0", "0", "0", "0", "0", "1"]
    assert rows["ORG"] == ["0", "0", "0", "0", "0", "0", "1", "1"]
    assert rows["spurious"] == ["0", "1", "0", "0", "0", "0", "0", "1"]
    assert rows["all"] == ["1", "2", "0", "0", "0", "0", "1", "4"]


def test_b3_splits_and_merges():
    text = "Ala i Ola.\n"
    from slavicner.model import Document, GoldMention

    doc = Document("raw/t/pl/x.txt", "t", "pl", text,
                   (GoldMention(0, 3, "Ala", "Ala", "PER", "A"), GoldMention(6, 9, "Ola", "Ola", "PER", "B")))
    merged = metrics.score([doc], {doc.path: [_p(text, "Ala", "PER", "X"), _p(text, "Ola", "PER", "X")]})["all"]
    assert (merged.b3_precision, merged.b3_recall) == (0.5, 1.0)


def _lis_document(text: str, *mentions: tuple[str, str, int]):
    """A Polish document whose gold mentions (surface, lemma, search start) all name one person."""
    from slavicner.model import Document, GoldMention

    def gold(surface: str, lemma: str, at: int) -> GoldMention:
        begin = text.index(surface, at)
        return GoldMention(begin, begin + len(surface), surface, lemma, "PER", "PER-Ewa-Lis")

    return Document("raw/t/pl/x.txt", "t", "pl", text, tuple(gold(*m) for m in mentions))


def test_the_lemma_ceiling_is_the_commonest_gold_lemma_per_entity_and_language():
    text = "Ewa Lis przyszła. Lis i Ewy Lis nie ma. Pani Lis wyszła.\n"
    second, third = text.index("Lis", 10), text.index("Lis", 40)
    doc = _lis_document(text, ("Ewa Lis", "Ewa Lis", 0), ("Lis", "Lis", 10), ("Ewy Lis", "Ewa Lis", 0), ("Lis", "Lis", 40))
    # kgraph splits the surname mentions off: each entity can carry the one lemma its mentions share
    predicted = [_p(text, "Ewa Lis", "PER", "X", "Ewa Lis"), _p(text, "Lis", "PER", "Y", "Lis", at=second),
                 _p(text, "Ewy Lis", "PER", "X", "Ewa Lis"), _p(text, "Lis", "PER", "Y", "Lis", at=third)]
    split = metrics.score([doc], {doc.path: predicted})["pl"]
    assert split.lemma == split.lemma_ceiling == metrics.Ratio(4, 4)
    # the gold's one entity has two lemmas, so one label per language reaches only half of them
    assert split.lemma_ceiling_gold == metrics.Ratio(2, 4)
    merged = metrics.score([doc], {doc.path: [Predicted(p.begin, p.end, p.surface, p.kind, "X", frozenset({"Ewa Lis"}))
                                              for p in predicted]})["pl"]
    assert merged.lemma == merged.lemma_ceiling == merged.lemma_ceiling_gold == metrics.Ratio(2, 4)


def test_the_mention_lemma_is_each_phrase_own_base_form_free_of_the_ceiling():
    text = "Ewa Lis przyszła. Lis i Ewy Lis nie ma.\n"
    doc = _lis_document(text, ("Ewa Lis", "Ewa Lis", 0), ("Lis", "Lis", 10), ("Ewy Lis", "Ewa Lis", 0))
    one_entity = [(_p(text, "Ewa Lis", "PER", "X", "Ewa Lis"), "Ewa Lis"),
                  (_p(text, "Lis", "PER", "X", "Ewa Lis", at=10), "Lis"),
                  (_p(text, "Ewy Lis", "PER", "X", "Ewa Lis"), "Ewy Lis")]  # the last left in the genitive
    scores = metrics.score([doc], {doc.path: [dataclasses.replace(p, lemma=lemma) for p, lemma in one_entity]})["pl"]
    assert scores.lemma == metrics.Ratio(2, 3)  # one label for the entity: the bare surname misses it
    assert scores.mention_lemma == metrics.Ratio(2, 3)  # its own base form is right; the genitive one is not
    no_lemma = metrics.score([doc], {doc.path: [p for p, _ in one_entity]})["pl"]
    assert no_lemma.mention_lemma == metrics.Ratio(0, 3)


def test_the_entailed_lemma_counts_the_entity_alt_labels_as_its_labels():
    text = "Ewa Lis przyszła. Lis i Ewy Lis nie ma.\n"
    doc = _lis_document(text, ("Ewa Lis", "Ewa Lis", 0), ("Lis", "Lis", 10), ("Ewy Lis", "Ewa Lis", 0))
    names = frozenset({"Lis", "Ewy Lis"})  # the entity's skos:altLabels in Polish
    predicted = [_p(text, "Ewa Lis", "PER", "X", "Ewa Lis"), _p(text, "Lis", "PER", "X", "Ewa Lis", at=10),
                 _p(text, "Ewy Lis", "PER", "X", "Ewa Lis")]
    with_variants = metrics.score([doc], {doc.path: [dataclasses.replace(p, names=names) for p in predicted]})["pl"]
    assert with_variants.lemma == metrics.Ratio(2, 3)  # the one rdfs:label misses the bare surname
    assert with_variants.named_lemma == metrics.Ratio(3, 3)  # its altLabel 'Lis' carries it
    bare = metrics.score([doc], {doc.path: predicted})["pl"]
    assert bare.named_lemma == bare.lemma
