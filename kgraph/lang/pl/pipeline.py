"""Polish: spaCy's tokenizer, morfeusz2 (SGJP) morphology and proper-name tags, capitalisation."""
from __future__ import annotations


from spacy.lang.pl import Polish
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.morfeusz import WordInfo, analyse
from kgraph.nlp.lines import line_break_sentences  # noqa: F401  (registers the component)
from kgraph.nlp.spans import is_capitalised, set_entities
from kgraph.nlp.tokenizer_rules import add_shared_infixes
from kgraph.lang.pl.words import FUNCTION_CLASSES, NOMINAL_CLASSES, VERB_CLASSES, head_words
from kgraph.lang.pl.runs import name_runs
from kgraph.lang.pl.naming import label_of, normal_form, stems

__all__ = ["build", "stems"]

def _forms(token: Token) -> tuple[str, ...]:
    info = analyse(token.text)
    forms = [lemma.lower() for lemma in info.lemmas]
    if not info.known or info.label:
        forms.extend(stems(token.text))
    return tuple(dict.fromkeys(f for f in forms if f != token.lower_))


def _lemma(token: Token, info: WordInfo) -> str:
    """SGJP's first lemma, or, for a capitalised word, the one that is a head word ('Rady' → 'rada', not 'rad')."""
    if token.text[:1].isupper():
        head = next((lemma for lemma in info.lemmas if lemma.lower() in head_words()), None)
        if head is not None:
            return head
    return info.lemmas[0]


def _restore_sentence_starts(doc: Doc) -> None:
    """A capitalised word inside a sentence that SGJP reads as a function word or a verb, before a
    lowercase word, opens a sentence whose stop was lost (see FUNCTION_CLASSES)."""
    for token in doc[1:-1]:
        nxt = token.doc[token.i + 1]
        if (token.is_sent_start or not token.text[:1].isupper() or token.text.isupper()
                or not nxt.text[:1].islower()):
            continue
        classes = analyse(token.text).classes
        if classes & FUNCTION_CLASSES or classes & VERB_CLASSES and not classes & NOMINAL_CLASSES:
            token.is_sent_start = True


def _keep_initials_in_sentences(doc: Doc) -> None:
    """'A. Kowal', 'W.W. Nowak': the stop after a capital letter is an initial's, not a sentence's
    end, when the word after it is a name (SGJP knows it as one, or not at all)."""
    for token in doc[:-2]:
        nxt = doc[token.i + 2]
        if (len(token.text) == 1 and token.text.isupper() and token.text.isalpha() and not token.whitespace_
                and doc[token.i + 1].text == "." and nxt.is_sent_start and is_capitalised(nxt.text)
                and "\n" not in doc[token.i + 1].whitespace_):
            info = analyse(nxt.text)
            if info.label is not None or not info.known or len(nxt.text) == 1:
                nxt.is_sent_start = False


@Language.component("kgraph_pl_entities")
def polish_entities(doc: Doc) -> Doc:
    """Names from capitalisation and SGJP's proper-name tags."""
    _restore_sentence_starts(doc)
    _keep_initials_in_sentences(doc)
    for token in doc:
        token._.forms = _forms(token)
        info = analyse(token.text)
        # a function word is common even where SGJP also knows a surname or a town so spelt ('Tym', 'Tylko')
        token._.common = info.common and (info.label is None or bool(info.classes & FUNCTION_CLASSES))
        if info.lemmas:
            token.lemma_ = _lemma(token, info)
    spans = [Span(doc, a, b, label=label_of(Span(doc, a, b))) for a, b in name_runs(doc)]
    set_entities(doc, spans)
    known_words = {t.lower_ for ent in doc.ents for t in ent}
    for ent in doc.ents:
        ent._.normal_override = normal_form(ent, known_words)
    return doc


def build() -> Language:
    ensure_extensions()
    nlp = add_shared_infixes(Polish())
    nlp.add_pipe("kgraph_line_break_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_repair_sentence_starts")
    nlp.add_pipe("kgraph_pl_entities")
    return nlp
