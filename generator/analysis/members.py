"""Member states that a document states to belong to an organization."""

from __future__ import annotations

from ..records import Document, Entity, Member


def extract_members(
    doc: Document, *, countries: tuple[Entity, ...] = (), organizations: tuple[Entity, ...] = ()
) -> tuple[Member, ...]:
    """Return current members stated by ``doc``, sorted by position."""
    return ()
