"""The network drawing and the name filters written in Python (kgraph/views/render.py) give the
very text of the template loop and filters they replace."""
from __future__ import annotations

import json

from markupsafe import Markup

from kgraph.views.ego import EgoDrawing, EgoNode
from kgraph.views.render import environment, ego_svg, link_html, name_html

# the loop entity.html drew the network with before ego_svg
TEMPLATE_LOOP = '''\
    {% for x1, y1, x2, y2 in ego.lines %}<line x1="{{ x1 }}" y1="{{ y1 }}" x2="{{ x2 }}" y2="{{ y2 }}"/>
    {% endfor %}
    {% for n in ego.nodes %}{% set r = ref(n.iri) %}
    <a href="{{ r.href }}"><title>{{ r.kind }}: {{ r.label }}</title><circle cx="{{ n.x }}" cy="{{ n.y }}" \
r="{{ n.r }}" fill="{{ r.colour }}" stroke="#fff" stroke-width="1.5"/><text x="{{ n.lx }}" y="{{ n.ly }}" \
text-anchor="{{ n.anchor }}"{% if n.ring == 0 %} font-weight="700"{% endif %}>\
{{ r.label|truncate(24, True, "…", 0) }}</text></a>
    {% endfor %}
'''

LABELS = {
    "c": "Tom & Jerry <Holdings> \"Ltd\"",
    "a": "Ольга Петренко-Заславська, голова наглядової ради",  # longer than 24 characters
    "b": "Exactly twenty-four char",  # 24: not cut
    "d": "O'Brien",
}


def _ref(iri: str) -> dict[str, str]:
    return {"label": LABELS[iri], "l10n": json.dumps({"uk": LABELS[iri]}, ensure_ascii=False) if iri == "a" else "",
            "kind": "Person" if iri != "c" else "Organization", "colour": "#D55E00", "href": f"../entity/{iri}&x.html"}


def _drawing() -> EgoDrawing:
    nodes = [EgoNode("c", 440.0, 310.0, 16, 0, "middle", 440.0, 340.0),
             EgoNode("a", 580.0, 310.0, 9, 1, "start", 593.0, 314.0),
             EgoNode("b", 300.5, 310.0, 9, 1, "end", 287.5, 314.0),
             EgoNode("d", 440.0, 48.0, 6, 2, "middle", 440.0, 33.0)]
    return EgoDrawing(nodes, [(440.0, 310.0, 580.0, 310.0), (440.0, 310.0, 300.5, 310.0), (580.0, 310.0, 440.0, 48.0)], 0)


def test_ego_svg_is_the_template_loop_text():
    drawing = _drawing()
    expected = environment().from_string(TEMPLATE_LOOP).render(ego=drawing, ref=_ref)
    assert str(ego_svg(drawing, _ref)) == expected
    assert "&amp;" in expected and "…" in expected and "Exactly twenty-four char<" in expected


def test_an_empty_drawing_draws_its_centre_only():
    drawing = EgoDrawing([EgoNode("d", 440.0, 310.0, 14, 0, "middle", 440.0, 338.0)], [], 0)
    assert str(ego_svg(drawing, _ref)) == environment().from_string(TEMPLATE_LOOP).render(ego=drawing, ref=_ref)


def test_name_and_link_filters_escape_as_markup_format_does():
    for iri in LABELS:
        ref = _ref(iri)
        label = Markup('<span data-l="{}">{}</span>').format(ref["l10n"], ref["label"]) if ref["l10n"] \
            else Markup.escape(ref["label"])
        assert name_html(ref) == label and isinstance(name_html(ref), Markup)
        assert link_html(ref) == Markup('<a href="{}">{}</a>').format(ref["href"], label)
