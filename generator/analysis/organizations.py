"""Organizations named in a document, from curated reference data and in-text acronyms."""

from __future__ import annotations

from ..records import Document, Entity


def extract_organizations(doc: Document) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``organization``, key its short name) per organization."""
    return ()
