"""RDF: the vocabulary kgraph writes, IRI minting, and the graph built from the stages' output."""
