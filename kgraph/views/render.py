"""Rendering: one Jinja2 environment (autoescaped), JSON safe inside <script>, inlined assets."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

__all__ = ["script_json", "environment", "render", "vendor_js", "asset"]

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> Markup:
    """JSON that cannot close the <script> it sits in: <, >, & and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return Markup(text)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """One of kgraph/views/templates' static files (CSS, JS), as text to inline."""
    return resources.files("kgraph.views").joinpath("templates", name).read_text(encoding="utf-8")


_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)


@lru_cache(maxsize=None)
def vendor_js(name: str) -> str:
    """One of the vendored libraries (kgraph/views/vendor, from npm; see its README), to inline: never fetched."""
    code = resources.files("kgraph.views").joinpath("vendor", name).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", code).replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kgraph.views", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False)  # the templates are the package's: no stat of each one per page rendered
    env.filters["script_json"] = script_json
    env.filters["name"], env.filters["link"] = name_html, link_html
    env.globals["asset"] = lambda name: Markup(asset(name).replace("</", "<\\/"))
    env.globals["vendor_js"] = lambda name: Markup(vendor_js(name))
    return env


def name_html(ref: dict[str, str]) -> Markup:
    """A name that follows the reader's language switch: the English text, the other languages in ``data-l``."""
    if ref["l10n"]:
        return Markup('<span data-l="{}">{}</span>').format(ref["l10n"], ref["label"])
    return escape(ref["label"])


def link_html(ref: dict[str, str]) -> Markup:
    return Markup('<a href="{}">{}</a>').format(ref["href"], name_html(ref))


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
