"""The neutral layer every output of a build is written through: the per-graph unit
(:mod:`kgraph.output.graphs`) and the output plugins' interface and registry
(:mod:`kgraph.output.formats`), and the splicing of a union's Turtle file (:mod:`kgraph.output.splice`). The store, the export formats and the views each register one
plugin and import only this package, never each other."""
from __future__ import annotations

from kgraph.output.formats import (BUILTIN, Changes, FileOutput, Output, OutputFormat, OutputJob, output_files, output_formats,
                                   output_pieces, register, write_outputs)
from kgraph.output.graphs import (NT, GraphFiles, GraphPiece, GraphView, UnionStream, digest_of_lines, graph_files, graph_lines,
                                  merged_lines)
from kgraph.output.splice import Spliced, UnionChange, splice_union

__all__ = ["BUILTIN", "Changes", "FileOutput", "Output", "OutputFormat", "OutputJob", "output_files", "output_formats",
           "output_pieces", "register", "write_outputs", "NT", "GraphFiles", "GraphPiece", "GraphView", "UnionStream",
           "digest_of_lines", "graph_files", "graph_lines", "merged_lines", "splice_union", "Spliced", "UnionChange"]
