"""Parsing a mention's name into keyed tokens, initials and acronym letters."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kgraph.lang import language_data
from kgraph.translit import orthography, to_latin, word_key

__all__ = ["ParsedName", "parse_name", "is_acronym", "spells_acronym", "stem", "deep_stem", "derived_bases"]

_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.)+$")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_PLAIN = re.compile(r"[\u0400-\u052fąćęłńóśźżčšžřěůýŕĺľť]|\.", re.IGNORECASE)
# keys of patronymics and of Turkic "son of"/"daughter of" suffixes and particles
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|uli|ulu|kizi)$")
_PARTICLES = frozenset({"uli", "ulu", "kizi", "oglu", "ogli"})
# case endings of Slavic declension as they come out of word_key (y is i there), longest first:
# what an inflected form not brought to its base form may carry (Lenfilmu, Известиям, Moskwy,
# the Czech dative and genitive of a foreign name: Garnierovi, Laurího)
_CASE_ENDINGS = ("ovi", "evi", "iho", "ami", "iami", "iam", "iakh", "iah", "akh", "ah", "ego", "ogo", "emu", "omu", "ach", "om", "em", "im", "am",
                 "ia", "ii", "iu", "ie", "oi", "ei", "ou", "a", "e", "i", "o", "u")
_ENDINGS_BY_LENGTH = tuple(sorted(_CASE_ENDINGS, key=len, reverse=True))
_MIN_STEM = 3


@dataclass(frozen=True)
class ParsedName:
    """A name as tokens of :func:`~kgraph.translit.word_key`, in written order.

    ``tokens`` are the full words (patronymics and particles dropped when the name has three or
    more words), ``initials`` the first key letter of each abbreviated word (``N.``), ``letters``
    the first letter of each written word with a flag telling whether an acronym may skip it.
    """

    key: str
    tokens: tuple[str, ...]
    initials: tuple[str, ...]
    acronym: bool
    letters: tuple[tuple[str, bool], ...]
    patronymic: bool
    plain: tuple[str, ...] = ()  # tokens read as English spelling (Latin names in any language)

    @property
    def stems(self) -> tuple[str, ...]:
        """The tokens without a case ending: where inflected forms of one name meet."""
        return tuple(stem(t) for t in self.tokens)

    @property
    def identity(self) -> tuple[str, ...]:
        """Order-free identity of a full name (``Ivan Petrov`` = ``Petrov Ivan``)."""
        return tuple(sorted(self.tokens))

    @property
    def full(self) -> bool:
        """At least two full words and no initials."""
        return len(self.tokens) >= 2 and not self.initials

    @property
    def surname(self) -> str:
        return self.tokens[-1] if self.tokens else ""


@functools.lru_cache(maxsize=1 << 18)
def stem(token: str) -> str:
    """A keyed token without its case ending (``trumpa`` → ``trump``), keeping three letters."""
    if token.isdigit():
        return token
    for ending in _ENDINGS_BY_LENGTH:
        if token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM:
            return token[: -len(ending)]
    return token


@functools.lru_cache(maxsize=1 << 18)
def deep_stem(token: str) -> str:
    """:func:`stem` twice: where a base form and an inflected one meet when the base form itself
    ends like a case ending ('hadim' and 'hadima', 'kadri' and 'kadriego', 'kadriho': one cut of
    the longest ending leaves 'had', 'hadim'; 'kadr', 'kadri')."""
    return stem(stem(token))


@functools.lru_cache(maxsize=64)
def _derived_endings(lang: str) -> tuple[str, ...]:
    """The keys of ``lang``'s derived endings (names.json), longest first."""
    keys = {word_key(e, lang) for e in language_data(lang).names.derived_endings}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


_CONSONANT_PAIR = re.compile(r"[^aeiou][^aeiou]$")


@functools.lru_cache(maxsize=1 << 16)
def derived_bases(token: str, lang: str) -> tuple[str, ...]:
    """The surname keys a derived form may come from: Czech and Slovak make a woman's surname
    and a possessive adjective of it ('Grayová', 'Kastův'), Slovene the same with '-ova/-eva'
    ('Grayeva', 'Heblova', 'Nordairovih'); a Slovene stem may have lost a fleeting e ('Hebl-'
    of 'Hebel') or gained a j ('Carter-j-eva'), and a key the glide before 'e' after a vowel
    ('graeva' of 'Grayeva', 'grai' of 'Gray'), so those forms are bases too. Empty where the
    language has no such endings."""
    for ending in _derived_endings(lang):
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            base = token[: -len(ending)]
            if base[-1] == "i" and len(base) > _MIN_STEM:
                return (base, base[:-1])
            if base[-1] in "aeiou":
                return (base, base + "i") if len(base) >= _MIN_STEM else (base + "i",)
            fleeting = (base[:-1] + "e" + base[-1],) if _CONSONANT_PAIR.search(base) else ()
            return (base, *fleeting) if len(base) >= _MIN_STEM else ()
    return ()


_ACRONYM_MAX = 8  # letters


def is_acronym(text: str) -> bool:
    """``NATO``, ``ОДКБ``, ``OSCE``: one word, two to eight letters, all upper case."""
    word = text.strip()
    letters = "".join(_LETTERS.findall(word))
    return 2 <= len(letters) <= _ACRONYM_MAX and " " not in word and letters.isupper()


def _drop_patronymic(tokens: list[str]) -> tuple[list[str], bool]:
    if len(tokens) < 3:
        return tokens, False
    kept = [t for t in tokens if t not in _PARTICLES]
    if len(kept) < len(tokens):
        return kept, True
    if _PATRONYMIC.search(tokens[1]):
        return tokens[:1] + tokens[2:], True
    if len(tokens) == 3 and _PATRONYMIC.search(tokens[2]):
        return tokens[:2], True
    return tokens, False


def _letters(raw_words: list[str]) -> tuple[tuple[str, bool], ...]:
    out = []
    for word in raw_words:
        letters = "".join(_LETTERS.findall(word))
        if letters:
            out.append((letters[0].casefold(), letters[0].islower() and len(letters) <= 3))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 18)
def parse_name(name: str, lang: str | None = None, acronym: bool = False) -> ParsedName:
    """Parse ``name`` (a normal form) into keyed tokens; ``acronym`` when the surface is one."""
    tokens: list[str] = []
    initials: list[str] = []
    words: list[str] = []
    lang = orthography(name, lang)
    for piece in name.split():
        if _INITIALS.match(piece) or (len(piece) == 1 and piece.isupper()):
            for letter in piece.rstrip(".").split("."):
                key = word_key(letter, lang)
                if key:
                    initials.append(key[0])
            continue
        for word in piece.split("-"):
            words.append(word)
            key = word_key(word, lang)
            if key:
                tokens.append(key)
    kept, patronymic = _drop_patronymic(tokens)
    return ParsedName(
        key=" ".join(tokens), tokens=tuple(kept), initials=tuple(initials),
        acronym=acronym, letters=_letters(words), patronymic=patronymic, plain=_plain(name, kept),
    )


def _plain(name: str, tokens: list[str]) -> tuple[str, ...]:
    """A Latin name with no letter of its own orthography, read as English spells it (``BioNTech``
    in a Polish text as in a Russian one); empty when that is the key itself or not Latin."""
    if _NOT_PLAIN.search(name):
        return ()
    plain, _ = _drop_patronymic([k for piece in name.split() for w in piece.split("-") if (k := word_key(w, "en"))])
    return tuple(plain) if plain != tokens and len(plain) == len(tokens) else ()


def _spells(acronym: str, letters: tuple[tuple[str, bool], ...]) -> bool:
    """Whether ``acronym`` is the word initials, optional (short lower-case) words skippable."""
    states = {0}
    for letter, optional in letters:
        nxt = {i + 1 for i in states if i < len(acronym) and acronym[i] == letter}
        states = nxt | states if optional else nxt
        if not states:
            return False
    return len(acronym) in states


def _acronym_forms(acronym_text: str) -> tuple[str, str]:
    """An acronym's letters, in its script and in Latin."""
    acro = "".join(_LETTERS.findall(acronym_text)).casefold()
    return acro, "".join(to_latin(c)[:1] for c in acro).casefold()


def _name_words(name: str) -> list[str]:
    return [w for piece in name.split() for w in piece.split("-")]


@functools.lru_cache(maxsize=1 << 16)
def spells_acronym(acronym_text: str, name: str) -> bool:
    """Whether the initials of ``name`` spell ``acronym_text``, in its script or in Latin."""
    acro, acro_latin = _acronym_forms(acronym_text)
    words = _name_words(name)
    if len(acro) < 2 or len(words) < 2:
        return False
    if _spells(acro, _letters(words)):
        return True
    return _spells(acro_latin, _letters([to_latin(w) for w in words]))


def acronym_spelling_keys(acronym_text: str) -> tuple[str, ...]:
    """What :func:`spells_acronym` compares of an acronym: its letters in its script ("n:") and
    in Latin ("l:"); :func:`spelled_keys` of every name it spells holds one of them."""
    acro, acro_latin = _acronym_forms(acronym_text)
    return ("n:" + acro, "l:" + acro_latin) if len(acro) >= 2 else ()


_SPELLED_MAX = 3 * _ACRONYM_MAX  # an acronym's letters, case-folded ('ẞ' is 'ss')
SPELLINGS_MAX = 256  # a name with more initials' spellings (skippable words) keys as any acronym's ("*")


def spelled_keys(name: str) -> tuple[str, ...]:
    """Every :func:`acronym_spelling_keys` key of an acronym that ``name``'s initials may spell
    (:func:`spells_acronym`), or ``("*",)`` when there are over SPELLINGS_MAX of them."""
    words = _name_words(name)
    if len(words) < 2:
        return ()
    out: set[str] = set()
    for prefix, letters in (("n:", _letters(words)), ("l:", _letters([to_latin(w) for w in words]))):
        found = {""}
        for letter, optional in letters:
            longer = {s + letter for s in found if len(s) < _SPELLED_MAX}  # no acronym is longer
            found = longer | found if optional else longer
            if len(found) > SPELLINGS_MAX:
                return ("*",)
        out.update(prefix + s for s in found if len(s) >= 2)
    return tuple(sorted(out))
