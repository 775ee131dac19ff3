"""The export formats, one module per format (Turtle, TriG, JSON-LD, NIF), each an output plugin
of :mod:`kgraph.output` that imports no other output."""
