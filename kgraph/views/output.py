"""The views as an output plugin (:mod:`kgraph.output`): each graph's :class:`GraphFragment`
kept with its files (pickled), merged into the view data the pages and graph.graphml are
written from, without reading the store."""
from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import Quad

from kgraph.output import GraphFiles, GraphPiece, Output, OutputJob
from kgraph.views.data import view_data
from kgraph.views.fragment import GraphFragment, graph_fragment
from kgraph.views.graphml import GRAPHML_FILE, write_graphml
from kgraph.views.pages import write_pages

__all__ = ["VIEWS_PIECE", "VIEWS", "fragments"]


def _fragment_bytes(name: str, quads: list[Quad]) -> bytes:
    return pickle.dumps(graph_fragment(quads), protocol=pickle.HIGHEST_PROTOCOL)


VIEWS_PIECE = GraphPiece("views", _fragment_bytes, ("kgraph.views.fragment", "kgraph.rdf.namespaces", "kgraph.rdf.oxi"))


def fragments(files: GraphFiles) -> Iterator[GraphFragment]:
    """What the views need from each graph (:mod:`kgraph.views.fragment`), in graph order."""
    for name in files.names():
        yield pickle.loads(files.read(name, VIEWS_PIECE.ext))


class _ViewsOutput(Output):
    name = "views"
    files = ("index.html", "timeline.html", "entities.html", "articles.html", "entity", "article", GRAPHML_FILE)
    pieces = (VIEWS_PIECE,)

    def write(self, job: OutputJob) -> list[Path]:
        """The pages and graph.graphml written (none when nothing changed)."""
        if job.changes.nothing:
            return []
        data = view_data(fragments(job.graphs))
        state = job.cache_dir / "pages.json" if job.incremental else None
        return [*write_pages(data, job.out_dir, state=state), write_graphml(data, job.out_dir)]


VIEWS = _ViewsOutput()
