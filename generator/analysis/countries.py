"""Countries named in a document: names, common forms, demonyms and capitals as metonyms."""

from __future__ import annotations

from ..records import Document, Entity


def extract_countries(doc: Document) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``country``, key ISO alpha-3) per country named."""
    return ()
