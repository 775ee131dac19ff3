"""Union-find over mention indices, refusing to join two different gazetteer entries."""
from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets of ``0..n-1`` with path halving and union by size.

    Each set may carry one gazetteer id; :meth:`union` refuses to join sets whose ids differ,
    so two entries the gazetteer says are different never become one entity.
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.size = [1] * size
        self.gid: list[str | None] = [None] * size

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def tag(self, x: int, gid: str) -> None:
        """Attach gazetteer id ``gid`` to the set of ``x`` (which must not carry another)."""
        root = self.find(x)
        if self.gid[root] is None:
            self.gid[root] = gid

    def union(self, a: int, b: int) -> bool:
        """Join the sets of ``a`` and ``b``; False when they carry different gazetteer ids."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ga, gb = self.gid[ra], self.gid[rb]
        if ga is not None and gb is not None and ga != gb:
            return False
        if self.size[ra] < self.size[rb] or (self.size[ra] == self.size[rb] and rb < ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.gid[ra] = ga if ga is not None else gb
        return True

    def join(self, root: int, other: int) -> None:
        """Put the set of ``other`` under the root of ``root``'s set, whatever their sizes (for a
        caller whose root is the record that absorbed the other's: the merged events)."""
        ra, rb = self.find(root), self.find(other)
        if ra != rb:
            self.parent[rb] = ra
            self.size[ra] += self.size[rb]
            self.gid[ra] = self.gid[ra] if self.gid[ra] is not None else self.gid[rb]

    def groups(self) -> dict[int, list[int]]:
        """Root → sorted member indices."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
