"""``python -m kgraph.serve DIR [--port N]``: the same as ``kgraph serve``."""
from __future__ import annotations

import sys

from kgraph.cli_serve import main

if __name__ == "__main__":
    sys.argv.insert(1, "serve")
    main()
