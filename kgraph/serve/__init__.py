"""``kgraph serve``: a read-only SPARQL 1.1 endpoint, linked data and the views, over a build folder.

    >>> from kgraph.serve import ServerConfig, make_server
    >>> server = make_server(ServerConfig(Path("exports"), port=0))  # doctest: +SKIP
    >>> server.serve_forever()                                       # doctest: +SKIP
"""
from __future__ import annotations

from kgraph.serve.app import KgraphServer, ServerConfig, make_server

__all__ = ["KgraphServer", "ServerConfig", "make_server"]
