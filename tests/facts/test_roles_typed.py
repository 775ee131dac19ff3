"""Events carry typed roles and statuses (kgraph.model.Role, EventStatus), not bare strings."""
from __future__ import annotations

from kgraph.facts.lexicon import lexicon_for
from kgraph.model import EventStatus, Role

from .helpers import run


def test_every_event_kind_maps_its_subject_and_object_to_roles() -> None:
    roles = lexicon_for("en").roles
    assert roles and all(isinstance(r, Role) for pair in roles.values() for r in pair)


def test_an_extracted_event_has_role_members_and_a_status_member() -> None:
    _, events, _, _ = run("Police detained the activist Marta Kowal in Lviv on Monday. "
                          "The union will strike in Odesa next week.", "en")
    assert events
    assert all(isinstance(role, Role) for e in events for role, _ in e.participants)
    planned = [e for e in events if e.status is not None]
    assert planned and all(isinstance(e.status, EventStatus) for e in planned)
    assert EventStatus.PLANNED in {e.status for e in planned}
