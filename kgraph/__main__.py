"""`python -m kgraph …` is the `kgraph` command."""
from kgraph.cli import main

main()
