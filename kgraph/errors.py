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
* ``E500``–``E599`` / ``W500``–``W599``: evaluation (``kgraph.evaluate``: gold annotations, scored graphs)
* ``E900``–``E999``: command line and configuration

The command line exits with :attr:`KgraphError.exit_status`: 2 when what was given is wrong (a
path, an option, a query, a gold folder: ingestion's, evaluation's and configuration's codes, and
E402), 1 when the run itself failed (cannot write, folder busy, remote store refused).

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
    "EXIT_FAILED",
    "EXIT_USAGE",
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
              "{name}: no readable article found under {path}; put the articles there as UTF-8 "
              ".txt files (one article per file, metadata in NAME.json beside NAME.txt), news-please "
              "or trafilatura records (.json, .jsonl, .jsonl.gz), HTML pages (.html, .htm) or WARC "
              "archives (.warc, .warc.gz)."),
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
              "{name}: is a {kind}, not a regular file; only regular files are read."),
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
    ErrorCode("E019", "malformed record",
              "{name}: not a valid JSON record ({reason}); skipped, the file's other records are "
              "read. Fix the record (one JSON object per line in .jsonl) or remove it."),
    ErrorCode("E020", "record without text",
              "{name}: the record holds no article text ({reason}); skipped. Give the text as "
              "'maintext' (news-please) or 'text' (trafilatura), or remove the record."),
    ErrorCode("E021", "no article in page",
              "{name}: no article text found in the HTML page (only menus, links or nothing); "
              "skipped. Save the article's own page, or its text as .txt."),
    ErrorCode("E022", "damaged archive",
              "{name}: the file cannot be read from here on ({reason}); the records before this "
              "point were read. Fetch or decompress the file again."),
    ErrorCode("E023", "not an html record",
              "{name}: a WARC response of type {kind}, not an HTML page; skipped (only HTML "
              "responses are articles). Nothing to do unless it should have been a page."),
    ErrorCode("E024", "record too large",
              "{name}: the record is over the size limit of {limit:,} bytes; skipped. Raise the "
              "limit (max_bytes) if it is an article."),
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
    ErrorCode("W037", "bad metadata file",
              "{name}: its metadata file {sidecar} cannot be used ({reason}); article read without "
              "metadata. Make it one JSON object in news-please's fields (url, title, date_publish, ...)."),
    ErrorCode("W038", "bad metadata date",
              "{name}: the metadata's date {value!r} is not a full date; ignored. Give it as "
              "YYYY-MM-DD (a time may follow)."),
    ErrorCode("W039", "language contradicted",
              "{name}: the metadata says the language is {declared!r} but the text reads as "
              "{detected!r}; {detected!r} used. Fix the record's language if the text is right."),
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
    ErrorCode("E402", "no build",
              "{name}: no kgraph build here (neither store/ nor graph.trig); run `kgraph build` "
              "into this folder first, or give the folder a build was written to."),
    ErrorCode("E403", "store unreadable",
              "{name}: the build's store cannot be opened ({reason}); build again into this folder "
              "(`kgraph build CORPUS --out FOLDER`) to write a whole store."),
    # --- push: the remote store ----------------------------------------------------------------
    ErrorCode("E410", "remote store refused",
              "{name}: the remote store answered HTTP {status} ({detail}); check the endpoint's URL "
              "(its Graph Store Protocol address), the credentials (--user) and that it accepts writes."),
    ErrorCode("E411", "remote store unreachable",
              "{name}: the remote store cannot be reached ({reason}); check that it runs and that "
              "the endpoint's URL is right."),
    # --- configuration: the data shipped with the package ------------------------------------
    ErrorCode("E950", "shipped data missing",
              "{name}: kgraph's data is not where the package should hold it; reinstall kgraph "
              "(its wheel ships ontology/ and kgraph/lang/<iso>/*.json as package data)."),
    ErrorCode("E951", "language data invalid",
              "{name}: {reason}; fix the file (kgraph/lang/README.md lists each file's keys and "
              "their types)."),
    # --- evaluation: gold annotations and the graph scored -----------------------------------
    ErrorCode("E500", "no gold registry",
              "{name}: no entities.json in this gold folder ({path}); give the folder that holds "
              "entities.json and one DOC.json per article (see its FORMAT.md)."),
    ErrorCode("E501", "gold not json",
              "{name}: not valid JSON ({reason}); fix the file (see the gold folder's FORMAT.md)."),
    ErrorCode("E502", "gold malformed",
              "{name}: does not follow the gold format ({reason}); fix the file (see the gold "
              "folder's FORMAT.md)."),
    ErrorCode("E503", "gold text not in corpus",
              "{name}: names the text {doc!r}, which is no article of the corpus scored (no such "
              "file there, or one its reader skipped); document not scored. Fix its \"doc\" path "
              "(relative to the corpus folder)."),
    ErrorCode("E504", "gold article twice",
              "{name}: names the same article ({article_id!r}) as {other}; document not scored. "
              "Keep one gold document per article."),
    ErrorCode("E510", "graph unreadable",
              "{name}: cannot read the graph to score ({reason}); give a graph file (.ttl, .trig, "
              ".nt, .nq, .jsonld), a store folder or a folder written by `kgraph build`."),
    # --- command line: queries -----------------------------------------------------------------
    ErrorCode("E901", "query does not parse",
              "{name}: does not parse at line {line}, column {column} ({text!r}): "
              "{detail}. Fix the query (the usual prefixes are predeclared)."),
    ErrorCode("E902", "update refused",
              "{name}: is a SPARQL Update; updates are refused (a build is read-only). Ask with "
              "SELECT, ASK, CONSTRUCT or DESCRIBE, or rebuild from the corpus to change the graph."),
    ErrorCode("E903", "unknown prefix",
              "{name}: the prefix {prefix}: is not declared; add PREFIX {prefix}: <namespace IRI> "
              "at the top of the query (predeclared: {known})."),
    ErrorCode("E904", "invalid option",
              "{name}: {reason}; see `kgraph --help` for the option's values."),
    ErrorCode("E401", "output folder busy",
              "{name}: another kgraph build (process {holder}) is writing into this folder; this "
              "build stopped after waiting {waited} s and changed nothing. Wait for that build to "
              "finish (or give --wait SECONDS), or build into another --out."),
)

ERRORS: dict[str, ErrorCode] = {row.code: row for row in _ROWS}

EXIT_FAILED, EXIT_USAGE = 1, 2  # the command line's exit statuses for an error
_USAGE_RANGES = ("E0", "E5", "E9")  # what the user gave is wrong: ingestion, evaluation, configuration
_USAGE_CODES = frozenset({"E402"})  # ... and a folder that holds no build


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
        if code not in ERRORS:
            raise KeyError(f"{code} is not in the error table")
        self.code = code
        self.message = message if message is not None else format_message(code, **fields)
        super().__init__(f"[{code}] {self.message}")

    @property
    def exit_status(self) -> int:
        """The command line's exit status: :data:`EXIT_USAGE` when what was given is wrong,
        :data:`EXIT_FAILED` when the run failed."""
        usage = self.code.startswith(_USAGE_RANGES) or self.code in _USAGE_CODES
        return EXIT_USAGE if usage else EXIT_FAILED


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
