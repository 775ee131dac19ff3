"""Bytes to text: BOM, strict UTF-8, a legacy code page beyond doubt, else UTF-8 with its
invalid bytes replaced (and counted, so that the reader reports them).

Nothing is normalised: the text is exactly what the bytes say (a leading BOM is consumed by
decoding), so offsets into it are stable.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

from kgraph.corpus.legacy import LEGACY_ENCODINGS, guess_legacy

__all__ = ["Decoded", "DecodeFailure", "decode_bytes", "is_blank", "MAX_DAMAGE"]

MAX_DAMAGE = 0.01  # share of replaced characters above which a file is not read at all
MIN_TOLERATED = 4  # …though a short text may always lose this many (a torn character or two)
MAX_CONTROL = 0.05  # share of control characters above which decoded "text" is binary
_BOMS: tuple[tuple[bytes, str, str], ...] = (  # UTF-32 first: its LE BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/odt)"), (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"), (b"OggS", "Ogg media"), (b"fLaC", "FLAC audio"),
    (b"\x00asm", "WebAssembly"), (b"wOFF", "web font"), (b"wOF2", "web font"),
    (b"\x00\x00\x01\x00", "icon"), (b"\x28\xb5\x2f\xfd", "zstd archive"),
)
_BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b\x85")
# the characters below a space that are not _TEXT_CONTROLS (counted by a regex: a read of an
# unchanged corpus, which incremental builds repeat, looked at every character in Python)
_CONTROL = re.compile("[" + "".join(re.escape(chr(i)) for i in range(32) if chr(i) not in _TEXT_CONTROLS) + "]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it came from, and the replacements decoding needed."""

    text: str
    encoding: str
    replaced: int = 0  # U+FFFD characters inserted for undecodable bytes
    bom: bool = False
    guessed_utf16: bool = False  # UTF-16/32 read without a byte-order mark
    legacy_language: str = ""  # read in a legacy code page, as text of this language


class DecodeFailure(Exception):
    """Bytes that are not text: ``code`` from kgraph.errors, ``fields`` for its message."""

    def __init__(self, code: str, **fields: Any) -> None:
        super().__init__(code)
        self.code = code
        self.fields = fields


def _magic(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data[:3] == b"ID3" and len(data) > 4 and data[3] in (2, 3, 4) and data[4] == 0:
        return "MP3 audio"
    return None


def _replaced(text: str, data: bytes) -> int:
    """How many U+FFFD decoding inserted (those already in the file do not count)."""
    return max(0, text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1")))


def _damaged(text: str, data: bytes, encoding: str, **flags: Any) -> Decoded:
    """Accept text decoded with replacements if the damage is small, else fail."""
    bad = _replaced(text, data)
    if bad > max(MAX_DAMAGE * len(text), MIN_TOLERATED):
        raise DecodeFailure("E017", bad=bad, total=len(text))
    return Decoded(text=text, encoding=encoding, replaced=bad, **flags)


def _check_controls(decoded: Decoded) -> Decoded:
    """Text full of control characters is binary data that happened to decode."""
    sample = decoded.text[:65_536]
    controls = len(_CONTROL.findall(sample))
    if sample and controls > MAX_CONTROL * len(sample):
        raise DecodeFailure("E016", reason=f"{controls} control characters in the first "
                                             f"{len(sample)}")
    return decoded


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 text saved without a BOM shows NUL bytes in a regular pattern."""
    sample = data[:65_536]
    half = max(len(sample) // 2, 1)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    candidates: list[str] = []
    if len(data) % 4 == 0 and sample[2::4].count(0) + sample[3::4].count(0) > 0.9 * half:
        candidates.append("utf-32-le")
    if len(data) % 4 == 0 and sample[0::4].count(0) + sample[1::4].count(0) > 0.9 * half:
        candidates.append("utf-32-be")
    if len(data) % 2 == 0 and odd > 0.4 * half and even < 0.05 * half:
        candidates.append("utf-16-le")
    if len(data) % 2 == 0 and even > 0.4 * half and odd < 0.05 * half:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in text[:4096] if c.isprintable() or c in _TEXT_CONTROLS)
        if printable >= 0.95 * len(text[:4096]):
            return Decoded(text=text, encoding=encoding, guessed_utf16=True)
    return None


def _from_bom(data: bytes) -> Decoded | None:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return Decoded(text=body.decode(name), encoding=codec, bom=True)
            except UnicodeDecodeError:
                return _damaged(body.decode(name, errors="replace"), body, codec, bom=True)
    return None


def _nonascii_count(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _stray_bytes(text: str) -> bool:
    """A code page explains only a word or two of an otherwise ASCII text: more likely a few
    damaged bytes in UTF-8 ('… to Calais. ÿþÃ The weather …') than a Russian or Polish text."""
    words = text.split()
    foreign = sum(1 for word in words if _nonascii_count(word))
    return len(words) >= 12 and foreign <= 2 and foreign / len(words) < 0.1


def _decode(data: bytes) -> Decoded:
    if (found := _from_bom(data)) is not None:
        return found
    if (kind := _magic(data)) is not None:
        raise DecodeFailure("E016", reason=f"starts like a {kind}")
    if b"\x00" in data[:65_536]:
        if (found := _utf16_without_bom(data)) is not None:
            return found
        raise DecodeFailure("E016", reason="contains NUL bytes")
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", errors="replace")
    bad = _replaced(lossy, data)
    valid_multibyte = _nonascii_count(lossy) - lossy.count("\ufffd")
    if valid_multibyte <= bad:  # not UTF-8 with a few bad bytes: try the legacy code pages
        guess = guess_legacy(data)
        if guess is not None:
            text = data.decode(LEGACY_ENCODINGS[guess.encoding])  # the whole file decodes cleanly
            if not _stray_bytes(text):
                return Decoded(text=text, encoding=guess.encoding, legacy_language=guess.language)
    return _damaged(lossy, data, "utf-8")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes or raise ``DecodeFailure`` (E016 not text, E017 undecodable)."""
    return _check_controls(_decode(data))


def is_blank(text: str) -> bool:
    """True when ``text`` holds only whitespace and invisible format characters (ZWSP, BOM)."""
    return _BLANK.fullmatch(text) is not None
