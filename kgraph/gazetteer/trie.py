"""A token trie over name atoms: match() walks it once per start token, so cost is O(tokens)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .keys import stem_key

__all__ = ["Node", "Trie", "ACRONYM"]

ACRONYM = "\x00"  # prefix of acronym atoms: a key space of its own, case-sensitive


@dataclass(slots=True)
class Node:
    """One trie node: exact edges, stem edges (keyed by the name atom's stem_key), terminals."""

    exact: dict[str, "Node"] = field(default_factory=dict)
    stem: dict[str, list["Node"]] = field(default_factory=dict)
    # (entry index, may start with a lower-case token, the name as the data writes it)
    terminals: list[tuple[int, bool, str]] = field(default_factory=list)


class Trie:
    """Names as atom sequences; each atom edge may also be reached by the atom's stem."""

    def __init__(self) -> None:
        self.root = Node()

    def add(self, atoms: tuple[str, ...], entry: int, lowercase_ok: bool, name: str = "") -> None:
        """Index one name (its atoms, and as the data writes it) for one entry."""
        node = self.root
        for atom in atoms:
            child = node.exact.get(atom)
            if child is None:
                child = node.exact[atom] = Node()
                if not atom.startswith(ACRONYM):
                    node.stem.setdefault(stem_key(atom), []).append(child)
            node = child
        if (entry, lowercase_ok, name) not in node.terminals:
            node.terminals.append((entry, lowercase_ok, name))

    @staticmethod
    def advance(node: Node, atoms: tuple[str, ...], use_stems: bool) -> list[Node]:
        """The nodes reached from ``node`` by reading ``atoms``; with ``use_stems`` (a pipeline's
        form, not the surface) the last atom may also meet a name atom by their stem keys."""
        states = [node]
        last = len(atoms) - 1
        for i, atom in enumerate(atoms):
            nxt: list[Node] = []
            for state in states:
                child = state.exact.get(atom)
                if child is not None:
                    nxt.append(child)
                if use_stems and i == last:
                    for stemmed in state.stem.get(stem_key(atom), ()):
                        if stemmed is not child:
                            nxt.append(stemmed)
            if not nxt:
                return []
            states = nxt
        return states
