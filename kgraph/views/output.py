"""The views as an output plugin (:mod:`kgraph.output`): each graph's :class:`GraphFragment`
kept with its files (pickled), merged into the view data the pages and graph.graphml are
written from, without reading the store."""
from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from pathlib import Path


from kgraph.output import GraphFiles, GraphPiece, GraphView, Output, OutputJob
from kgraph.views.data import ViewData, view_data
from kgraph.views.fragment import GraphFragment, terms_fragment
from kgraph.views.graphml import GRAPHML_FILE, write_graphml
from kgraph.views.pages import start_pages

__all__ = ["VIEWS_PIECE", "VIEWS", "fragments"]


def _fragment_bytes(view: GraphView) -> bytes:
    return pickle.dumps(terms_fragment(view.terms, view.values), protocol=pickle.HIGHEST_PROTOCOL)


VIEWS_PIECE = GraphPiece("views", _fragment_bytes, ("kgraph.views.fragment", "kgraph.rdf.namespaces", "kgraph.rdf.oxi"))


def fragments(files: GraphFiles) -> Iterator[GraphFragment]:
    """What the views need from each graph (:mod:`kgraph.views.fragment`), in graph order."""
    for name in files.names():
        yield pickle.loads(files.read(name, VIEWS_PIECE.ext))


class _ViewsOutput(Output):
    name = "views"
    files = ("index.html", "timeline.html", "entities.html", "articles.html", "entity", "article", GRAPHML_FILE)
    pieces = (VIEWS_PIECE,)

    def prepare(self, job: OutputJob) -> None:
        """With several workers, the pages begin here: the workers fork before any output's thread
        runs, and draw the pages while this process writes the other outputs."""
        if job.workers > 1 and not job.changes.nothing:
            job.state[self.name] = self._start(job)

    def write(self, job: OutputJob) -> list[Path]:
        """The pages and graph.graphml written (none when nothing changed)."""
        if job.changes.nothing:
            return []
        data, pages = job.state.pop(self.name, None) or self._start(job)
        kept = job.cache_dir / "graphml.json" if job.incremental else None
        return [*pages(), write_graphml(data, job.out_dir, kept)]

    @staticmethod
    def _start(job: OutputJob) -> tuple[ViewData, Callable[[], list[Path]]]:
        data = view_data(fragments(job.graphs))
        state = job.cache_dir / "pages.json" if job.incremental else None
        return data, start_pages(data, job.out_dir, state=state, workers=job.workers)


VIEWS = _ViewsOutput()
