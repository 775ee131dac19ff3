"""Why a SPARQL query was refused, said for a person: the line and column in the query as written,
an unknown prefix by name, an update as an update (kgraph answers queries only), and the parser's
expectations without its tables of Unicode ranges. Messages come from the error table (E9xx)."""
from __future__ import annotations

import re

from kgraph.errors import format_message
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["explain_query_error", "is_update"]

_POSITION = re.compile(r"error at (\d+):(\d+):\s*")
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)
_PREFIXED = re.compile(r"(?<![\w<\"'?$:/#.-])([A-Za-z][\w.-]*):(?!//)[\w%-]*")
_RANGES = re.compile(r"\[[^\[\]]*\\u\{[^\[\]]*\]")  # a character class of the parser's grammar


def is_update(query: str) -> bool:
    """Whether the text is a SPARQL Update (after its prologue) rather than a query."""
    return _UPDATE.match(_without_comments(query)) is not None


def explain_query_error(query: str, message: str, name: str = "the query") -> str:
    """A message for a query pyoxigraph refused with ``message``."""
    if is_update(query):
        return format_message("E902", name=name)
    unknown = _unknown_prefixes(query)
    if unknown and "Prefix not found" in message:
        return format_message("E903", name=name, prefix=unknown[0],
                              known=", ".join(sorted(PREFIXES)))
    line, column, detail = _where(message)
    detail = _RANGES.sub("a name character", detail).replace("\n", " ")
    detail = re.sub(r"(, a name character)+", ", a name character", detail)
    return format_message("E901", name=name, line=line, column=column, detail=detail.strip(),
                          text=_line(query, line))


def _where(message: str) -> tuple[str, str, str]:
    match = _POSITION.search(message)
    if not match:
        return "?", "?", message
    return match.group(1), match.group(2), message[match.end():]


def _line(query: str, line: str) -> str:
    lines = query.splitlines()
    return lines[int(line) - 1].strip() if line.isdigit() and 0 < int(line) <= len(lines) else ""


def _without_comments(query: str) -> str:
    return re.sub(r"(?m)#[^\n]*$", "", re.sub(r"<[^>]*>", "<>", query))


def _unknown_prefixes(query: str) -> list[str]:
    text = _without_comments(re.sub(r'"(?:[^"\\]|\\.)*"', '""', query))
    declared = {m.group(1) or "" for m in _DECLARED.finditer(text)} | set(PREFIXES)
    used = [m.group(1) for m in _PREFIXED.finditer(text)]
    return [p for p in dict.fromkeys(used) if p not in declared and p.upper() != "PREFIX"]
