"""Views for people: offline, self-contained HTML pages over a built graph.

``OUT/index.html`` (overview network), ``OUT/entity/*.html``, ``OUT/article/*.html``,
``OUT/timeline.html``, ``OUT/entities.html``, ``OUT/articles.html``. No page makes any request:
sigma and graphology (WebGL), styles and data are inlined; links between pages are relative.
"""
from __future__ import annotations

from kgraph.views.data import ViewData, load_view_data
from kgraph.views.pages import write_pages, write_views

__all__ = ["write_views", "write_pages", "load_view_data", "ViewData"]
