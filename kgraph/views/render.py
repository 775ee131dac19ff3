"""Rendering: one Jinja2 environment (autoescaped), JSON safe inside <script>, inlined assets."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

__all__ = ["script_json", "environment", "render", "vendor_js", "asset", "ego_svg"]

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
    env.globals["ego_svg"] = ego_svg
    return env


def ego_svg(ego: Any, ref: Any) -> Markup:
    """The lines and nodes of an entity page's network drawing (a :class:`kgraph.views.ego.EgoDrawing`),
    each on its own line, as the template's loop wrote them: a page draws some fifty, and one
    Python join is several times quicker than some ten escaped template expressions each."""
    out = [f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>\n' for x1, y1, x2, y2 in ego.lines]
    for n in ego.nodes:
        r = ref(n.iri)
        head, label = _node_text(r["href"], r["kind"], r["label"])
        bold = ' font-weight="700"' if n.ring == 0 else ""
        out.append(f'    <a href="{head}<circle cx="{n.x}" cy="{n.y}" r="{n.r}" fill="{escape(r["colour"])}" stroke="#fff" '
                   f'stroke-width="1.5"/><text x="{n.lx}" y="{n.ly}" text-anchor="{escape(n.anchor)}"{bold}>{label}</text></a>\n')
    return Markup("".join(out))


@lru_cache(maxsize=65536)
def _node_text(href: str, kind: str, label: str) -> tuple[str, str]:
    """A drawn node's link and title (escaped), and its label cut to 24 characters (escaped)."""
    short = label if len(label) <= 24 else label[:23] + "…"  # jinja's truncate(24, True, "…", 0)
    return f'{escape(href)}"><title>{escape(kind)}: {escape(label)}</title>', str(escape(short))


def name_html(ref: dict[str, str]) -> Markup:
    """A name that follows the reader's language switch: the English text, the other languages in ``data-l``."""
    return _name_html(ref["label"], ref["l10n"])


def link_html(ref: dict[str, str]) -> Markup:
    return _link_html(ref["href"], ref["label"], ref["l10n"])


# the pages name the same few thousand records again and again: each one's HTML is made once
@lru_cache(maxsize=65536)
def _name_html(label: str, l10n: str) -> Markup:
    if l10n:
        return Markup('<span data-l="{}">{}</span>').format(l10n, label)
    return escape(label)


@lru_cache(maxsize=65536)
def _link_html(href: str, label: str, l10n: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, _name_html(label, l10n))


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
