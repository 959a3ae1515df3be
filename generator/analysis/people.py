"""People named in a document, with role and affiliation from appositions."""

from __future__ import annotations

from ..records import Document, Entity


def extract_people(doc: Document, *, organizations: tuple[Entity, ...] = ()) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``person``, key the fullest name) per person."""
    return ()
