import pytest
from pyoxigraph import NamedNode

from kgraph.rdf.iris import Iris, safe_segment

HOSTILE = ['a"b', "x>y <z", "new\nline", "back\\slash", "{curly}", "😀 emoji", "\u202eevil", "zero\u200bwidth",
           "../../etc/passwd", "a#b?c=d", "spaces and/slashes"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_ids_make_valid_iris(text):
    iris = Iris("https://example.org/kg/")
    for node in (iris.article(text), iris.entity(text), iris.graph(text), iris.string(text, 1, 2)):
        assert isinstance(node, NamedNode)
        assert not any(ch in node.value for ch in ' "<>\\{}\n\u202e\u200b')


def test_segments_cannot_climb_paths():
    assert "/" not in safe_segment("../x") and safe_segment("../x").startswith("..")


def test_base_gets_a_trailing_slash_and_bad_bases_are_refused():
    assert Iris("https://example.org/kg").base == "https://example.org/kg/"
    with pytest.raises(ValueError):
        Iris("not an iri with spaces")
