"""Accessibility: the palette's contrast (WCAG 2.1), its colours apart under colour-vision deficiencies, and a
keyboard that reaches every control with a visible focus ring."""
from __future__ import annotations

import itertools
import re

from kgraph.views.index_page import TYPE_COLOURS
from kgraph.views.render import asset

NETWORK_BACKGROUND = "#fcfcfd"  # #network in style.css
# Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(colour: str) -> list[float]:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def _luminance(rgb: list[float]) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def contrast(a: str, b: str) -> float:
    low, high = sorted((_luminance(_linear(a)), _luminance(_linear(b))))
    return (high + 0.05) / (low + 0.05)


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    rgb = [min(1.0, max(0.0, c)) for c in rgb]
    x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _seen(colour: str, matrix) -> tuple[float, float, float]:
    rgb = _linear(colour)
    return _lab([sum(m * c for m, c in zip(row, rgb)) for row in matrix])


def _css_vars() -> dict[str, str]:
    return dict(re.findall(r"--([A-Za-z]+):\s*(#[0-9A-Fa-f]{6})", asset("style.css")))


def test_node_colours_stand_out_from_the_background_as_graphics_must():
    for kind, colour in TYPE_COLOURS.items():  # WCAG 1.4.11, non-text contrast: at least 3:1
        assert contrast(colour, NETWORK_BACKGROUND) >= 3.0, (kind, colour, contrast(colour, NETWORK_BACKGROUND))
        assert contrast(colour, "#ffffff") >= 3.0, (kind, colour)


def test_the_stylesheet_uses_the_same_palette():
    css = _css_vars()
    assert {kind: css[kind].upper() for kind in TYPE_COLOURS} == {k: v.upper() for k, v in TYPE_COLOURS.items()}


def test_text_colours_reach_aa_contrast_on_every_background_they_sit_on():
    css = _css_vars()
    tints = re.findall(r"\.badge\.\w+ \{[^}]*background: (#[0-9a-f]{6})", asset("style.css"))
    assert len(tints) >= 4
    pages = ("#ffffff", css["bg"], NETWORK_BACKGROUND)
    pairs = [("ink", b) for b in (*pages, *tints)] + [(t, b) for t in ("muted", "accent") for b in pages]
    for text, background in pairs:  # WCAG 1.4.3: 4.5:1 for body text (badges and mentions: ink on a tint)
        assert contrast(css[text], background) >= 4.5, (text, background, contrast(css[text], background))


def test_the_kinds_stay_apart_under_each_colour_vision_deficiency():
    for name, matrix in DEFICIENCIES.items():
        for (a, ca), (b, cb) in itertools.combinations(TYPE_COLOURS.items(), 2):
            la, lb = _seen(ca, matrix), _seen(cb, matrix)
            distance = sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5  # CIE76 ΔE
            assert distance >= 10, (name, a, b, round(distance, 1))  # the Okabe-Ito colours' own closest pair: 10.4


def test_tab_reaches_the_controls_and_the_network_with_a_visible_focus_ring(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const el = document.activeElement, s = getComputedStyle(el);
            return [el.id || el.tagName.toLowerCase() + ':' + (el.textContent || '').trim().slice(0, 20),
                    s.outlineStyle, parseFloat(s.outlineWidth) || 0]; }""")
        if focused[0].startswith("body:"):  # past the last control the focus leaves the page, then comes round
            continue
        reached.append(focused[0])
        assert focused[1] != "none" and focused[2] >= 2, focused  # the ring is drawn, 2 px or more
    for wanted in ("search", "reader-lang", "lang", "outlet", "date-from", "date-to", "reset", "network"):
        assert wanted in reached, (wanted, reached)
    assert reached[0].startswith("a:Skip")
    page.focus("#network")
    ratio = page.evaluate("window.kgraph.renderer.getCamera().getState().ratio")
    page.keyboard.press("+")
    page.wait_for_timeout(300)
    assert page.evaluate("window.kgraph.renderer.getCamera().getState().ratio") < ratio
