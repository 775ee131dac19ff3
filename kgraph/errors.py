"""Every error and warning code of kgraph, in one table.

A code names one kind of trouble; its template says what happened *and what to do*. Templates
are ``str.format`` strings; ``{name}`` (the file or folder name) is in every template that is
about a file, so that each message names it.

Code ranges, one per stage (stages add their own rows to ``ERRORS`` in their range):

* ``E001``–``E099`` / ``W001``–``W099``: ingestion (corpus reading, decoding, language)
* ``E100``–``E199`` / ``W100``–``W199``: language pipelines and mentions
* ``E200``–``E299`` / ``W200``–``W299``: entities and linking
* ``E300``–``E399`` / ``W300``–``W399``: facts, events, claims
* ``E400``–``E499`` / ``W400``–``W499``: graph, store and exports
* ``E900``–``E999``: command line and configuration

``E`` codes mean the thing was skipped (or the run cannot go on); ``W`` codes mean it was used,
with the caveat the message gives.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgraph.model import Problem

__all__ = [
    "ErrorCode",
    "ERRORS",
    "KgraphError",
    "CorpusError",
    "format_message",
    "make_problem",
    "printable",
]


@dataclass(frozen=True)
class ErrorCode:
    """One row of the error table."""

    code: str
    title: str  # short, stable, lower-case: for logs and summaries
    template: str  # what happened and what to do; ``str.format`` fields

    @property
    def is_warning(self) -> bool:
        """True for ``W`` codes: the input was used despite the problem."""
        return self.code.startswith("W")


_ROWS: tuple[ErrorCode, ...] = (
    # --- ingestion: the corpus as a whole -------------------------------------------------
    ErrorCode("E001", "not found",
              "{name}: no such file or folder ({path}); check the path you gave."),
    ErrorCode("E002", "empty corpus",
              "{name}: no readable *.txt files found under {path}; put the articles there "
              "as UTF-8 .txt files (one article per file)."),
    ErrorCode("E003", "folder unreadable",
              "{name}: cannot list folder ({reason}); fix its permissions (chmod +rx) or remove it."),
    ErrorCode("E004", "folder loop",
              "{name}: symbolic link to a folder already read ({target}); not followed. "
              "Remove the link if it is not meant to be there."),
    # --- ingestion: one file ---------------------------------------------------------------
    ErrorCode("E010", "unreadable",
              "{name}: cannot read file ({reason}); fix its permissions (chmod +r) or remove it."),
    ErrorCode("E011", "broken symlink",
              "{name}: symbolic link points to a missing file ({target}); fix or remove the link."),
    ErrorCode("E012", "symlink loop",
              "{name}: symbolic links form a loop; remove or fix the link."),
    ErrorCode("E013", "not a regular file",
              "{name}: is a {kind}, not a regular file; only plain .txt files are read."),
    ErrorCode("E014", "too large",
              "{name}: file is {size:,} bytes, over the size limit of {limit:,} bytes; split it "
              "into articles or raise the limit (max_bytes)."),
    ErrorCode("E015", "empty",
              "{name}: file is empty or holds only whitespace; add the article text or remove it."),
    ErrorCode("E016", "not text",
              "{name}: not a text file ({reason}); remove it or rename it to a non-.txt name."),
    ErrorCode("E017", "undecodable",
              "{name}: not valid UTF-8 and no known legacy encoding fits ({bad} of {total} "
              "characters undecodable); re-save it as UTF-8."),
    ErrorCode("E018", "duplicate content",
              "{name}: same text as {first}; skipped. Remove one of the two copies."),
    # --- ingestion: read, with a caveat ----------------------------------------------------
    ErrorCode("W030", "damaged utf-8",
              "{name}: {bad} invalid byte sequence(s) in UTF-8 text replaced with U+FFFD; "
              "re-save the file as UTF-8 to get the original characters."),
    ErrorCode("W031", "html converted",
              "{name}: looks like HTML saved as .txt; converted to plain text (scripts and styles "
              "dropped). Save the article text instead of the page for exact offsets."),
    ErrorCode("W032", "duplicate id",
              "{name}: file name (stem {stem!r}) is also used by {other}; article id set to "
              "{article_id!r}. Rename one of the files for a stable id."),
    ErrorCode("W033", "bad date marker",
              "{name}: date marker {marker!r} is not a valid date; article has no date. Fix the "
              "date (YYYY-MM-DD or YYYY-MM)."),
    ErrorCode("W034", "language undetermined",
              "{name}: too little text to tell the language; language set to 'und'."),
    ErrorCode("W035", "utf-16 without bom",
              "{name}: read as {encoding} without a byte-order mark; re-save it as UTF-8."),
    ErrorCode("W036", "file name not utf-8",
              "{name}: file name is not valid UTF-8; article id set to {article_id!r}. Rename "
              "the file."),
    ErrorCode("W040", "legacy code page",
              "{name}: not valid UTF-8; read as {encoding}, in which the whole file decodes cleanly "
              "to {lang} text. Re-save it as UTF-8 if that is not its encoding."),
    # --- language pipelines and extraction: one article ------------------------------------
    ErrorCode("E100", "language pipeline failed",
              "{name}: the {lang} language pipeline failed on this article ({reason}); article "
              "skipped. Please report this with the file attached."),
    ErrorCode("W101", "read in pieces",
              "{name}: article is {chars:,} characters, over the {lang} language pipeline's "
              "limit of {limit:,}; read in pieces cut at paragraph or sentence breaks (a name or "
              "fact across a cut may be missed). Split it into articles if it is several."),
    ErrorCode("E110", "extraction failed",
              "{name}: extracting names and facts failed ({reason}); article skipped. Please "
              "report this with the file attached."),
    # --- exports -----------------------------------------------------------------------------
    ErrorCode("E400", "cannot write output",
              "{name}: cannot write the build there ({reason}); check that the folder is "
              "writable and the disk has room, then build again (each output file is whole: "
              "the previous build's or this one's)."),
    ErrorCode("E401", "output folder busy",
              "{name}: another kgraph build (process {holder}) is writing into this folder; this "
              "build stopped after waiting {waited} s and changed nothing. Wait for that build to "
              "finish (or give --wait SECONDS), or build into another --out."),
)

ERRORS: dict[str, ErrorCode] = {row.code: row for row in _ROWS}


class _Defaults(dict[str, Any]):
    """Format mapping that shows a missing field as ``?`` instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def format_message(code: str, **fields: Any) -> str:
    """The message for ``code`` with ``fields`` filled in (missing fields show as ``?``)."""
    row = ERRORS[code]
    try:
        return row.template.format_map(_Defaults(fields))
    except (ValueError, TypeError):  # e.g. a ``:,`` format on a missing field
        return f"{fields.get('name', '?')}: {row.title} ({fields})"


def printable(name: str | Path) -> str:
    """``name`` as valid UTF-8 text: undecodable file-name bytes become U+FFFD."""
    text = str(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def make_problem(code: str, path: Path, *, skipped: bool | None = None, **fields: Any) -> Problem:
    """A ``Problem`` for ``path``; ``skipped`` defaults to ``not`` warning."""
    fields["name"] = printable(fields.get("name") or path.name or str(path))
    fields["path"] = printable(fields.get("path") or path)
    if skipped is None:
        skipped = not ERRORS[code].is_warning
    return Problem(path=path, code=code, message=format_message(code, **fields), skipped=skipped)


class KgraphError(Exception):
    """An error with a code from ``ERRORS`` and a message that says what to do."""

    def __init__(self, code: str, message: str | None = None, **fields: Any) -> None:
        self.code = code
        self.message = message if message is not None else format_message(code, **fields)
        super().__init__(f"[{code}] {self.message}")


class CorpusError(KgraphError):
    """A file or corpus that cannot be read; ``path`` names it."""

    def __init__(self, code: str, path: Path, message: str | None = None, **fields: Any) -> None:
        self.path = path
        fields["name"] = printable(fields.get("name") or path.name or str(path))
        fields["path"] = printable(fields.get("path") or path)
        super().__init__(code, message, **fields)

    @classmethod
    def from_problem(cls, problem: Problem) -> CorpusError:
        """The error that ``read_article`` raises for a skipped file."""
        return cls(problem.code, problem.path, problem.message)

    def to_problem(self) -> Problem:
        """The same trouble as a ``Problem`` (skipped)."""
        return Problem(path=self.path, code=self.code, message=self.message, skipped=True)
